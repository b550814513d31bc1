// Faults between the widget and the lender, in submit-mode "api" (the simulator page sending to the
// Credgenics sandbox, en-IN): attempts that time out, 5xx answers, answers that are not JSON, a
// lender on another origin without CORS headers, the connection lost mid-submit. Each must keep
// the draft (in localStorage, in the form, and after a reload), tell the customer what happened,
// and never make a second application: every attempt carries the application's one idempotency key
// and one loan_id, so the sandbox (which answers a key it has already answered with the same
// answer, web/sandbox/sandbox.js) holds at most one loan.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { createSandbox } from '../../web/sandbox/sandbox.js';
import { openBrowser } from './browser.mjs';
import { SHRI_RAM, credgenicsLoan, fillIn, openMarket, savedDraft } from './submission-support.mjs';

// What the customer reads for each outcome (the en-IN strings).
const { submit: SAYS } = JSON.parse(readFileSync(new URL('../../web/src/i18n/en-IN.json', import.meta.url), 'utf8'));

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

// Four attempts with backoff of 0.5, 1 and 2 s, each ± 25 % (web/src/widget/submission.js): at
// most 4.4 s of waiting, and the answers.
const RETRIES_SPENT_MS = 10_000;

// Every request the widget sends to the Credgenics sandbox, recorded (its idempotency key and the
// loan_id of its path); the n-th (from 0) goes to faults[n] when there is one, else on to the sandbox.
async function interceptCredgenics(page, faults = []) {
  const sent = [];
  await page.route('**/sandbox/credgenics/**', (route) => {
    const request = route.request();
    sent.push({ key: request.headers()['idempotency-key'], loanId: new URL(request.url()).pathname.split('/').at(-1) });
    const fault = faults[sent.length - 1];
    return fault ? fault(route) : route.continue();
  });
  return sent;
}

// Faults: the request arrives (the sandbox makes the loan) and `then` replaces its answer; an
// answer in place of the sandbox's; no answer at all.
const arrivesThen = (then) => async (route) => {
  await route.fetch();
  return then(route);
};
const answers = (status, body, contentType = 'application/json') => (route) => route.fulfill({ status, body, contentType });
const neverAnswers = () => new Promise(() => {});

const statusOf = (page) => page.locator('#submission-status');
const sendButton = (page) => page.getByRole('button', { name: 'Submit application' });

// The draft outlives the failure: stored, in the form, and in the form after a reload. Returns
// the application's key.
async function assertDraftKept(page) {
  const draft = await savedDraft(page);
  assert.equal(draft?.applicant.national_id, SHRI_RAM.national_id, 'the draft is stored');
  assert.ok(draft.applicationKey, 'with the application\'s key');
  assert.equal(await page.locator('#applicant-national_id').inputValue(), SHRI_RAM.national_id);
  await page.reload();
  await page.locator('#applicant-national_id').waitFor();
  for (const [name, value] of Object.entries(SHRI_RAM)) assert.equal(await page.locator(`#applicant-${name}`).inputValue(), value, name);
  assert.equal((await savedDraft(page)).applicationKey, draft.applicationKey);
  return draft.applicationKey;
}

// Every attempt was one application: one idempotency key, one loan_id. Returns the loan_id.
function oneApplication(sent, applicationKey) {
  assert.ok(sent.length > 0, 'something was sent');
  assert.deepEqual([...new Set(sent.map((request) => request.key))], [`${applicationKey}-1`], 'one idempotency key');
  assert.equal(new Set(sent.map((request) => request.loanId)).size, 1, 'one loan_id');
  return sent[0].loanId;
}

// Sent again after the reload: accepted, and the draft is cleared.
async function sendAgainAccepted(page) {
  await page.locator('#apply input[name="consent"]').check();
  await sendButton(page).click();
  await statusOf(page).filter({ hasText: SAYS.accepted }).waitFor();
  assert.equal(await savedDraft(page), null);
}

test('api: every attempt times out, the first after it arrived: the draft is kept; sent again it is that loan, not a second', async () => {
  const page = await openMarket(browser, 'en-IN');
  const sent = await interceptCredgenics(page, [arrivesThen(neverAnswers), neverAnswers, neverAnswers, neverAnswers]);
  await fillIn(page, SHRI_RAM);
  // The 10-second timeouts and the backoff run on a fake clock, moved on a second at a time.
  await page.clock.install();
  await sendButton(page).click();
  for (let second = 0; second < 60 && (await statusOf(page).textContent()) !== SAYS.timeout; second += 1) await page.clock.runFor(1000);
  assert.equal(await statusOf(page).textContent(), SAYS.timeout);
  assert.equal(sent.length, 4, 'four attempts');
  await page.clock.resume();

  const key = await assertDraftKept(page);
  const loanId = oneApplication(sent, key);
  assert.ok(await credgenicsLoan(browser.url, loanId), 'the first attempt made the loan');
  await sendAgainAccepted(page);
  assert.equal(sent.length, 5);
  oneApplication(sent, key);
  await page.context().close();
});

test('api: a 503 on every attempt: one key, nothing made, the draft is kept; a double click sends once', async () => {
  const page = await openMarket(browser, 'en-IN');
  const unavailable = answers(503, '<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>', 'text/html');
  const sent = await interceptCredgenics(page, [unavailable, unavailable, unavailable, unavailable]);
  await fillIn(page, SHRI_RAM);
  await sendButton(page).dblclick();
  await statusOf(page).filter({ hasText: SAYS.server }).waitFor({ timeout: RETRIES_SPENT_MS });
  assert.equal(await statusOf(page).textContent(), SAYS.server);
  assert.equal(await statusOf(page).getAttribute('class'), 'error');
  assert.equal(sent.length, 4, 'the four attempts of one submission');

  const key = await assertDraftKept(page);
  const loanId = oneApplication(sent, key);
  assert.equal(await credgenicsLoan(browser.url, loanId), undefined, 'no loan was made');
  await sendAgainAccepted(page);
  oneApplication(sent, key);
  assert.equal((await credgenicsLoan(browser.url, loanId)).applicant_name, SHRI_RAM.full_name);
  await page.context().close();
});

test('api: a 502 after the loan was made is retried with the same key, which the sandbox answers as that loan', async () => {
  const page = await openMarket(browser, 'en-IN');
  const sent = await interceptCredgenics(page, [arrivesThen(answers(502, '{"message": "Bad Gateway"}'))]);
  await fillIn(page, SHRI_RAM);
  await sendButton(page).click();
  await statusOf(page).filter({ hasText: SAYS.accepted }).waitFor({ timeout: RETRIES_SPENT_MS });
  assert.equal(sent.length, 2);
  assert.equal(sent[1].key, sent[0].key);
  assert.equal(sent[1].loanId, sent[0].loanId);
  assert.ok(await credgenicsLoan(browser.url, sent[0].loanId));
  assert.equal(await savedDraft(page), null);
  await page.context().close();
});

for (const { what, fault, arrived } of [
  { what: 'a 201 whose JSON is cut short, after the loan was made,', fault: arrivesThen(answers(201, '{"output": "Loan added succ')), arrived: true },
  { what: 'a 200 that is a proxy\'s HTML page', fault: answers(200, '<!doctype html><title>Wi-Fi</title><p>Accept the terms to continue</p>', 'text/html'), arrived: false },
]) {
  test(`api: ${what} is not taken as accepted: not retried, the draft is kept; sent again it is one loan`, async () => {
    const page = await openMarket(browser, 'en-IN');
    const sent = await interceptCredgenics(page, [fault]);
    await fillIn(page, SHRI_RAM);
    await sendButton(page).click();
    await statusOf(page).filter({ hasText: SAYS.unreadable }).waitFor();
    assert.equal(await statusOf(page).textContent(), SAYS.unreadable);
    assert.equal(sent.length, 1, 'not retried');

    const key = await assertDraftKept(page);
    const loanId = oneApplication(sent, key);
    assert.equal(Boolean(await credgenicsLoan(browser.url, loanId)), arrived);
    await sendAgainAccepted(page);
    oneApplication(sent, key);
    await page.context().close();
  });
}

// The sandbox on a second origin that leaves out the Access-Control-* headers: from every answer,
// or (`preflight: true`) from every answer but the preflight's, so each POST is carried out and only
// its answer is hidden from the page. Records each request's method, path and idempotency key.
async function startCrossOriginSandbox({ preflight }) {
  const handle = createSandbox();
  const received = [];
  const server = createServer((request, response) => {
    received.push({ method: request.method, path: request.url, key: request.headers['idempotency-key'] });
    if (!(preflight && request.method === 'OPTIONS')) {
      const setHeader = response.setHeader.bind(response);
      response.setHeader = (name, value) => (name.toLowerCase().startsWith('access-control-') ? response : setHeader(name, value));
    }
    handle(request, response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}/`,
    received,
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

for (const preflight of [false, true]) {
  const how = preflight ? 'its preflight passing, so each POST is carried out' : 'its preflight refused, so nothing is sent';
  test(`api: a lender on another origin without CORS headers (${how}): the draft is kept, at most one loan`, async (t) => {
    const lender = await startCrossOriginSandbox({ preflight });
    t.after(() => lender.close());
    const page = await openMarket(browser, 'en-IN');
    const blocked = [];
    page.on('console', (message) => { if (message.text().includes('blocked by CORS policy')) blocked.push(message.text()); });
    await page.locator('loan-simulator').evaluate((element, url) => element.setAttribute('submit-url', url), `${lender.origin}sandbox/credgenics`);
    await fillIn(page, SHRI_RAM);
    await sendButton(page).click();
    await statusOf(page).filter({ hasText: SAYS.network }).waitFor({ timeout: RETRIES_SPENT_MS });
    assert.equal(await statusOf(page).textContent(), SAYS.network);
    assert.ok(blocked.length > 0, 'the browser reports a CORS failure');

    const key = await assertDraftKept(page);
    const posts = lender.received.filter((request) => request.method === 'POST');
    if (preflight) {
      assert.equal(posts.length, 4, 'each attempt carried out');
      assert.deepEqual([...new Set(posts.map((request) => `${request.path} ${request.key}`))], [`${posts[0].path} ${key}-1`], 'one path, one key');
      assert.ok(await credgenicsLoan(lender.origin, posts[0].path.split('/').at(-1)), 'one loan, made by the first attempt');
    } else {
      assert.deepEqual(posts, [], 'no POST left the browser');
      assert.ok(lender.received.length > 0 && lender.received.every((request) => request.method === 'OPTIONS'));
    }
    await page.context().close();
  });
}

test('api: the connection lost mid-submit, after the request arrived: the draft is kept; back online it is that loan', async () => {
  const page = await openMarket(browser, 'en-IN');
  const sent = await interceptCredgenics(page, [arrivesThen(async (route) => {
    await page.context().setOffline(true);
    return route.abort('internetdisconnected');
  })]);
  await fillIn(page, SHRI_RAM);
  await sendButton(page).click();
  await statusOf(page).filter({ hasText: SAYS.network }).waitFor({ timeout: RETRIES_SPENT_MS });
  assert.equal(await statusOf(page).textContent(), SAYS.network);
  assert.equal(await page.evaluate(() => navigator.onLine), false);

  await page.context().setOffline(false);
  const key = await assertDraftKept(page);
  const loanId = oneApplication(sent, key);
  assert.ok(await credgenicsLoan(browser.url, loanId), 'the lost attempt made the loan');
  await sendAgainAccepted(page);
  oneApplication(sent, key);
  await page.context().close();
});
