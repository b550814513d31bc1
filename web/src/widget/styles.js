// The widget's own styles, inside its shadow root. Typography is set on .root, not inherited from
// the host, and sized in px/em (never rem, which the host's root font size controls). Theming is
// through the --ls-* custom properties, which do cross the shadow boundary by design.
import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  .root {
    all: initial;
    display: grid;
    gap: 1.25em;
    box-sizing: border-box;
    padding: var(--ls-padding, 1em);
    font-family: var(--ls-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--ls-font-size, 16px);
    line-height: 1.45;
    color: var(--ls-text, #1b1f24);
    background: var(--ls-surface, #ffffff);
    border-radius: var(--ls-radius, 8px);
    text-align: start;
  }
  *, *::before, *::after {
    box-sizing: inherit;
  }
  .root > * {
    min-width: 0;  /* a wide table or chart scrolls or shrinks instead of widening the widget */
  }
  h1, h2, h3 {
    margin: 0;
    line-height: 1.2;
  }
  h1 {
    flex-basis: 100%;  /* the page's heading (the title panel), on its own line above the product's */
    font-size: 1.6em;
  }
  h2 {
    font-size: 1.35em;
  }
  h3 {
    font-size: 1.1em;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: end;
    justify-content: space-between;
  }
  form {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 15em), 1fr));
    gap: 1em;
    margin: 0;
  }
  .field {
    display: grid;
    gap: 0.3em;
    align-content: start;
  }
  label {
    font-weight: 600;
  }
  .hint {
    color: var(--ls-muted, #4b5563);
    font-size: 0.875em;
  }
  input, select, button {
    font: inherit;
    color: inherit;
    margin: 0;
  }
  input:not([type='range']), select {
    width: 100%;
    min-height: 2.5em;
    padding: 0.4em 0.55em;
    background: var(--ls-input-surface, #ffffff);
    border: 1px solid var(--ls-border, #6b7280);
    border-radius: calc(var(--ls-radius, 8px) / 2);
  }
  input[type='range'] {
    width: 100%;
    accent-color: var(--ls-accent, #0b5cad);
  }
  input[aria-invalid='true'] {
    border-color: var(--ls-error, #a40e26);
    border-width: 2px;
  }
  .adorned {
    display: flex;
    align-items: stretch;
  }
  .adorned > span {
    display: flex;
    align-items: center;
    padding: 0 0.6em;
    background: var(--ls-surface-alt, #f3f4f6);
    border: 1px solid var(--ls-border, #6b7280);
    border-inline-end: 0;
    border-radius: calc(var(--ls-radius, 8px) / 2) 0 0 calc(var(--ls-radius, 8px) / 2);
    color: var(--ls-muted, #4b5563);
  }
  .adorned > input {
    border-start-start-radius: 0;
    border-end-start-radius: 0;
  }
  :focus-visible {
    outline: 3px solid var(--ls-focus, #1a73e8);
    outline-offset: 2px;
  }
  button {
    min-height: 2.5em;
    padding: 0.4em 1em;
    border: 1px solid var(--ls-accent, #0b5cad);
    border-radius: calc(var(--ls-radius, 8px) / 2);
    background: var(--ls-accent, #0b5cad);
    color: var(--ls-accent-text, #ffffff);
    font-weight: 600;
    cursor: pointer;
  }
  button.secondary {
    background: transparent;
    color: var(--ls-accent, #0b5cad);
  }
  button[disabled] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .error {
    margin: 0;
    color: var(--ls-error, #a40e26);
    font-size: 0.9em;
    font-weight: 600;
  }
  .summary {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 11em), 1fr));
    gap: 0.75em;
    margin: 0;
  }
  .summary > div {
    padding: 0.75em;
    background: var(--ls-surface-alt, #f3f4f6);
    border-radius: calc(var(--ls-radius, 8px) / 2);
  }
  .summary dt {
    color: var(--ls-muted, #4b5563);
    font-size: 0.9em;
  }
  .summary dd {
    margin: 0.2em 0 0;
    font-size: 1.35em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .pair {
    display: grid;
    grid-template-columns: minmax(4em, 1fr) minmax(7em, 1.2fr);
    gap: 0.5em;
  }
  label.check {
    display: flex;
    gap: 0.5em;
    align-items: center;
    font-weight: 400;
  }
  label.check input {
    width: 1.15em;
    height: 1.15em;
    min-height: 0;
    accent-color: var(--ls-accent, #0b5cad);
  }
  .summary dd.note {
    margin: 0.15em 0 0;
    font-size: 0.875em;
    font-weight: 400;
    color: var(--ls-muted, #4b5563);
  }
  section {
    display: grid;
    gap: 0.5em;
    min-width: 0;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    justify-content: end;
  }
  .table-scroll {
    max-height: 28em;
    overflow: auto;
    border: 1px solid var(--ls-grid, #e5e7eb);
    border-radius: calc(var(--ls-radius, 8px) / 2);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
    font-size: 0.95em;
  }
  caption {
    padding: 0.5em 0.6em;
    text-align: start;
    font-weight: 700;
    font-size: 1.05em;
  }
  th, td {
    padding: 0.35em 0.6em;
    text-align: start;
    white-space: nowrap;
  }
  th.amount, td.amount {
    text-align: end;
  }
  thead th, thead td {
    position: sticky;
    top: 0;
    background: var(--ls-surface, #ffffff);
    border-bottom: 2px solid var(--ls-border, #6b7280);
  }
  tbody tr:nth-child(even) {
    background: var(--ls-surface-alt, #f3f4f6);
  }
  tbody th {
    font-weight: 400;
    color: var(--ls-muted, #4b5563);
  }
  tfoot th, tfoot td {
    position: sticky;
    bottom: 0;
    background: var(--ls-surface, #ffffff);
    border-top: 2px solid var(--ls-border, #6b7280);
    font-weight: 700;
  }
  figure {
    margin: 0;
    display: grid;
    gap: 0.5em;
    min-width: 0;
  }
  figcaption {
    font-weight: 700;
    font-size: 1.05em;
  }
  .chart {
    min-height: 260px;
    overflow: hidden;
  }
  h4 {
    margin: 0.5em 0 0;
    font-size: 1em;
  }
  .decision {
    margin: 0;
    font-size: 1.15em;
  }
  .five-c, .reasons {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.35em;
  }
  .five-c li {
    display: grid;
    grid-template-columns: minmax(6em, 9em) minmax(4em, 1fr) 2.5em;
    gap: 0.75em;
    align-items: center;
  }
  .five-c meter {
    width: 100%;
  }
  .five-c .score {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .reasons li::before {
    content: '• ';
    color: var(--ls-muted, #4b5563);
  }
  .decision .note {
    display: block;
    font-size: 0.87em;
    font-weight: normal;
    color: var(--ls-muted, #4b5563);
  }
  .payments {
    grid-column: 1 / -1;
    margin: 0;
    padding: 0.5em 0.75em 0.75em;
    border: 1px solid var(--ls-grid, #e5e7eb);
    border-radius: 4px;
    min-width: 0;
  }
  .payments ol {
    margin: 0 0 0.5em;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.5em;
  }
  /* Each field spans three rows of the row's grid (label, control, error) through a subgrid, so the
     controls stay on one line when an error opens below one of them. */
  .payment-row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 10em), 1fr));
    gap: 0.3em 0.75em;
  }
  .payment-row > .field {
    grid-row: span 3;
    grid-template-rows: subgrid;
    align-items: start;  /* a date's text below its input does not stretch its neighbours */
  }
  .payment-row > .field > button {
    grid-row: 2;
  }
  .date-input {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.2em 0.6em;
  }
  .date-text {
    color: var(--ls-muted, #4b5563);
    font-size: 0.875em;
  }
  .apply form .wide {
    grid-column: 1 / -1;
  }
  q {
    quotes: '“' '”';
  }
  .status {
    margin: 0;
    color: var(--ls-muted, #4b5563);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media print {
    .root {
      padding: 0;
    }
    form input[type='range'], button, .no-print {
      display: none;
    }
    .table-scroll {
      max-height: none;
      overflow: visible;
      border: 0;
    }
    thead th, thead td, tfoot th, tfoot td {
      position: static;
    }
    thead {
      display: table-header-group;  /* repeated on every printed page */
    }
    tr {
      break-inside: avoid;
    }
    .chart-figure {
      break-inside: avoid;
    }
  }
`;
