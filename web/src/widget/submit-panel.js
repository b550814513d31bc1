// The application form: who applies, their consent, and the button that sends the simulated loan.
// Each field shows its own problem next to it; the outcome of a submission is announced in a
// status region. Nothing here decides whether an application is valid beyond "filled in": the
// target's own rules are the core's (its `payload` command) and the lender's.
import { html, nothing } from 'lit';

export const APPLICANT_FIELDS = Object.freeze([
  { name: 'full_name', type: 'text', autocomplete: 'name' },
  { name: 'id_number', type: 'text', autocomplete: 'off', inputmode: 'numeric' },
  { name: 'phone', type: 'tel', autocomplete: 'tel' },
  { name: 'email', type: 'email', autocomplete: 'email' },
  { name: 'birth_date', type: 'date', autocomplete: 'bday' },
]);

/**
 * @param context {t, applicant, errors: {field: messageKey}, submission: {state, kind, message}?,
 *   canSubmit, onInput, onSubmit}
 */
export function submitPanel({ t, applicant, errors, submission, canSubmit, onInput, onSubmit }) {
  const sending = submission?.state === 'sending';
  const field = ({ name, type, autocomplete, inputmode }) => html`
    <div class="field">
      <label for="applicant-${name}">${t(`applicant.${name}`)}</label>
      <input id="applicant-${name}" name=${name} type=${type} autocomplete=${autocomplete} inputmode=${inputmode ?? nothing}
        .value=${applicant[name] ?? ''} required aria-invalid=${Boolean(errors[name])}
        aria-describedby=${errors[name] ? `applicant-${name}-error` : nothing} />
      ${errors[name] ? html`<p class="error" id="applicant-${name}-error">${errors[name]}</p>` : nothing}
    </div>`;
  return html`
    <section class="apply no-print" aria-labelledby="apply-title">
      <h3 id="apply-title">${t('apply.title')}</h3>
      <form id="apply" @input=${onInput} @change=${onInput} @submit=${onSubmit} novalidate>
        ${APPLICANT_FIELDS.map(field)}
        <div class="field wide">
          <label class="check"><input type="checkbox" name="consent" .checked=${Boolean(applicant.consent)} required
            aria-invalid=${Boolean(errors.consent)} aria-describedby=${errors.consent ? 'applicant-consent-error' : nothing} /> ${t('apply.consent')}</label>
          ${errors.consent ? html`<p class="error" id="applicant-consent-error">${errors.consent}</p>` : nothing}
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
