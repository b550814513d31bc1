// The full schedule as a table: every installment with its due date, readable at 360 rows (a
// scrolling region with a sticky header that keyboard users can scroll), totals in the footer.
import { html } from 'lit';

export const SCHEDULE_COLUMNS = Object.freeze(['number', 'due_date', 'payment', 'principal', 'interest', 'fees', 'balance']);
const AMOUNT_COLUMNS = new Set(['payment', 'principal', 'interest', 'fees', 'balance']);

/**
 * @param schedule the core's schedule result
 * @param options  {t, money, date, id, caption}
 */
export function scheduleTable(schedule, { t, money, date, id, caption }) {
  const cell = (row, column) => {
    if (column === 'due_date') return date(row.due_date);
    return AMOUNT_COLUMNS.has(column) ? money(row[column]) : row[column];
  };
  return html`
    <div class="table-scroll" role="region" aria-labelledby="${id}-caption" tabindex="0">
      <table id=${id}>
        <caption id="${id}-caption">${caption}</caption>
        <thead>
          <tr>${SCHEDULE_COLUMNS.map((column) => html`<th scope="col" class=${AMOUNT_COLUMNS.has(column) ? 'amount' : ''}>${t(`columns.${column}`)}</th>`)}</tr>
        </thead>
        <tbody>
          ${schedule.installments.map((row) => html`<tr>${SCHEDULE_COLUMNS.map((column) => (column === 'number'
            ? html`<th scope="row">${row.number}</th>`
            : html`<td class=${AMOUNT_COLUMNS.has(column) ? 'amount' : ''}>${cell(row, column)}</td>`))}</tr>`)}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colspan="2">${t('columns.totals')}</th>
            ${['payment', 'principal', 'interest', 'fees'].map((column) => html`<td class="amount">${money(schedule.totals[column])}</td>`)}
            <td></td>
          </tr>
        </tfoot>
      </table>
    </div>
  `;
}
