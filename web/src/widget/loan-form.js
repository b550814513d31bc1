// The inputs: amount (typed and slider), term and its unit, rate, method, start date and fee, each
// with a visible label, its hint, and the core's error for it when there is one.
import { html, nothing } from 'lit';
import { dateInput } from './date-input.js';
import { METHODS, TERM_UNITS } from './simulation.js';

/**
 * @param context {t, inputs, product, currency, formats, error, onInput, onAmountBlur}
 *   error: the simulation's error ({code, input, detail}) or undefined
 */
export function loanForm({ t, inputs, product, currency, formats, error, onInput, onAmountBlur }) {
  const flagged = (input) => error?.input === input;
  const describedBy = (input, hint) => [hint, flagged(input) ? `${input}-error` : ''].filter(Boolean).join(' ') || nothing;
  const message = (input) => (flagged(input)
    ? html`<p class="error" id="${input}-error">${errorText(t, error)}</p>`
    : nothing);
  const { amount, term, annual_rate_pct: rate } = product;
  const sliderValue = formats.parse(inputs.amount);
  const range = (min, max) => `${formats.grouped(min)}–${formats.grouped(max)}`;

  return html`
    <form aria-label=${t('inputs')} @input=${onInput} @change=${onInput} @submit=${(event) => event.preventDefault()} novalidate>
      <div class="field">
        <label for="amount">${t('amount')}</label>
        <div class="adorned">
          <span aria-hidden="true">${currency}</span>
          <input id="amount" name="amount" inputmode="decimal" autocomplete="off" .value=${inputs.amount}
            aria-invalid=${flagged('amount')} aria-describedby=${describedBy('amount')} @blur=${onAmountBlur} />
        </div>
        <input type="range" name="amount-slider" aria-label=${t('amount_slider')} min=${amount.min} max=${amount.max} step=${amount.step}
          .value=${String(Number.isFinite(sliderValue) ? sliderValue : amount.default)} />
        ${message('amount')}
      </div>
      <div class="field">
        <label for="term">${t('term')}</label>
        <div class="pair">
          <input id="term" name="term" inputmode="numeric" autocomplete="off" .value=${inputs.term}
            aria-invalid=${flagged('term')} aria-describedby=${describedBy('term', 'term-hint')} />
          <select name="term_unit" aria-label=${t('term_unit')} .value=${inputs.term_unit}>
            ${TERM_UNITS.map((unit) => html`<option value=${unit} ?selected=${unit === inputs.term_unit}>${t(`units.${unit}`)}</option>`)}
          </select>
        </div>
        <span class="hint" id="term-hint">${t('term_hint')} ${inputs.term_unit === term.unit ? `(${range(term.min, term.max)})` : ''}</span>
        ${message('term')}${message('term_unit')}
      </div>
      <div class="field">
        <label for="rate">${t('rate')}</label>
        <input id="rate" name="rate" inputmode="decimal" autocomplete="off" .value=${inputs.rate}
          aria-invalid=${flagged('rate')} aria-describedby=${describedBy('rate', 'rate-hint')} />
        <span class="hint" id="rate-hint">${t('rate_hint')} (${formats.percent(rate.min)}–${formats.percent(rate.max)})</span>
        ${message('rate')}
      </div>
      <div class="field">
        <label for="method">${t('method')}</label>
        <select id="method" name="method" .value=${inputs.method} aria-invalid=${flagged('method')} aria-describedby=${describedBy('method')}>
          ${METHODS.map((method) => html`<option value=${method} ?selected=${method === inputs.method}>${t(`methods.${method}`)}</option>`)}
        </select>
        ${message('method')}
      </div>
      <div class="field">
        <label for="start_date">${t('start_date')}</label>
        ${dateInput({ id: 'start_date', value: inputs.start_date, formats, invalid: flagged('start_date'), describedBy: flagged('start_date') && 'start_date-error' })}
        ${message('start_date')}
      </div>
      <div class="field">
        <label for="fee">${t('fees')}</label>
        <div class="adorned">
          <span aria-hidden="true">${currency}</span>
          <input id="fee" name="fee" inputmode="decimal" autocomplete="off" .value=${inputs.fee}
            aria-invalid=${flagged('fee')} aria-describedby=${describedBy('fee', 'fee-hint')} />
        </div>
        <label class="check"><input type="checkbox" name="fee_financed" .checked=${inputs.fee_financed} /> ${t('fee_financed')}</label>
        <span class="hint" id="fee-hint">${t('fee_hint')}</span>
        ${message('fee')}
      </div>
    </form>
    ${error && !error.input ? html`<p class="error" role="alert">${errorText(t, error)}</p>` : nothing}
  `;
}

// The translated reason, then the core's own precise words (in English, and marked so).
function errorText(t, error) {
  return html`${t(`errors.${error.code}`)} <span lang="en">(${error.detail})</span>`;
}
