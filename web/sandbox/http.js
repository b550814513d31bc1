// Plumbing for the sandbox routes: JSON bodies in and out, bearer tokens, idempotent replays.

const MAX_BODY_BYTES = 1 << 20;

export class BadJson extends Error {}

export async function readJson(request) {
  let size = 0;
  const chunks = [];
  for await (const chunk of request) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new BadJson('body is larger than 1 MiB');
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null');
  } catch (error) {
    throw new BadJson(`body is not JSON: ${error.message}`);
  }
}

export function sendJson(response, status, body) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

/**
 * The sandbox's token rule: any bearer token that starts with "sandbox-" is valid. A real partner
 * token never reaches the sandbox (the widget gets it from the host page's callback).
 */
export const validToken = (token) => typeof token === 'string' && token.startsWith('sandbox-');

export function bearerToken(request) {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
  return match?.[1];
}
