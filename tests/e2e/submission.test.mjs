// Submitting an application from the widget: fields checked before anything is sent, one submission
// at a time, the outcome announced, and the draft kept until a submission is confirmed. First with
// the host page sending (submit-mode "event"), then with the widget sending the core's payload to
// the seed APIs' sandbox (submit-mode "api", the simulator page's own setting).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openBrowser } from './browser.mjs';
import { SHRI_RAM, SITI, credgenicsLoan, fillIn, openMarket, sandboxControl, savedDraft } from './submission-support.mjs';

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

const APPLICANT = { 'Full name': 'Ana Souza', 'ID number': '12345678901', 'Mobile phone': '5511965984565', Email: 'ana@example.com' };

// The simulator page in submit-mode "event", its host answering `respond(detail)` to every
// submission.
async function openWithHost(respond) {
  const page = await browser.newPage();
  await page.exposeFunction('hostAnswer', respond);
  await page.addInitScript(() => {
    window.submissions = [];
    document.addEventListener('loan-simulator:submit', (event) => {
      window.submissions.push(event.detail);
      event.detail.respondWith(window.hostAnswer({ application: event.detail.application, key: event.detail.idempotencyKey }));
    });
    document.addEventListener('loan-simulator:submitted', (event) => { window.submitted = event.detail; });
  });
  await page.goto(browser.url);
  await page.locator('loan-simulator').evaluate((element) => { element.submitMode = 'event'; });
  await page.locator('#installment[data-amount]').waitFor();
  return page;
}

async function fillApplicant(page) {
  for (const [label, value] of Object.entries(APPLICANT)) await page.getByRole('textbox', { name: label, exact: true }).fill(value);
  await page.getByLabel('Date of birth').fill('1996-06-03');
  await page.getByLabel(/I agree/).check();
}

test('missing details are shown next to their fields and nothing is sent', async () => {
  const page = await openWithHost(() => ({ ok: true }));
  await page.getByRole('button', { name: 'Send application' }).click();
  await page.locator('#applicant-full_name-error').waitFor();
  assert.equal(await page.locator('#applicant-full_name-error').textContent(), 'Fill in this field.');
  assert.equal(await page.locator('#applicant-consent-error').textContent(), 'Your consent is needed to send the application.');
  assert.equal(await page.evaluate(() => window.submissions.length), 0);
  // Focus goes to the first field to fix.
  assert.equal(await page.evaluate(() => document.querySelector('loan-simulator').shadowRoot.activeElement?.id), 'applicant-full_name');
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill('not an email');
  await page.getByRole('button', { name: 'Send application' }).click();
  assert.equal(await page.locator('#applicant-email-error').textContent(), 'Check the format of this field.');
  await page.context().close();
});

test('a refusal is announced with the lender\'s own words, and a reload keeps loan and applicant', async () => {
  // KOCEK's 403 body (seed 000), as a host would pass it on.
  const page = await openWithHost(() => ({ ok: false, kind: 'forbidden', message: 'Layanan pengecekan rekomendasi pinjaman sedang tidak tersedia' }));
  await page.getByRole('textbox', { name: 'Loan amount', exact: true }).fill('15000');
  await fillApplicant(page);
  await page.getByRole('button', { name: 'Send application' }).click();
  const status = page.locator('#submission-status');
  await status.filter({ hasText: 'not available' }).waitFor();
  assert.equal(
    await status.textContent(),
    'The lender\'s service is not available right now. Your application is saved; try again later. Layanan pengecekan rekomendasi pinjaman sedang tidak tersedia',
  );
  const [first] = await page.evaluate(() => window.submissions.map((detail) => ({ key: detail.idempotencyKey, application: detail.application })));
  assert.equal(first.application.loan.amount, 15000);
  assert.equal(first.application.applicant.full_name, 'Ana Souza');

  await page.reload();
  await page.locator('loan-simulator').evaluate((element) => { element.submitMode = 'event'; });
  await page.getByRole('textbox', { name: 'Full name', exact: true }).waitFor();
  assert.equal(await page.getByRole('textbox', { name: 'Loan amount', exact: true }).inputValue(), '15,000');
  assert.equal(await page.getByRole('textbox', { name: 'Full name', exact: true }).inputValue(), 'Ana Souza');
  // The retry after the reload is the same application: the same idempotency key.
  await page.getByRole('button', { name: 'Send application' }).click();
  await page.waitForFunction(() => window.submissions.length === 1);
  const [retry] = await page.evaluate(() => window.submissions.map((detail) => detail.idempotencyKey));
  assert.equal(retry, first.key);
  await page.context().close();
});

test('an application edited after a failure is a new application: a new idempotency key', async () => {
  // A lender honouring the first key would answer the edited application with the first one.
  const page = await openWithHost(() => ({ ok: false, kind: 'network', message: '' }));
  await page.getByRole('textbox', { name: 'Loan amount', exact: true }).fill('15000');
  await fillApplicant(page);
  const send = page.getByRole('button', { name: 'Send application' });
  await send.click();
  await page.waitForFunction(() => window.submissions.length === 1);
  await page.locator('#submission-status').filter({ hasText: /\S/ }).waitFor();
  await send.click();  // the same application again: the same key
  await page.waitForFunction(() => window.submissions.length === 2);
  await page.getByRole('textbox', { name: 'Loan amount', exact: true }).fill('16000');
  await page.locator('#installment[data-amount]').waitFor();
  await send.click();
  await page.waitForFunction(() => window.submissions.length === 3);
  const sent = await page.evaluate(() => window.submissions.map((detail) => ({ key: detail.idempotencyKey, amount: detail.application.loan.amount })));
  assert.deepEqual(sent.map((s) => s.amount), [15000, 15000, 16000]);
  assert.equal(sent[1].key, sent[0].key);
  assert.notEqual(sent[2].key, sent[0].key);
  await page.context().close();
});

test('one submission at a time; once confirmed, the draft is cleared', async () => {
  let release;
  const answered = new Promise((resolve) => { release = resolve; });
  const page = await openWithHost(() => answered);
  await fillApplicant(page);
  const send = page.getByRole('button', { name: 'Send application' });
  await send.click();
  await page.getByRole('button', { name: 'Sending your application…' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Sending your application…' }).isDisabled(), true);
  await page.locator('#apply').evaluate((form) => form.requestSubmit());  // a second try while the first is in flight
  release({ ok: true, message: 'Berhasil mendapatkan rekomendasi kredit' });
  await page.locator('#submission-status').filter({ hasText: 'received' }).waitFor();
  assert.equal(await page.evaluate(() => window.submissions.length), 1);
  assert.equal(await page.evaluate(() => window.submitted.message), 'Berhasil mendapatkan rekomendasi kredit');
  assert.equal(await savedDraft(page), null);
  await page.context().close();
});

test('api: Credgenics Add Loan through the sandbox; once accepted the draft is cleared and the loan is there', async () => {
  const page = await openMarket(browser, 'en-IN');
  const sent = [];
  page.on('request', (request) => { if (request.url().includes('/sandbox/credgenics/')) sent.push(request); });
  await fillIn(page, SHRI_RAM);
  await page.getByRole('button', { name: 'Submit application' }).click();
  await page.locator('#submission-status').filter({ hasText: 'received' }).waitFor();
  assert.equal(await page.locator('#submission-status').textContent(), 'Your application was received. Loan added successfully');
  assert.equal(await savedDraft(page), null);
  const [request] = sent;
  assert.equal(request.headers().authenticationtoken, 'sandbox-simulator-page');
  const body = request.postDataJSON();
  // The EMI the core put in the body is the installment the page shows.
  assert.equal(body.emi_amount, Math.round(Number(await page.locator('#installment').getAttribute('data-amount'))));
  assert.equal((await credgenicsLoan(browser.url, body.loan_id)).applicant_name, 'Shri Ram');
  await page.context().close();
});

test('api: KOCEK switched off answers 403 with its message; the draft survives a reload; the retry is the same application', async () => {
  await sandboxControl(browser, { kocek: { available: false } });
  const page = await openMarket(browser, 'id-ID');
  const keys = [];
  page.on('request', (request) => { if (request.url().includes('/sandbox/kocek/')) keys.push(request.headers()['idempotency-key']); });
  await fillIn(page, SITI);
  await page.getByRole('button', { name: 'Kirim pengajuan' }).click();
  await page.locator('#submission-status').filter({ hasText: 'tidak tersedia' }).waitFor();
  // Seed 000's 403 body, shown after the translated explanation.
  assert.equal(
    await page.locator('#submission-status').textContent(),
    'Layanan pemberi pinjaman sedang tidak tersedia. Pengajuan Anda tersimpan; coba lagi nanti. Layanan pengecekan rekomendasi pinjaman sedang tidak tersedia',
  );
  assert.equal(await page.locator('#submission-status').getAttribute('class'), 'error');

  await page.reload();
  await page.locator('#applicant-national_id').waitFor();
  assert.equal(await page.locator('#applicant-national_id').inputValue(), SITI.national_id);
  assert.equal(await page.locator('#applicant-monthly_income').inputValue(), SITI.monthly_income);
  await sandboxControl(browser, { kocek: { available: true } });
  await page.locator('#apply input[name="consent"]').check();
  await page.getByRole('button', { name: 'Kirim pengajuan' }).click();
  await page.locator('#submission-status').filter({ hasText: 'diterima' }).waitFor();
  assert.equal(keys.length, 2);
  assert.equal(keys[1], keys[0], 'one application, one idempotency key');
  await page.context().close();
});

test('api: a network failure is retried with the same key and the application goes through', async () => {
  const page = await openMarket(browser, 'en-IN');
  const attempts = [];
  await page.route('**/sandbox/credgenics/**', (route) => {
    attempts.push(route.request().headers()['idempotency-key']);
    return attempts.length === 1 ? route.abort('connectionreset') : route.continue();
  });
  await fillIn(page, { ...SHRI_RAM, national_id: '235498671294' });
  await page.getByRole('button', { name: 'Submit application' }).click();
  await page.locator('#submission-status').filter({ hasText: 'received' }).waitFor();
  assert.equal(attempts.length, 2);
  assert.equal(attempts[1], attempts[0]);
  await page.context().close();
});

test('api: Dompet Kilat refuses a second registration of one NIK with its Error 1062, said plainly', async () => {
  const page = await openMarket(browser, 'id-ID');
  await page.locator('loan-simulator').evaluate((element) => element.setAttribute('submit-format', 'dompetkilat'));
  const applicant = { ...SITI, national_id: '3171234567890002', phone: '6281234567891', email: 'siti2@example.com', gender: 'P' };
  delete applicant.monthly_expenses;
  await fillIn(page, applicant);
  await page.getByRole('button', { name: 'Kirim pengajuan' }).click();
  await page.locator('#submission-status').filter({ hasText: 'diterima' }).waitFor();

  await fillIn(page, applicant);
  await page.getByRole('button', { name: 'Kirim pengajuan' }).click();
  await page.locator('#submission-status').filter({ hasText: 'sudah terdaftar' }).waitFor();
  assert.equal(
    await page.locator('#submission-status').textContent(),
    "Anda sudah terdaftar di pemberi pinjaman. Error 1062: Duplicate entry '3171234567890002' for key 'id_number'",
  );
  await page.context().close();
});

test('api: a refused token is an expired session; a field the core refuses is flagged next to it', async () => {
  const page = await openMarket(browser, 'id-ID');
  await page.locator('loan-simulator').evaluate((element) => { element.getToken = async () => 'expired-token'; });
  await fillIn(page, { ...SITI, national_id: '362638287638783' });  // seed 001's own 15-digit NIK
  await page.getByRole('button', { name: 'Kirim pengajuan' }).click();
  await page.locator('#applicant-national_id-error').waitFor();
  assert.match(await page.locator('#applicant-national_id-error').textContent(), /is not an NIK \(16 digits\)/);
  assert.equal(await page.locator('#applicant-national_id').getAttribute('aria-invalid'), 'true');

  await page.locator('#applicant-national_id').fill(SITI.national_id);
  await page.getByRole('button', { name: 'Kirim pengajuan' }).click();
  await page.locator('#submission-status').filter({ hasText: 'Sesi Anda berakhir' }).waitFor();
  assert.ok(await savedDraft(page), 'the draft is kept');
  await page.context().close();
});
