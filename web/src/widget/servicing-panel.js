// Servicing view: the customer lists the payments made (date and amount, rows added and removed)
// and a date; the core's `servicing` on the simulated loan answers with the outstanding balance,
// the days past due and their bracket, and what is due next. Each core error shows next to its input.
import { html, nothing } from 'lit';
import { dateInput } from './date-input.js';

/**
 * @param context {t, servicing: {as_of, payments: [{date, amount}]}, outcome: {result}|{error}|undefined,
 *   currency, formats, onInput, onAdd, onRemove}
 */
export function servicingPanel({ t, servicing, outcome, currency, formats, onInput, onAdd, onRemove }) {
  const error = outcome?.error;
  const flagged = (input) => error?.input === input;
  const message = (input) => (flagged(input)
    ? html`<p class="error" id="${input}-error">${t(`errors.${error.code}`)} <span lang="en">(${error.detail})</span></p>`
    : nothing);
  const invalid = (input) => ({ invalid: flagged(input), describedBy: flagged(input) ? `${input}-error` : undefined });
  return html`
    <section class="servicing" aria-labelledby="servicing-title">
      <h3 id="servicing-title">${t('servicing.title')}</h3>
      <form id="servicing-form" @input=${onInput} @change=${onInput} @submit=${(event) => event.preventDefault()} novalidate>
        <div class="field">
          <label for="as_of">${t('servicing.as_of')}</label>
          ${dateInput({ id: 'as_of', value: servicing.as_of, formats, ...invalid('as_of') })}
          ${message('as_of')}
        </div>
        <fieldset class="payments">
          <legend>${t('servicing.payments')}</legend>
          ${servicing.payments.length === 0 ? html`<p class="note">${t('servicing.no_payments')}</p>` : nothing}
          <ol>
            ${servicing.payments.map((payment, index) => {
              const date = `payment-${index}-date`;
              const amount = `payment-${index}-amount`;
              return html`<li class="payment-row">
                <div class="field">
                  <label for=${date}>${t('servicing.payment_date')} ${index + 1}</label>
                  ${dateInput({ id: date, value: payment.date, formats, ...invalid(date) })}
                  ${message(date)}
                </div>
                <div class="field">
                  <label for=${amount}>${t('servicing.payment_amount')} ${index + 1}</label>
                  <div class="adorned"><span aria-hidden="true">${currency}</span>
                    <input id=${amount} name=${amount} inputmode="decimal" autocomplete="off" .value=${payment.amount}
                      aria-invalid=${invalid(amount).invalid} aria-describedby=${invalid(amount).describedBy ?? nothing} /></div>
                  ${message(amount)}
                </div>
                <div class="field">
                  <button type="button" class="secondary" data-remove=${index} @click=${() => onRemove(index)}
                    aria-label="${t('servicing.remove')} ${index + 1}">${t('servicing.remove')}</button>
                </div>
              </li>`;
            })}
          </ol>
          <button type="button" class="secondary" id="add-payment" @click=${onAdd}>${t('servicing.add')}</button>
        </fieldset>
      </form>
      <div id="servicing-result" aria-live="polite">${result({ t, outcome, formats })}</div>
    </section>
  `;
}

function result({ t, outcome, formats }) {
  if (!outcome) return nothing;
  if (outcome.error) {
    // Errors on the servicing inputs sit next to them; the loan's own show on the loan form.
    if (outcome.error.input && outcome.error.input !== 'loan') return nothing;
    return html`<p class="error">${t(`errors.${outcome.error.code}`)} <span lang="en">(${outcome.error.field}: ${outcome.error.detail})</span></p>`;
  }
  const { money, date, whole } = formats;
  const r = outcome.result;
  const next = r.expected_emi;
  const nextDue = next ? r.installments[next.installment - 1]?.due_date : undefined;
  const figure = (id, label, amount, note = nothing) => html`
    <div><dt>${label}</dt><dd id=${id} data-amount=${amount}>${money(amount)}</dd>${note}</div>`;
  return html`
    <p class="decision" data-status=${r.status}><strong>${t(`servicing.status.${r.status}`)}</strong></p>
    <dl class="summary">
      ${figure('outstanding', t('servicing.outstanding'), r.outstanding.total,
        html`<dd class="note">${t('servicing.principal')} ${money(r.outstanding.principal)} · ${t('servicing.interest')} ${money(r.outstanding.interest)}${
          r.outstanding.fees > 0 ? html` · ${t('servicing.fees')} ${money(r.outstanding.fees)}` : nothing}</dd>`)}
      ${figure('overdue', t('servicing.overdue'), r.overdue.total)}
      <div><dt>${t('servicing.dpd')}</dt><dd id="dpd" data-dpd=${r.days_past_due}>${whole(r.days_past_due)}</dd>
        <dd class="note" id="dpd-bracket" data-bracket=${r.dpd_bracket}>${t('servicing.bracket')} ${r.dpd_bracket}${
          r.date_of_default ? html` · ${t('servicing.since')} ${date(r.date_of_default)}` : nothing}</dd></div>
      ${next
        ? figure('next-due', t(r.overdue.total > 0 ? 'servicing.due_now' : 'servicing.due_next'), next.amount,
          html`<dd class="note" id="next-due-installment" data-installment=${next.installment}>${t('servicing.installment')} ${next.installment}${
            nextDue ? html` · ${date(nextDue)}` : nothing}</dd>`)
        : nothing}
      ${figure('paid', t('servicing.paid'), r.paid.total)}
      ${r.overpaid > 0 ? figure('overpaid', t('servicing.overpaid'), r.overpaid) : nothing}
    </dl>
  `;
}
