// The widget bundle (web/dist/loan-simulator.js): one script tag defines <loan-simulator>. The core,
// other locales and the chart are fetched by the element when it needs them.
import { LoanSimulator } from './widget/loan-simulator-element.js';

if (!customElements.get('loan-simulator')) customElements.define('loan-simulator', LoanSimulator);
