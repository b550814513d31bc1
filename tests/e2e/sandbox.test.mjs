// The seed APIs' sandbox (web/sandbox/) through the widget's own submission client
// (web/src/widget/submission.js, targets.js), in Node: each document's example request is
// accepted with the document's success body, and the documented refusals come back as such.
// Fixtures are the documents' example requests, extracted verbatim from /work/shared/seeds/
// (creditas-offers.json: the scraped page hid the example email, replaced by cliente@example.com),
// sent to the paths the documents give.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { startServer } from '../../web/scripts/serve.mjs';
import { postWithRetries } from '../../web/src/widget/submission.js';
import { outcome, TARGETS } from '../../web/src/widget/targets.js';

const fixture = (name) => JSON.parse(readFileSync(new URL(`fixtures/${name}.json`, import.meta.url), 'utf8'));
const TOKEN = 'sandbox-test-token';

let server;
let base;
before(async () => {
  ({ server, url: base } = await startServer());
});
after(() => new Promise((resolve) => server.close(resolve)));

let applications = 0;
const DOCUMENTED_PATH = {
  kocek: () => '/kocek/cde/credit-recommendation',
  dompetkilat: () => '/v1/loan/register',
  creditas: () => '/offers',
  creditpolicy: () => '/api/CoreCredit/AccountManagement/GetCreditPolicyDecisionDetails',
  credgenics: (body) => `/recovery/loan/${body.loan_id}`,
};

async function submit(format, body, { token = TOKEN, headers = {}, path = DOCUMENTED_PATH[format](body), key } = {}) {
  applications += 1;
  const answer = await postWithRetries({
    url: `${base}sandbox/${format}${path}`,
    headers: { ...TARGETS[format].headers(token), ...headers },
    body,
    idempotencyKey: key ?? `test-${applications}`,
    attempts: 1,
  });
  return { answer, result: outcome(format, answer) };
}

test('KOCEK: the documented request gets the documented success; switched off, the documented 403', async () => {
  const request = fixture('kocek-credit-recommendation');
  const { answer, result } = await submit('kocek', request);
  assert.equal(answer.status, 200);
  assert.equal(result.ok, true);
  assert.equal(answer.body.message, 'Berhasil mendapatkan rekomendasi kredit');
  assert.match(answer.body.data.id, /^[0-9a-f-]{36}$/);

  await fetch(`${base}sandbox/_control`, { method: 'POST', body: JSON.stringify({ kocek: { available: false } }) });
  const off = await submit('kocek', request);
  assert.deepEqual([off.answer.status, off.result.kind], [403, 'forbidden']);
  // Seed 000, "403 - Layanan tidak aktif".
  assert.deepEqual(off.answer.body, {
    error: 'Layanan pengecekan rekomendasi pinjaman sedang tidak tersedia',
    message: 'Layanan pengecekan rekomendasi pinjaman sedang tidak tersedia',
    status: 'fail',
  });
  await fetch(`${base}sandbox/_control`, { method: 'POST', body: JSON.stringify({ kocek: { available: true } }) });

  const anonymous = await submit('kocek', request, { token: null });
  assert.deepEqual([anonymous.answer.status, anonymous.result.kind], [401, 'unauthorized']);
  const invalid = await submit('kocek', { ...request, income: [{ key: 'penghasilan_1', value: 'lots' }] });
  assert.deepEqual([invalid.answer.status, invalid.result.kind], [400, 'invalid']);
  assert.match(invalid.result.message, /income \[0\] value must be an amount or a range/);
});

test('Dompet Kilat: register, read back, then the documented Error 1062 for the same NIK; a loan needs its borrower', async () => {
  const borrower = fixture('dompetkilat-borrower-register');
  const registered = await submit('dompetkilat', borrower, { path: '/v1/borrower/register' });
  assert.equal(registered.answer.body.status, '00');
  assert.equal(registered.answer.body.data.birthDate, '1999-09-30T00:00:00Z');  // seed 001's success body
  const read = await (await fetch(`${base}sandbox/dompetkilat/v1/borrower/${borrower.idNumber}`)).json();
  assert.equal(read.data.fullName, 'John');

  const again = await submit('dompetkilat', borrower, { path: '/v1/borrower/register' });
  assert.equal(again.result.kind, 'duplicate');
  // Seed 001, "Response Jika Gagal (Sudah Terdaftar)".
  assert.deepEqual(again.answer.body, { data: {}, status: '02', message: "Error 1062: Duplicate entry '362638287638783' for key 'id_number'" });

  const loan = fixture('dompetkilat-loan-register');
  const accepted = await submit('dompetkilat', loan);
  assert.equal(accepted.result.ok, true);
  assert.deepEqual([accepted.answer.body.data.tenor, accepted.answer.body.data.tenorUnit, accepted.answer.body.data.amount], [2, 'MONTH', 1000000]);
  const stranger = await submit('dompetkilat', { ...loan, idNumber: '362638287638712' });
  assert.deepEqual(stranger.answer.body, { data: {}, status: '001', message: 'borrower with idNumber 362638287638712, is not found' });

  const badPhone = await submit('dompetkilat', { ...borrower, phoneNumber: '08123123123' }, { path: '/v1/borrower/register' });
  assert.deepEqual([badPhone.answer.status, badPhone.result.message], [400, 'phoneNumber must be digits starting with 62']);
});

test('Creditas: the documented simulation is registered; the v1 media type and a token are required', async () => {
  const request = fixture('creditas-offers');
  const { answer, result } = await submit('creditas', request);
  assert.equal(result.ok, true);
  assert.match(answer.body.id, /^OFR-[0-9A-F-]{36}$/);
  assert.equal(answer.body.approvedStatus, 'ANALYSIS_CREATED');
  const wrongMedia = await submit('creditas', request, { headers: { accept: 'application/json' } });
  assert.equal(wrongMedia.answer.status, 406);
  const badCpf = await submit('creditas', { ...request, borrower: { ...request.borrower, cpf: '123' } });
  assert.deepEqual([badCpf.result.kind, badCpf.result.message], ['invalid', 'borrower cpf must be 11 digits']);
});

test('credit policy: the documented request gets the documented response shape; mandatory fields are checked', async () => {
  const request = fixture('creditpolicy-decision-details');
  const { answer, result } = await submit('creditpolicy', request);
  assert.equal(result.ok, true);
  assert.deepEqual(Object.keys(answer.body), ['Message', 'Status', 'ErrorCode', 'ResponseData']);
  const { ApplicationID, ...missing } = request;
  const refused = await submit('creditpolicy', missing);
  assert.deepEqual([refused.answer.status, refused.result.message], [400, 'ApplicationID is required']);
});

test('Credgenics: Add Loan answers 201 with the documented body; 401 without token and role', async () => {
  const request = fixture('credgenics-add-loan');
  const { answer, result } = await submit('credgenics', request, { headers: { role: 'admin' } });
  assert.equal(answer.status, 201);
  assert.equal(result.ok, true);
  assert.deepEqual(answer.body, { output: 'Loan added successfully', message: 'success', headers: { 'Content-Type': 'application/json' } });
  const noRole = await submit('credgenics', { ...request, loan_id: '283922' });
  assert.deepEqual([noRole.answer.status, noRole.result.kind], [401, 'unauthorized']);
});

test('an application sent twice with one idempotency key is executed once', async () => {
  const borrower = { ...fixture('dompetkilat-borrower-register'), idNumber: '3171234567890001', phoneNumber: '6281111111111', email: 'once@example.com' };
  const first = await submit('dompetkilat', borrower, { path: '/v1/borrower/register', key: 'same-application' });
  const second = await submit('dompetkilat', borrower, { path: '/v1/borrower/register', key: 'same-application' });
  assert.equal(first.result.ok, true);
  assert.equal(second.result.ok, true, 'the replay, not Error 1062');
  assert.deepEqual(second.answer.body, first.answer.body);
});

test('network errors and 5xx are retried with backoff, with the same idempotency key; a 4xx is not', async () => {
  // A server that fails twice with 503, then accepts: the third attempt succeeds.
  const seen = [];
  const flaky = createServer((request, response) => {
    seen.push(request.headers['idempotency-key']);
    response.writeHead(seen.length < 3 ? 503 : 200, { 'content-type': 'application/json' }).end('{"status":"success"}');
  });
  await new Promise((resolve) => flaky.listen(0, '127.0.0.1', resolve));
  const recovered = await postWithRetries({ url: `http://127.0.0.1:${flaky.address().port}/`, body: {}, idempotencyKey: 'k-503', attempts: 4, backoffMs: 10 });
  await new Promise((resolve) => flaky.close(resolve));
  assert.deepEqual([recovered.status, recovered.attempts, seen], [200, 3, ['k-503', 'k-503', 'k-503']]);

  const refused = await postWithRetries({ url: 'http://127.0.0.1:9/nothing-listens-here', body: {}, idempotencyKey: 'k', attempts: 3, backoffMs: 10 });
  assert.deepEqual([refused.failure, refused.attempts], ['network', 3]);
  const missing = await postWithRetries({ url: `${base}sandbox/kocek/nope`, body: {}, idempotencyKey: 'k', attempts: 3, backoffMs: 10 });
  assert.deepEqual([missing.status, missing.attempts], [404, 1]);
});
