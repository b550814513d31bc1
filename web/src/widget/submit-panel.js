// The application form: who applies, their consent, and the button that sends the simulated loan.
// Each field shows its own problem next to it; the outcome of a submission is announced in a
// status region. Whether a value is acceptable to the lender is the core's to say (its `payload`
// command) and the lender's; the form only makes sure nothing required is left empty.
import { html, nothing } from 'lit';
import { dateInput } from './date-input.js';

// Every applicant field the form can ask for, with the core's payload name.
const FIELDS = {
  full_name: { type: 'text', autocomplete: 'name' },
  national_id: { type: 'text', autocomplete: 'off', inputmode: 'numeric' },
  phone: { type: 'tel', autocomplete: 'tel' },
  email: { type: 'email', autocomplete: 'email' },
  birth_date: { type: 'date', autocomplete: 'bday' },
  birth_place: { type: 'text', autocomplete: 'off' },
  gender: { choices: ['L', 'P'] },
  monthly_income: { type: 'text', autocomplete: 'off', inputmode: 'decimal', amount: true },
  monthly_expenses: { type: 'text', autocomplete: 'off', inputmode: 'decimal', amount: true },
};
export const COMMON_FIELDS = Object.freeze(['full_name', 'national_id', 'phone', 'email', 'birth_date']);
export const AMOUNT_FIELDS = Object.freeze(Object.keys(FIELDS).filter((name) => FIELDS[name].amount));

/**
 * @param context {t, fields, applicant, errors: {field: message}, submission: {state, kind, message}?,
 *   currency, formats, canSubmit, onInput, onSubmit}
 */
export function submitPanel({ t, fields, applicant, errors, submission, currency, formats, canSubmit, onInput, onSubmit }) {
  const sending = submission?.state === 'sending';
  const problem = (name) => (errors[name] ? html`<p class="error" id="applicant-${name}-error">${errors[name]}</p>` : nothing);
  const control = (name) => {
    const { type, autocomplete, inputmode, choices, amount } = FIELDS[name];
    const shared = { id: `applicant-${name}`, invalid: Boolean(errors[name]), describedBy: errors[name] ? `applicant-${name}-error` : nothing };
    if (choices) {
      return html`<select id=${shared.id} name=${name} .value=${applicant[name] ?? ''} required aria-invalid=${shared.invalid} aria-describedby=${shared.describedBy}>
        <option value="" ?selected=${!applicant[name]}></option>
        ${choices.map((choice) => html`<option value=${choice} ?selected=${applicant[name] === choice}>${t(`applicant_choices.${name}.${choice}`)}</option>`)}
      </select>`;
    }
    if (type === 'date') {
      return dateInput({ id: shared.id, name, value: applicant[name] ?? '', formats, invalid: shared.invalid,
        describedBy: errors[name] ? `applicant-${name}-error` : undefined, autocomplete, required: true });
    }
    const input = html`<input id=${shared.id} name=${name} type=${type} autocomplete=${autocomplete} inputmode=${inputmode ?? nothing}
      .value=${applicant[name] ?? ''} required aria-invalid=${shared.invalid} aria-describedby=${shared.describedBy} />`;
    return amount ? html`<div class="adorned"><span aria-hidden="true">${currency}</span>${input}</div>` : input;
  };
  return html`
    <section class="apply no-print" aria-labelledby="apply-title">
      <h3 id="apply-title">${t('apply.title')}</h3>
      <form id="apply" @input=${onInput} @change=${onInput} @submit=${onSubmit} novalidate>
        ${fields.map((name) => html`
          <div class="field">
            <label for="applicant-${name}">${t(`applicant.${name}`)}</label>
            ${control(name)}
            ${problem(name)}
          </div>`)}
        <div class="field wide">
          <label class="check"><input type="checkbox" name="consent" .checked=${Boolean(applicant.consent)} required
            aria-invalid=${Boolean(errors.consent)} aria-describedby=${errors.consent ? 'applicant-consent-error' : nothing} /> ${t('apply.consent')}</label>
          ${problem('consent')}
        </div>
        <div class="field wide">
          <button type="submit" ?disabled=${sending || !canSubmit} aria-disabled=${sending || !canSubmit}>${sending ? t('apply.sending') : t('apply.send')}</button>
        </div>
      </form>
      <p id="submission-status" role="status" class=${submission?.state === 'failed' ? 'error' : 'status'}>${statusText(t, submission)}</p>
    </section>
  `;
}

function statusText(t, submission) {
  if (!submission || submission.state === 'idle') return '';
  if (submission.state === 'sending') return t('apply.sending');
  const lead = t(`submit.${submission.kind}`);
  return submission.message ? html`${lead} <q>${submission.message}</q>` : lead;
}
