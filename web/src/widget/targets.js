// The five submission targets (the seed APIs): what each asks of the applicant beyond the common
// fields, how it authenticates, and how to read its answer. The requests themselves, paths and
// bodies, are the core's (its `payload` command); nothing here builds or checks loan figures.
// Outcome kinds name the messages the widget shows (i18n `submit.*`).

const bearer = (token) => (token ? { authorization: `Bearer ${token}` } : {});

// `applicant`: the fields the core's payload requires for the target besides full_name,
// national_id, phone, email and birth_date (creditpolicy takes no applicant at all).
export const TARGETS = Object.freeze({
  kocek: {
    applicant: ['birth_place', 'monthly_income', 'monthly_expenses'],
    headers: bearer,
    accepted: (status, body) => status === 200 && body?.status === 'success',
    message: (body) => body?.message,
  },
  dompetkilat: {
    applicant: ['birth_place', 'gender', 'monthly_income'],
    headers: () => ({}),  // the service whitelists caller IPs instead of tokens
    accepted: (status, body) => status === 200 && body?.status === '00',
    message: (body) => body?.message,
    // "Error 1062: Duplicate entry …" comes with status "02", whatever the HTTP status.
    duplicate: (status, body) => body?.status === '02',
  },
  creditas: {
    applicant: ['monthly_income'],
    headers: (token) => ({ accept: 'application/vnd.creditas.v1+json', ...bearer(token) }),
    accepted: (status, body) => status === 200 && typeof body?.id === 'string',
    message: (body) => body?.message,
  },
  creditpolicy: {
    applicant: undefined,
    headers: bearer,
    accepted: (status, body) => status === 200 && body?.Status === true,
    message: (body) => body?.Message,
  },
  credgenics: {
    applicant: [],
    headers: (token) => (token ? { authenticationtoken: token } : {}),
    accepted: (status) => status === 201,
    message: (body) => body?.output,
  },
});

const KIND_OF_STATUS = { 400: 'invalid', 401: 'unauthorized', 403: 'forbidden', 404: 'not_found', 409: 'duplicate' };

/**
 * What an answer (from postWithRetries) means: `{ok, kind, message, body}`. `message` is the
 * lender's own words when its answer has them; a failure without an answer has none (the
 * browser's "Failed to fetch" is not the customer's to read: `kind` says what happened).
 */
export function outcome(format, answer) {
  const target = TARGETS[format];
  if (answer.failure) return { ok: false, kind: answer.failure, message: target.message(answer.body) };
  const message = target.message(answer.body);
  if (target.accepted(answer.status, answer.body)) return { ok: true, kind: 'accepted', message, body: answer.body };
  const kind = target.duplicate?.(answer.status, answer.body) ? 'duplicate' : KIND_OF_STATUS[answer.status] ?? 'rejected';
  return { ok: false, kind, message, body: answer.body };
}
