// Submitting an application from the widget: fields checked before anything is sent, one submission
// at a time, the outcome announced, and the draft kept until a submission is confirmed.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openBrowser } from './browser.mjs';

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

const APPLICANT = { 'Full name': 'Ana Souza', 'ID number': '12345678901', 'Mobile phone': '5511965984565', Email: 'ana@example.com' };

// The simulator page with the application panel, its host answering `respond(detail)` to every
// submission (submit-mode "event": the host page sends the application itself).
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
  await page.locator('loan-simulator').evaluate((element) => { element.panels = `${element.panels},submit`; });
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
  assert.equal(first.application.loan.principal, 15000);
  assert.equal(first.application.applicant.full_name, 'Ana Souza');

  await page.reload();
  await page.locator('loan-simulator').evaluate((element) => { element.panels = `${element.panels},submit`; });
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
  assert.equal(await page.evaluate(() => localStorage.getItem('loan-simulator:draft:simulator')), null);
  await page.context().close();
});
