// "What can I borrow?": the customer's finances in, the core's recommendation out: the decision,
// the plafon and tenure the customer can carry with its installment, the 5C sub-scores, and the
// reasons in the customer's language.
import { html, nothing } from 'lit';

const FIVE_C = ['character', 'capacity', 'capital', 'collateral', 'condition'];
const COLLECTABILITY = ['lancar', 'dalam_perhatian_khusus', 'kurang_lancar', 'diragukan', 'macet'];

/**
 * @param context {t, language, policy, profile, currency, outcome: {unsupported}|{result}|{error}|undefined,
 *   formats, onInput}
 */
export function recommendationPanel({ t, language, policy, profile, currency, outcome, formats, onInput }) {
  return html`
    <section class="recommendation" aria-labelledby="recommendation-title">
      <h3 id="recommendation-title">${t('recommend.title')}</h3>
      ${profileForm({ t, policy, profile, currency, onInput })}
      <div id="recommendation-result" aria-live="polite">${result({ t, language, outcome, formats })}</div>
    </section>
  `;
}

/** The customer's finances (shared by the recommendation and the offers, whichever shows it). */
export function profileForm({ t, policy, profile, currency, onInput }) {
  const amountField = (name) => html`
    <div class="field">
      <label for="profile-${name}">${t(`recommend.${name}`)}</label>
      <div class="adorned"><span aria-hidden="true">${currency}</span>
        <input id="profile-${name}" name=${name} inputmode="decimal" autocomplete="off" .value=${profile[name] ?? ''} /></div>
    </div>`;
  const choice = (name, values, label) => html`
    <div class="field">
      <label for="profile-${name}">${t(`recommend.${name}`)}</label>
      <select id="profile-${name}" name=${name} .value=${profile[name] ?? ''}>
        <option value="" ?selected=${!profile[name]}>${t('recommend.none')}</option>
        ${values.map((value) => html`<option value=${value} ?selected=${profile[name] === value}>${label(value)}</option>`)}
      </select>
    </div>`;
  return html`
    <form id="profile" @input=${onInput} @change=${onInput} @submit=${(event) => event.preventDefault()} novalidate>
      ${['monthly_income', 'monthly_expenses', 'existing_installments', 'savings'].map(amountField)}
      ${policy.collectability ? choice('collectability', COLLECTABILITY, (value) => t(`collectability.${value}`)) : nothing}
      ${policy.collateral_types?.length
        ? html`${choice('collateral_type', policy.collateral_types, (value) => t(`collateral_types.${value}`))}${amountField('collateral_value')}`
        : nothing}
    </form>
  `;
}

function result({ t, language, outcome, formats }) {
  if (!outcome) return nothing;
  if (outcome.unsupported) return html`<p class="status">${t(`recommend.${outcome.unsupported}`)}</p>`;
  if (outcome.error) {
    return html`<p class="error">${t(`errors.${outcome.error.code}`)} <span lang="en">(${outcome.error.field}: ${outcome.error.detail})</span></p>`;
  }
  const { decision, recommendation, five_c: fiveC, reasons, risk_score: risk } = outcome.result;
  return html`
    <p class="decision" data-decision=${decision}><strong>${t(`decision.${decision}`)}</strong></p>
    <dl class="summary">
      <div><dt>${t('recommend.plafon')}</dt><dd id="recommended-plafon" data-amount=${recommendation.plafon}>${formats.money(recommendation.plafon)}</dd></div>
      <div><dt>${t('recommend.tenure')}</dt><dd id="recommended-tenure">${recommendation.tenure_months ?? '—'}</dd></div>
      <div><dt>${t('recommend.installment')}</dt><dd id="recommended-installment" data-amount=${recommendation.installment}>${formats.money(recommendation.installment)}</dd></div>
      <div><dt>${t('recommend.risk_score')}</dt><dd id="risk-score">${risk}</dd><dd class="note">${t('recommend.risk_scale')}</dd></div>
    </dl>
    ${recommendation.counter_offer ? html`<p class="status">${t('recommend.counter_offer')}</p>` : nothing}
    <h4>${t('recommend.five_c')}</h4>
    <ul class="five-c">
      ${FIVE_C.map((name) => html`<li>
        <span id="five-c-${name}">${t(`five_c.${name}`)}</span>
        ${fiveC[name].weight > 0
          ? html`<meter min="0" max="100" value=${fiveC[name].score} aria-labelledby="five-c-${name}"></meter>
                 <span class="score" data-score=${fiveC[name].score}>${formats.whole(fiveC[name].score)}</span>`
          : html`<span class="note">${t('recommend.not_scored')}</span>`}
      </li>`)}
    </ul>
    ${reasons.length > 0 ? html`
      <h4>${t('recommend.reasons')}</h4>
      <ul class="reasons">${reasons.map((reason) => html`<li data-code=${reason.code}>${reason.text[language] ?? reason.text.en}</li>`)}</ul>` : nothing}
  `;
}
