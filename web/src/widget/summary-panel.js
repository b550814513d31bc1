// The figures a customer looks at first: the installment (and the last one when it differs), the
// total interest, the total payable, the market's cost figure (APR, CET with its IOF, effective
// rate), and the upfront fees and the amount received when there are fees. All are the core's.
import { html, nothing } from 'lit';

/** @param context {t, view, formats, unit}: view is the simulation (no schedule while there is none) */
export function summaryPanel({ t, view, formats, unit }) {
  const { money, rate } = formats;
  const schedule = view?.schedule;
  const cost = view?.cost;
  const first = schedule?.installments[0].payment;
  const last = schedule?.installments.at(-1).payment;
  // Only the installment is announced as it changes; the rest would be noise while typing.
  const figure = (id, label, amount, note = nothing) => html`
    <div>
      <dt id="${id}-label">${label}</dt>
      <dd><output id=${id} aria-labelledby="${id}-label" aria-live=${id === 'installment' ? 'polite' : 'off'}
        data-amount=${amount ?? nothing}>${amount === undefined ? '—' : money(amount)}</output></dd>
      ${note}
    </div>`;
  return html`
    <section aria-labelledby="results-title">
      <h3 id="results-title" class="visually-hidden">${t('results')}</h3>
      <dl class="summary">
        ${figure('installment', t('installment'), first, html`<dd class="note">${t(`per.${unit}`)}${last !== first && last !== undefined
          ? html` · ${t('last_installment')} <span id="last-installment" data-amount=${last}>${money(last)}</span>`
          : nothing}</dd>`)}
        ${figure('total-interest', t('total_interest'), schedule?.totals.interest)}
        ${figure('total-payable', t('total_payable'), schedule?.totals.payment)}
        ${cost ? html`
          <div>
            <dt id="cost-label">${t(`cost.${cost.label}`)}</dt>
            <dd><output id="cost" aria-labelledby="cost-label" aria-live="off" data-rate=${cost.rate_pct ?? nothing}>${cost.rate_pct == null ? '—' : rate(cost.rate_pct)}</output></dd>
            <dd class="note">${t(`cost_note.${cost.label}`)}</dd>
          </div>
          ${cost.iof === undefined ? nothing : figure('iof', t('iof'), cost.iof)}` : nothing}
        ${schedule && schedule.upfront_fees > 0
          ? html`${figure('upfront-fees', t('upfront_fees'), schedule.upfront_fees)}${figure('disbursed', t('disbursed'), schedule.disbursed)}`
          : nothing}
      </dl>
    </section>
  `;
}
