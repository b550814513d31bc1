// The JS package itself (web/lib, unbundled, as `import ... from "loansim"` resolves it) in
// Chromium: on a page and in a module Web Worker, both under the strict policy partner sites use
// (no 'unsafe-eval'), giving exactly the figures and errors it gives in Node.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { STRICT_CSP } from '../../web/scripts/serve.mjs';
import { openBrowser } from './browser.mjs';
import { compute } from './fixtures/package/compute.js';

let browser;
let server;
let url;
before(async () => {
  const withPolicy = { setHeaders: (response) => response.setHeader('content-security-policy', STRICT_CSP), dev: false };
  const lib = sirv(fileURLToPath(new URL('../../web/lib', import.meta.url)), withPolicy);
  const fixtures = sirv(fileURLToPath(new URL('./fixtures/package', import.meta.url)), withPolicy);
  const notFound = (response) => { response.writeHead(404); response.end(); };
  server = createServer((request, response) => {
    if (request.url === '/favicon.ico') {  // the browser asks for one; a 404 would be a console error
      response.writeHead(204);
      response.end();
    } else if (request.url.startsWith('/lib/')) {
      request.url = request.url.slice('/lib'.length);
      lib(request, response, () => notFound(response));
    } else {
      fixtures(request, response, () => notFound(response));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${server.address().port}/`;
  browser = await openBrowser();
});
after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

test('the package on a page and in a module worker under the strict CSP: the same results and errors as in Node', async () => {
  const expected = await compute(await import('../../web/lib/loansim.js'));
  const page = await browser.newPage();
  const consoleErrors = [];
  page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(`${message.text()} ${message.location().url}`); });
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const response = await page.goto(url);
  assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
  const { page: onPage, worker } = await page.evaluate(() => window.results);
  assert.deepEqual(onPage, expected);
  assert.deepEqual(worker, expected);
  assert.equal(expected.rows, 360);
  assert.deepEqual(expected.error, { isLoansimError: true, code: 'out_of_range', field: 'principal', message: 'principal: must be between 0 and 10000000000000, got -1' });
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  assert.deepEqual(consoleErrors, []);
  await page.context().close();
});

