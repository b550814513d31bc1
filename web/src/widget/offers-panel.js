// The offers table: one row per tenure the product offers, every figure the core's `offers`
// result (rate, loan amount and the cap that binds it, IOF, installment, cost of credit, total
// payable), with the approval status and the reasons in the customer's language.
import { html, nothing } from 'lit';

/**
 * @param context {t, language, outcome: {unsupported}|{result}|{error}|undefined, formats, profile}
 *   profile: the customer's finances form when no recommendation panel shows it
 */
export function offersPanel({ t, language, outcome, formats, profile = nothing }) {
  return html`
    <section class="offers" aria-labelledby="offers-title">
      <h3 id="offers-title">${t('offers.title')}</h3>
      ${profile}
      <div id="offers-result" aria-live="polite">${result({ t, language, outcome, formats })}</div>
    </section>
  `;
}

function result({ t, language, outcome, formats }) {
  if (!outcome) return nothing;
  if (outcome.unsupported) return html`<p class="status">${t(`offers.${outcome.unsupported}`)}</p>`;
  if (outcome.error) {
    return html`<p class="error">${t(`errors.${outcome.error.code}`)} <span lang="en">(${outcome.error.field}: ${outcome.error.detail})</span></p>`;
  }
  const { money, rate } = formats;
  const { decision, offers, reasons } = outcome.result;
  const standard = offers[0]?.cost_of_credit.standard;
  const hasIof = offers.some((offer) => offer.iof);
  const amount = (figure, value) => html`<td class="amount" data-figure=${figure} data-amount=${value}>${money(value)}</td>`;
  return html`
    <p class="decision" data-decision=${decision}><strong>${t(`decision.${decision}`)}</strong>
      <span class="note">${t(`offers.status.${decision}`)}</span></p>
    ${offers.length === 0 ? nothing : html`
      <div class="table-scroll" role="region" aria-labelledby="offers-caption" tabindex="0">
        <table id="offers">
          <caption id="offers-caption">${t('offers.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">${t('offers.term')}</th>
              <th scope="col" class="amount">${t('offers.monthly_rate')}</th>
              <th scope="col" class="amount">${t('offers.installment')}</th>
              <th scope="col" class="amount">${t('offers.loan_amount')}</th>
              <th scope="col">${t('offers.binding')}</th>
              ${hasIof ? html`<th scope="col" class="amount">${t('offers.iof')}</th>` : nothing}
              <th scope="col" class="amount">${t(`offers.cost.${standard}`)}</th>
              <th scope="col" class="amount">${t('total_payable')}</th>
            </tr>
          </thead>
          <tbody>
            ${offers.map((offer) => html`<tr data-term=${offer.term_months}>
              <th scope="row">${offer.term_months} ${t('units.month')}</th>
              <td class="amount" data-figure="monthly_rate" data-rate=${offer.monthly_rate_pct}>${rate(offer.monthly_rate_pct)}</td>
              ${amount('installment', offer.installment)}
              ${amount('loan_amount', offer.loan_amount)}
              <td data-figure="binding" data-code=${offer.binding_constraint}>${t(`offers.caps.${offer.binding_constraint}`)}</td>
              ${hasIof ? (offer.iof ? amount('iof', offer.iof.total) : html`<td class="amount">—</td>`) : nothing}
              <td class="amount" data-figure="cost" data-rate=${offer.cost_of_credit.disclosed_annual_pct}>
                ${rate(offer.cost_of_credit.disclosed_annual_pct)}</td>
              ${amount('total_payable', offer.total_payable)}
            </tr>`)}
          </tbody>
        </table>
      </div>
      <p class="note">${t(`offers.cost_note.${standard}`)}</p>`}
    ${reasons.length > 0 ? html`
      <h4>${t('recommend.reasons')}</h4>
      <ul class="reasons">${reasons.map((reason) => html`<li data-code=${reason.code}>${reason.text[language] ?? reason.text.en}</li>`)}</ul>` : nothing}
  `;
}
