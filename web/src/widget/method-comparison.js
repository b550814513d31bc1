// The same loan under the three methods lenders quote most, side by side: a flat rate's total
// interest next to the annuity's and equal principal's shows what the flat number hides.
import { html, nothing } from 'lit';

export const COMPARED_METHODS = Object.freeze(['annuity', 'equal_principal', 'flat']);

/**
 * @param comparison [{method, schedule, cost?} | {method, error}] in COMPARED_METHODS order
 * @param options    {t, formats}
 */
export function methodComparison(comparison, { t, formats }) {
  const { money, rate } = formats;
  const costRow = comparison.find((entry) => entry.cost);
  // [figure, its label's string key, where the core's result holds it]
  const rows = [
    ['first_installment', 'first_installment', (schedule) => schedule.installments[0].payment],
    ['last_installment', 'last_installment_label', (schedule) => schedule.installments.at(-1).payment],
    ['total_interest', 'total_interest', (schedule) => schedule.totals.interest],
    ['total_payable', 'total_payable', (schedule) => schedule.totals.payment],
  ];
  return html`
    <div class="table-scroll" role="region" aria-labelledby="comparison-caption" tabindex="0">
      <table id="comparison">
        <caption id="comparison-caption">${t('comparison')}</caption>
        <thead>
          <tr><td></td>${comparison.map((entry) => html`<th scope="col" class="amount">${t(`methods.${entry.method}`)}</th>`)}</tr>
        </thead>
        <tbody>
          ${rows.map(([name, label, pick]) => html`<tr>
            <th scope="row">${t(label)}</th>
            ${comparison.map((entry) => html`<td class="amount" data-method=${entry.method} data-figure=${name}
              data-amount=${entry.schedule ? pick(entry.schedule) : ''}>${entry.schedule ? money(pick(entry.schedule)) : '—'}</td>`)}
          </tr>`)}
          ${costRow ? html`<tr>
            <th scope="row">${t(`cost.${costRow.cost.label}`)}</th>
            ${comparison.map((entry) => html`<td class="amount" data-method=${entry.method} data-figure="cost"
              data-rate=${entry.cost?.rate_pct ?? ''}>${entry.cost?.rate_pct == null ? '—' : rate(entry.cost.rate_pct)}</td>`)}
          </tr>` : nothing}
        </tbody>
      </table>
    </div>
  `;
}
