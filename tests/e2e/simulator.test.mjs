// The simulator page in headless Chromium: every figure shown is the core's, as the JS package
// computes it in Node from the same request.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createLoansim } from '../../web/lib/loansim.js';
import { openBrowser } from './browser.mjs';

const loansim = await createLoansim();
let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

async function openSimulator() {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(browser.url);
  await page.locator('#installment[data-amount]').waitFor();
  return { page, errors };
}

test('the installment follows typing and equals the core figure for the same request', async () => {
  const { page, errors } = await openSimulator();
  // The en-US default product (web/src/products/en-US.json): 10,000 at 12 % over 12 months.
  const first = loansim.payment({ principal: 10000, currency: 'USD', annual_rate_pct: 12, term: 12 });
  assert.equal(await page.locator('#installment').getAttribute('data-amount'), String(first.payment));
  assert.equal(await page.locator('#installment').textContent(), '$888.49');

  await page.getByRole('textbox', { name: 'Loan amount', exact: true }).fill('100000');
  await page.getByRole('textbox', { name: 'Term', exact: true }).fill('360');
  await page.getByRole('textbox', { name: 'Interest rate', exact: true }).fill('6');
  const typed = loansim.payment({ principal: 100000, currency: 'USD', annual_rate_pct: 6, term: 360 });
  await page.locator(`#installment[data-amount="${typed.payment}"]`).waitFor();

  await page.getByRole('combobox', { name: 'Repayment method' }).selectOption('annuity_due');
  const due = loansim.payment({ principal: 100000, currency: 'USD', annual_rate_pct: 6, term: 360, when: 'begin' });
  await page.locator(`#installment[data-amount="${due.payment}"]`).waitFor();
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('the slider and the typed amount are one input', async () => {
  const { page } = await openSimulator();
  await page.getByRole('slider', { name: 'Loan amount, slider' }).fill('25000');
  assert.equal(await page.getByRole('textbox', { name: 'Loan amount', exact: true }).inputValue(), '25,000');
  const expected = loansim.payment({ principal: 25000, currency: 'USD', annual_rate_pct: 12, term: 12 });
  await page.locator(`#installment[data-amount="${expected.payment}"]`).waitFor();
  await page.context().close();
});

test('bad input shows the core error next to its field and keeps what was typed', async () => {
  const { page } = await openSimulator();
  const term = page.getByRole('textbox', { name: 'Term', exact: true });
  await term.fill('601');
  const message = page.locator('#term-error');
  await message.waitFor();
  // The core's bound for term (docs/api.md, payment: integer, 1 to 600).
  assert.match(await message.textContent(), /out of range.*must be between 1 and 600/s);
  assert.equal(await term.getAttribute('aria-invalid'), 'true');
  assert.equal(await term.inputValue(), '601');
  assert.equal(await page.locator('#installment').textContent(), '—');
  await page.context().close();
});

test('switching the market changes language, currency and number format at run time', async () => {
  const { page } = await openSimulator();
  await page.getByRole('combobox', { name: 'Language and market' }).selectOption('id-ID');
  await page.getByRole('textbox', { name: 'Plafon', exact: true }).waitFor();
  // id-ID default product (web/src/products/id-ID.json): 10,000,000 IDR at 12 % over 12 months.
  const expected = loansim.payment({ principal: 10000000, currency: 'IDR', annual_rate_pct: 12, term: 12 });
  await page.locator(`#installment[data-amount="${expected.payment}"]`).waitFor();
  assert.equal(
    await page.locator('#installment').textContent(),
    new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 }).format(expected.payment),
  );
  assert.equal(await page.getByRole('textbox', { name: 'Plafon', exact: true }).inputValue(), '10.000.000');
  await page.getByText('Angsuran per bulan').waitFor();

  // Typed the id-ID way: "." groups thousands.
  await page.getByRole('textbox', { name: 'Plafon', exact: true }).fill('25.000.000');
  const typed = loansim.payment({ principal: 25000000, currency: 'IDR', annual_rate_pct: 12, term: 12 });
  await page.locator(`#installment[data-amount="${typed.payment}"]`).waitFor();
  await page.context().close();
});

test('a reload keeps what was typed (the draft in localStorage)', async () => {
  const { page } = await openSimulator();
  await page.getByRole('textbox', { name: 'Loan amount', exact: true }).fill('42000');
  await page.getByRole('textbox', { name: 'Term', exact: true }).fill('48');
  const expected = loansim.payment({ principal: 42000, currency: 'USD', annual_rate_pct: 12, term: 48 });
  await page.locator(`#installment[data-amount="${expected.payment}"]`).waitFor();
  await page.reload();
  await page.locator(`#installment[data-amount="${expected.payment}"]`).waitFor();
  assert.equal(await page.getByRole('textbox', { name: 'Loan amount', exact: true }).inputValue(), '42,000');  // regrouped when the field lost focus
  assert.equal(await page.getByRole('textbox', { name: 'Term', exact: true }).inputValue(), '48');
  await page.context().close();
});
