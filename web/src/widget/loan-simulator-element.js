// <loan-simulator>: the simulator as a custom element with its own shadow root. The simulator
// page, the partner demo and every embed use this one element. It holds no loan logic: it reads
// the form, asks the core (src/widget/simulation.js), and presents the answer.
import { LitElement, html, nothing } from 'lit';
import { loadCore } from './core.js';
import { draftStore } from './draft.js';
import { dateFormatter, groupedNumberFormatter, moneyFormatter, numberParser, percentFormatter } from './format.js';
import { DEFAULT_LOCALE, LOCALES, loadStrings, supportedLocale, translator } from './locales.js';
import { resolveProduct } from './product.js';
import { METHODS, loanRequest, simulate } from './simulation.js';
import { styles } from './styles.js';

const DEFAULT_PANELS = 'summary';

export class LoanSimulator extends LitElement {
  static properties = {
    locale: { reflect: true },
    currency: {},
    product: {},
    theme: {},
    panels: {},
    draftKey: { attribute: 'draft-key' },
    _t: { state: true },
    _product: { state: true },
    _inputs: { state: true },
    _view: { state: true },
    _fault: { state: true },
  };

  static styles = styles;

  constructor() {
    super();
    this.locale = DEFAULT_LOCALE;
    this.panels = DEFAULT_PANELS;
    this.draftKey = 'default';
    this._t = translator({});
    this._configuring = 0;
  }

  connectedCallback() {
    super.connectedCallback();
    loadCore().then(
      (core) => {
        this._core = core;
        this._simulate();
      },
      (error) => this._failed('load', error),
    );
  }

  willUpdate(changed) {
    if (changed.has('locale') || changed.has('product') || changed.has('currency')) this._configure();
    if (changed.has('theme')) this._applyTheme();
  }

  // Strings and product for the current locale; a newer call supersedes an older one in flight.
  async _configure() {
    const ticket = ++this._configuring;
    const locale = supportedLocale(this.locale);
    try {
      const [strings, product] = await Promise.all([loadStrings(locale), resolveProduct(this.product, locale)]);
      if (ticket !== this._configuring) return;
      this._locale = locale;
      this._t = translator(strings);
      this._currency = this.currency || product.currency;
      this._product = product;
      this._formats = {
        money: moneyFormatter(locale, this._currency),
        percent: percentFormatter(locale),
        date: dateFormatter(locale),
        grouped: groupedNumberFormatter(locale),
        parse: numberParser(locale),
      };
      this._drafts = draftStore(this.draftKey);
      this._inputs = this._restoredInputs(product);
      this._fault = undefined;
      this._simulate();
    } catch (error) {
      if (ticket === this._configuring) this._failed('product', error);
    }
  }

  // The saved draft when it was typed for this currency (an amount means nothing in another one),
  // else the product's defaults.
  _restoredInputs(product) {
    const draft = this._drafts.load();
    if (draft?.currency === this._currency) return draft.inputs;
    const grouped = groupedNumberFormatter(this._locale);
    return {
      amount: grouped(product.amount.default),
      term: String(product.term.default),
      rate: String(product.annual_rate_pct.default),
      method: METHODS.includes(product.method) ? product.method : METHODS[0],
    };
  }

  _applyTheme() {
    const theme = typeof this.theme === 'string' ? JSON.parse(this.theme || '{}') : this.theme ?? {};
    for (const [name, value] of Object.entries(theme)) this.style.setProperty(`--ls-${name}`, String(value));
  }

  _simulate() {
    if (!this._core || !this._product) return;
    const request = loanRequest(this._inputs, { currency: this._currency, parse: this._formats.parse });
    this._view = simulate(this._core, request);
    if (this._view.error) {
      this._emit('error', { source: 'core', ...this._view.error });
    } else {
      this._emit('change', { request, installment: this._view.installment });
    }
  }

  // A User Timing mark the first time a figure is on screen, for partners' (and our) measurements.
  updated() {
    if (this._marked || this._view?.installment === undefined) return;
    this._marked = true;
    performance.mark('loan-simulator:first-installment');
  }

  _failed(kind, error) {
    this._fault = kind;
    this._emit('error', { source: kind, message: error.message });
  }

  _emit(name, detail) {
    this.dispatchEvent(new CustomEvent(`loan-simulator:${name}`, { detail, bubbles: true, composed: true }));
  }

  _onInput(event) {
    const { name, value } = event.target;
    if (!name) return;
    // The slider and the typed amount are one input: the slider writes the typed text.
    const key = name === 'amount-slider' ? 'amount' : name;
    const text = name === 'amount-slider' ? this._formats.grouped(Number(value)) : value;
    this._inputs = { ...this._inputs, [key]: text };
    this._drafts.save({ currency: this._currency, inputs: this._inputs });
    this._simulate();
  }

  _onAmountBlur(event) {
    const amount = this._formats.parse(event.target.value);
    if (Number.isFinite(amount)) this._inputs = { ...this._inputs, amount: this._formats.grouped(amount) };
  }

  _onLocaleChange(event) {
    this.locale = event.target.value;
  }

  get _panels() {
    return new Set(String(this.panels).split(',').map((panel) => panel.trim()));
  }

  render() {
    const t = this._t;
    if (this._fault) return html`<div class="root"><p class="error" role="alert">${t(`errors.${this._fault}`)}</p></div>`;
    if (!this._product) return html`<div class="root"><p class="status">${t('loading')}</p></div>`;
    const panels = this._panels;
    return html`
      <div class="root" lang=${this._locale}>
        <header>
          <h2>${this._product.name}</h2>
          ${panels.has('market') ? this._renderMarket() : nothing}
        </header>
        ${this._renderInputs()}
        ${panels.has('summary') ? this._renderSummary() : nothing}
      </div>
    `;
  }

  _renderMarket() {
    const t = this._t;
    return html`
      <div class="field no-print">
        <label for="market">${t('market')}</label>
        <select id="market" @change=${this._onLocaleChange}>
          ${LOCALES.map((locale) => html`<option value=${locale} ?selected=${locale === this._locale} lang=${locale}>${t(`markets.${locale}`)}</option>`)}
        </select>
      </div>
    `;
  }

  _fieldError(input) {
    const error = this._view?.error;
    if (!error || error.input !== input) return nothing;
    return html`<p class="error" id="${input}-error">${this._errorText(error)}</p>`;
  }

  // The translated reason, then the core's own precise words (in English, and marked so).
  _errorText(error) {
    return html`${this._t(`errors.${error.code}`)} <span lang="en">(${error.detail})</span>`;
  }

  _invalid(input) {
    return this._view?.error?.input === input ? 'true' : 'false';
  }

  _describedBy(input, hint) {
    return [hint, this._view?.error?.input === input ? `${input}-error` : ''].filter(Boolean).join(' ') || nothing;
  }

  _renderInputs() {
    const t = this._t;
    const { amount, term, annual_rate_pct: rate } = this._product;
    const inputs = this._inputs;
    const sliderValue = this._formats.parse(inputs.amount);
    return html`
      <form aria-label=${t('inputs')} @input=${this._onInput} @submit=${(event) => event.preventDefault()} novalidate>
        <div class="field">
          <label for="amount">${t('amount')}</label>
          <div class="adorned">
            <span aria-hidden="true">${this._currency}</span>
            <input id="amount" name="amount" inputmode="decimal" autocomplete="off" .value=${inputs.amount}
              aria-invalid=${this._invalid('amount')} aria-describedby=${this._describedBy('amount')} @blur=${this._onAmountBlur} />
          </div>
          <input type="range" name="amount-slider" aria-label=${t('amount_slider')} class="no-print"
            min=${amount.min} max=${amount.max} step=${amount.step} .value=${String(Number.isFinite(sliderValue) ? sliderValue : amount.default)} />
          ${this._fieldError('amount')}
        </div>
        <div class="field">
          <label for="term">${t('term')}</label>
          <input id="term" name="term" inputmode="numeric" autocomplete="off" .value=${inputs.term}
            aria-invalid=${this._invalid('term')} aria-describedby=${this._describedBy('term', 'term-hint')} />
          <span class="hint" id="term-hint">${t(`units.${term.unit}`)} (${this._formats.grouped(term.min)}–${this._formats.grouped(term.max)})</span>
          ${this._fieldError('term')}
        </div>
        <div class="field">
          <label for="rate">${t('rate')}</label>
          <input id="rate" name="rate" inputmode="decimal" autocomplete="off" .value=${inputs.rate}
            aria-invalid=${this._invalid('rate')} aria-describedby=${this._describedBy('rate', 'rate-hint')} />
          <span class="hint" id="rate-hint">${t('rate_hint')} (${this._formats.percent(rate.min)}–${this._formats.percent(rate.max)})</span>
          ${this._fieldError('rate')}
        </div>
        <div class="field">
          <label for="method">${t('method')}</label>
          <select id="method" name="method" .value=${inputs.method}>
            ${METHODS.map((method) => html`<option value=${method} ?selected=${method === inputs.method}>${t(`methods.${method}`)}</option>`)}
          </select>
          ${this._fieldError('method')}
        </div>
      </form>
      ${this._view?.error && !this._view.error.input
        ? html`<p class="error" role="alert">${this._errorText(this._view.error)}</p>`
        : nothing}
    `;
  }

  _renderSummary() {
    const t = this._t;
    const view = this._view;
    const installment = view && !view.error ? view.installment : undefined;
    return html`
      <section aria-labelledby="results-title">
        <h3 id="results-title" class="visually-hidden">${t('results')}</h3>
        <dl class="summary">
          <div>
            <dt id="installment-label">${t('installment')}</dt>
            <dd>
              <output id="installment" aria-labelledby="installment-label" aria-live="polite"
                data-amount=${installment ?? nothing}>${installment === undefined ? '—' : this._formats.money(installment)}</output>
            </dd>
          </div>
        </dl>
      </section>
    `;
  }
}
