// The local sandbox of the five seed APIs, mounted under /sandbox/ by the server `npm start` runs:
// the whole submission flow works on a machine with no outside network. Each API's base URL is
// /sandbox/<format>, followed by the paths its document gives. State lives in memory and starts
// empty with every server.
//
//   /sandbox/kocek         KOCEK CDE credit recommendation (seed 000)
//   /sandbox/dompetkilat   Dompet Kilat borrower and loan registration (seed 001)
//   /sandbox/creditas      Creditas offer simulation (seed 002)
//   /sandbox/creditpolicy  credit policy decision details (seed 003)
//   /sandbox/credgenics    Credgenics Add Loan (seed 004)
//   /sandbox/_control      POST {"kocek": {"available": false}} switches KOCEK off (its 403)
//
// A request carrying an Idempotency-Key that already succeeded gets the stored answer again
// (with `Idempotent-Replayed: true`) instead of being executed twice.
import { BadJson, readJson, sendJson } from './http.js';
import { credgenics } from './credgenics.js';
import { creditas } from './creditas.js';
import { creditPolicy } from './credit-policy.js';
import { dompetKilat } from './dompet-kilat.js';
import { kocek } from './kocek.js';

export const SANDBOX_PREFIX = '/sandbox';
const APIS = [kocek, dompetKilat, creditas, creditPolicy, credgenics];

const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'accept, authorization, authenticationtoken, role, content-type, idempotency-key, user-id, user-name, user-role, ip',
  'access-control-expose-headers': 'idempotent-replayed',
};

function emptyState() {
  return {
    kocek: { available: true },
    dompetKilat: { borrowers: [], loans: [] },
    credgenics: { loans: new Map() },
  };
}

function findRoute(method, path) {
  const [, name, rest] = /^\/([^/]+)(\/.*)$/.exec(path) ?? [];
  const api = APIS.find((candidate) => candidate.name === name);
  for (const route of api?.routes ?? []) {
    const match = route.path.exec(rest);
    if (match && route.method === method) return { api, route, params: match.slice(1) };
  }
  return undefined;
}

/** A request handler for the sandbox; it answers true when the request was the sandbox's. */
export function createSandbox() {
  const state = emptyState();
  const replays = new Map();

  return async function handleSandbox(request, response) {
    const url = new URL(request.url, 'http://sandbox.invalid');
    if (!url.pathname.startsWith(`${SANDBOX_PREFIX}/`)) return false;
    for (const [name, value] of Object.entries(CORS_HEADERS)) response.setHeader(name, value);
    if (request.method === 'OPTIONS') {
      response.writeHead(204).end();
      return true;
    }
    const path = url.pathname.slice(SANDBOX_PREFIX.length);

    if (path === '/_control' && request.method === 'POST') {
      const control = await readJson(request).catch(() => ({}));
      if (typeof control?.kocek?.available === 'boolean') state.kocek.available = control.kocek.available;
      sendJson(response, 200, { kocek: state.kocek });
      return true;
    }

    const found = findRoute(request.method, path);
    if (!found) {
      sendJson(response, 404, { message: `no sandbox route for ${request.method} ${url.pathname}` });
      return true;
    }
    const { api, route, params } = found;
    const key = request.headers['idempotency-key'];
    const replayKey = key && `${api.name} ${request.method} ${path} ${key}`;
    if (replayKey && replays.has(replayKey)) {
      const [status, body] = replays.get(replayKey);
      response.setHeader('idempotent-replayed', 'true');
      sendJson(response, status, body);
      return true;
    }

    let body;
    try {
      body = request.method === 'GET' ? undefined : await readJson(request);
    } catch (error) {
      if (!(error instanceof BadJson)) throw error;
      sendJson(response, 400, api.fail(error.message));
      return true;
    }
    const [status, answer] = route.handle({ request, body, params, state });
    // Only a success changed anything worth replaying; a refusal may be retried for real.
    if (replayKey && status < 300) replays.set(replayKey, [status, answer]);
    sendJson(response, status, answer);
    return true;
  };
}
