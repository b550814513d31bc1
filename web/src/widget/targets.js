// The five submission targets: where each seed API takes an application, how it authenticates,
// and how to read its answer. Bodies are the core's (its `payload` command); nothing here builds
// or checks loan figures. Outcome kinds name the messages the widget shows (i18n `submit.*`).

const bearer = (token) => (token ? { authorization: `Bearer ${token}` } : {});

// Every target answers in its own shape; each reads its message from where its document puts it.
export const TARGETS = Object.freeze({
  kocek: {
    path: () => '/kocek/cde/credit-recommendation',
    headers: bearer,
    accepted: (status, body) => status === 200 && body?.status === 'success',
    message: (body) => body?.message,
  },
  dompetkilat: {
    path: () => '/v1/loan/register',
    headers: () => ({}),  // the service whitelists caller IPs instead of tokens
    accepted: (status, body) => status === 200 && body?.status === '00',
    message: (body) => body?.message,
    // "Error 1062: Duplicate entry …" comes with status "02", whatever the HTTP status.
    duplicate: (status, body) => body?.status === '02',
  },
  creditas: {
    path: () => '/offers',
    headers: (token) => ({ accept: 'application/vnd.creditas.v1+json', ...bearer(token) }),
    accepted: (status, body) => status === 200 && typeof body?.id === 'string',
    message: (body) => body?.message,
  },
  creditpolicy: {
    path: () => '/api/CoreCredit/AccountManagement/GetCreditPolicyDecisionDetails',
    headers: bearer,
    accepted: (status, body) => status === 200 && body?.Status === true,
    message: (body) => body?.Message,
  },
  credgenics: {
    path: (body) => `/recovery/loan/${encodeURIComponent(body.loan_id)}`,
    headers: (token) => (token ? { authenticationtoken: token } : {}),
    accepted: (status) => status === 201,
    message: (body) => body?.output,
  },
});

const KIND_OF_STATUS = { 400: 'invalid', 401: 'unauthorized', 403: 'forbidden', 404: 'not_found', 409: 'duplicate' };

/** What an answer (from postWithRetries) means: `{ok, kind, message, body}`. */
export function outcome(format, answer) {
  const target = TARGETS[format];
  if (answer.failure) return { ok: false, kind: answer.failure, message: target.message(answer.body) ?? answer.message };
  const message = target.message(answer.body);
  if (target.accepted(answer.status, answer.body)) return { ok: true, kind: 'accepted', message, body: answer.body };
  const kind = target.duplicate?.(answer.status, answer.body) ? 'duplicate' : KIND_OF_STATUS[answer.status] ?? 'rejected';
  return { ok: false, kind, message, body: answer.body };
}
