// Sending an application over the network, robustly: one idempotency key per application (the
// same on every retry, and across reloads, since the caller keeps it in the draft), a timeout per
// attempt, and retries with exponential backoff on network errors, timeouts and 5xx answers. A
// 4xx answer is final: sent again it would fail the same way. So is a 2xx answer whose body is
// not JSON (cut short, a proxy's HTML page): it confirms nothing, and the caller keeps the draft.

const wait = (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds));

function parseBody(text) {
  try {
    return { readable: true, body: JSON.parse(text) };
  } catch {
    return { readable: false, body: text };
  }
}

/**
 * POSTs `body` as JSON. Resolves `{status, body, attempts}` for any answer below 500 (body: the
 * parsed JSON, or the text of a 4xx that is not JSON), `{failure: 'unreadable', status, attempts}`
 * for a 2xx that is not JSON, else `{failure: 'server'|'network'|'timeout', status?, body?,
 * attempts}` once the attempts are spent.
 */
export async function postWithRetries({ url, headers = {}, body, idempotencyKey, timeoutMs = 10_000, attempts = 4, backoffMs = 500 }) {
  let failure;
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey, ...headers },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
        credentials: 'omit',
      });
      const { readable, body: answer } = parseBody(await response.text());
      if (response.ok && !readable) return { failure: 'unreadable', status: response.status, attempts: attempt };
      if (response.status < 500) return { status: response.status, body: answer, attempts: attempt };
      failure = { failure: 'server', status: response.status, body: answer };
    } catch (error) {
      failure = { failure: error.name === 'TimeoutError' ? 'timeout' : 'network' };
    }
    // 0.5 s, 1 s, 2 s … with jitter, so many clients recovering together do not retry in step.
    if (attempt < attempts) await wait(backoffMs * 2 ** (attempt - 1) * (0.75 + Math.random() / 2));
  }
  return { ...failure, attempts };
}
