// The simulator page in headless Chromium: every figure shown is the core's, as the JS package
// computes it in Node from the same request.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createLoansim } from '../../web/lib/loansim.js';
import { openBrowser } from './browser.mjs';

const loansim = await createLoansim();
let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

const START = '2025-01-15';
// The en-US default product (web/src/products/en-US.json): 10,000 USD at 12 % over 12 months.
const DEFAULT_LOAN = { principal: 10000, currency: 'USD', annual_rate_pct: 12, method: 'annuity', term: 12, term_unit: 'month', start_date: START };

async function openSimulator() {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(browser.url);
  await page.locator('#installment[data-amount]').waitFor();
  await page.getByLabel('Start date').fill(START);
  return { page, errors };
}

const textbox = (page, name) => page.getByRole('textbox', { name, exact: true });
const amountOf = async (locator) => Number(await locator.getAttribute('data-amount'));

test('the installment follows typing and equals the core figure for the same request', async () => {
  const { page, errors } = await openSimulator();
  const first = loansim.schedule(DEFAULT_LOAN);
  assert.equal(await amountOf(page.locator('#installment')), first.installments[0].payment);
  assert.equal(await page.locator('#installment').textContent(), '$888.49');

  await textbox(page, 'Loan amount').fill('100000');
  await textbox(page, 'Term').fill('360');
  await textbox(page, 'Interest rate').fill('6');
  const typed = loansim.schedule({ ...DEFAULT_LOAN, principal: 100000, term: 360, annual_rate_pct: 6 });
  await page.locator(`#installment[data-amount="${typed.installments[0].payment}"]`).waitFor();
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('every method and term unit shows the core schedule: installment, totals, all rows with due dates', async () => {
  const { page } = await openSimulator();
  await textbox(page, 'Term').fill('360');
  for (const [method, unit] of [['equal_principal', 'month'], ['flat', 'week'], ['annuity_due', 'fortnight'], ['interest_only', 'month'], ['bullet', 'day']]) {
    const term = unit === 'day' ? '90' : '360';
    await page.getByRole('combobox', { name: 'Repayment method' }).selectOption(method);
    await page.getByRole('combobox', { name: 'Term unit' }).selectOption(unit);
    await textbox(page, 'Term').fill(term);
    const expected = loansim.schedule({ ...DEFAULT_LOAN, method, term_unit: unit, term: Number(term) });
    await page.locator(`#total-payable[data-amount="${expected.totals.payment}"]`).waitFor();
    assert.equal(await amountOf(page.locator('#installment')), expected.installments[0].payment, method);
    assert.equal(await amountOf(page.locator('#total-interest')), expected.totals.interest, method);
    const rows = page.locator('#schedule tbody tr');
    assert.equal(await rows.count(), expected.installments.length, method);
    const last = expected.installments.at(-1);
    const lastDue = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${last.due_date}T00:00:00Z`));
    assert.equal(await rows.last().locator('td').first().textContent(), lastDue, method);
  }
  await page.context().close();
});

test('the comparison shows annuity, equal principal and flat side by side, each the core figure', async () => {
  const { page } = await openSimulator();
  await textbox(page, 'Term').fill('36');
  for (const method of ['annuity', 'equal_principal', 'flat']) {
    const expected = loansim.schedule({ ...DEFAULT_LOAN, method, term: 36 });
    const cell = page.locator(`#comparison td[data-method="${method}"][data-figure="total_interest"]`);
    await page.locator(`#comparison td[data-method="${method}"][data-figure="total_interest"][data-amount="${expected.totals.interest}"]`).waitFor();
    assert.ok(await cell.isVisible());
  }
  await page.context().close();
});

// The customer's cash flows of a core schedule, as the `apr` command takes them (docs/api.md).
const flows = (request, schedule, extra = []) => ({
  currency: request.currency,
  unit_period: request.term_unit,
  advances: [{ date: request.start_date, amount: schedule.disbursed }],
  payments: [...extra, ...schedule.installments.map((row) => ({ date: row.due_date, amount: row.payment }))],
});

test('each market shows its cost figure, the core\'s: APR (US, India), CET with IOF (Brazil), effective rate (Indonesia)', async () => {
  const { page } = await openSimulator();
  await textbox(page, 'Fees').fill('300');
  const usLoan = { ...DEFAULT_LOAN, upfront_fees: [{ amount: 300, financed: false }] };
  const us = loansim.apr({ standard: 'us_reg_z', ...flows(usLoan, loansim.schedule(usLoan)) });
  await page.locator(`#cost[data-rate="${us.disclosed_apr_pct}"]`).waitFor();
  assert.equal(await page.locator('#cost-label').textContent(), 'APR');
  assert.equal(await page.locator('#cost').textContent(), `${us.disclosed_apr_pct.toFixed(2)}%`);

  // pt-BR default product (web/src/products/pt-BR.json): 50,000 BRL at 24 % over 60 months, IOF upfront.
  await page.getByRole('combobox', { name: 'Language and market' }).selectOption('pt-BR');
  await page.getByLabel('Data de início').fill(START);
  const brLoan = { ...DEFAULT_LOAN, principal: 50000, currency: 'BRL', annual_rate_pct: 24, term: 60 };
  const brSchedule = loansim.schedule(brLoan);
  const { iof } = loansim.iof({
    borrower: 'individual', currency: 'BRL', amount: brSchedule.amount_financed, disbursement_date: START,
    amortizations: brSchedule.installments.map((row) => ({ date: row.due_date, amount: row.principal })),
  });
  const cet = loansim.apr({ standard: 'br_cet', ...flows(brLoan, brSchedule, [{ date: START, amount: iof }]) });
  await page.locator(`#cost[data-rate="${cet.disclosed_apr_pct}"]`).waitFor();
  assert.equal(await page.locator('#cost-label').textContent(), 'CET');
  assert.equal(await amountOf(page.locator('#iof')), iof);

  // id-ID: the flat method's effective annual rate, next to the annuity's in the comparison.
  await page.getByRole('combobox', { name: 'Idioma e mercado' }).selectOption('id-ID');
  await page.getByLabel('Tanggal mulai').fill(START);
  const idLoan = { ...DEFAULT_LOAN, principal: 10000000, currency: 'IDR', method: 'flat' };
  const eir = loansim.apr({ standard: 'irr', ...flows(idLoan, loansim.schedule(idLoan)) });
  await page.locator(`#comparison td[data-method="flat"][data-figure="cost"][data-rate="${eir.effective_annual_rate_pct}"]`).waitFor();

  // en-IN default product (web/src/products/en-IN.json): 500,000 INR at 10.5 % over 36 months, the
  // RBI Key Facts Statement APR.
  await page.getByRole('combobox', { name: 'Bahasa dan pasar' }).selectOption('en-IN');
  await page.getByLabel('Start date').fill(START);
  const inLoan = { ...DEFAULT_LOAN, principal: 500000, currency: 'INR', annual_rate_pct: 10.5, term: 36 };
  const rbi = loansim.apr({ standard: 'in_rbi', ...flows(inLoan, loansim.schedule(inLoan)) });
  await page.locator(`#cost[data-rate="${rbi.disclosed_apr_pct}"]`).waitFor();
  assert.equal(await page.locator('#cost-label').textContent(), 'APR');
  await page.context().close();
});

test('a financed upfront fee reaches the core and its figures show', async () => {
  const { page } = await openSimulator();
  await textbox(page, 'Fees').fill('250');
  await page.getByLabel('Add the fee to the loan').check();
  const expected = loansim.schedule({ ...DEFAULT_LOAN, upfront_fees: [{ amount: 250, financed: true }] });
  await page.locator(`#installment[data-amount="${expected.installments[0].payment}"]`).waitFor();
  assert.equal(await amountOf(page.locator('#upfront-fees')), expected.upfront_fees);
  assert.equal(await amountOf(page.locator('#disbursed')), expected.disbursed);
  await page.context().close();
});

test('the CSV download holds every row of the core schedule', async () => {
  const { page } = await openSimulator();
  await textbox(page, 'Term').fill('360');
  const expected = loansim.schedule({ ...DEFAULT_LOAN, term: 360 });
  await page.locator('#schedule tbody tr').nth(359).waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  assert.equal(download.suggestedFilename(), 'repayment-schedule.csv');
  const lines = (await readFile(await download.path(), 'utf8')).trimEnd().split('\r\n');
  assert.equal(lines[0], 'No.,Due date,Payment,Principal,Interest,Fees,Balance');
  assert.deepEqual(
    lines.slice(1),
    expected.installments.map((row) => [row.number, row.due_date, row.payment, row.principal, row.interest, row.fees, row.balance].join(',')),
  );
  await page.context().close();
});

test('printed, the schedule shows every row, without the controls', async () => {
  const { page } = await openSimulator();
  await textbox(page, 'Term').fill('360');
  await page.locator('#schedule tbody tr').nth(359).waitFor();
  await page.emulateMedia({ media: 'print' });
  const printed = await page.locator('loan-simulator').evaluate((element) => {
    const root = element.shadowRoot;
    const rows = [...root.querySelectorAll('#schedule tbody tr')];
    return {
      scrollBox: getComputedStyle(root.querySelector('#schedule').parentElement).maxHeight,
      rowsLaidOut: rows.filter((row) => row.getBoundingClientRect().height > 0).length,
      buttonsShown: [...root.querySelectorAll('button')].filter((button) => getComputedStyle(button).display !== 'none').length,
      sliderShown: getComputedStyle(root.querySelector('input[type="range"]')).display !== 'none',
    };
  });
  assert.deepEqual(printed, { scrollBox: 'none', rowsLaidOut: 360, buttonsShown: 0, sliderShown: false });
  await page.screenshot({ path: fileURLToPath(new URL('../../test-results/simulator-print.png', import.meta.url)), fullPage: true });
  await page.context().close();
});

test('the slider and the typed amount are one input', async () => {
  const { page } = await openSimulator();
  await page.getByRole('slider', { name: 'Loan amount, slider' }).fill('25000');
  assert.equal(await textbox(page, 'Loan amount').inputValue(), '25,000');
  const expected = loansim.schedule({ ...DEFAULT_LOAN, principal: 25000 });
  await page.locator(`#installment[data-amount="${expected.installments[0].payment}"]`).waitFor();
  await page.context().close();
});

test('bad input shows the core error next to its field and keeps what was typed', async () => {
  const { page } = await openSimulator();
  const term = textbox(page, 'Term');
  await term.fill('601');
  const message = page.locator('#term-error');
  await message.waitFor();
  // The core's own bound for a monthly term (its error message quotes it).
  const { detail } = (() => { try { loansim.schedule({ ...DEFAULT_LOAN, term: 601 }); } catch (error) { return error; } })();
  assert.equal(await message.textContent(), `This value is out of range. (${detail})`);
  assert.equal(await term.getAttribute('aria-invalid'), 'true');
  assert.equal(await term.inputValue(), '601');
  assert.equal(await page.locator('#installment').textContent(), '—');
  await page.context().close();
});

test('the chart\'s legend shows the installment under the cursor, and the first one away from it', async () => {
  const { page } = await openSimulator();
  const { installments } = loansim.schedule(DEFAULT_LOAN);
  const [first, last] = [installments[0], installments.at(-1)];
  const usd = (amount) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(amount);
  const values = page.locator('.u-legend .u-value');
  const shown = () => values.allTextContents();
  const legendOf = (row) => [String(row.number), usd(row.principal), usd(row.interest), usd(row.balance)];
  const firstShown = legendOf(first);
  await page.locator('.u-legend .u-value', { hasText: usd(first.principal) }).waitFor();
  assert.deepEqual(await shown(), firstShown);
  const box = await page.locator('.chart .u-over').boundingBox();
  await page.mouse.move(box.x + box.width - 1, box.y + box.height / 2);
  await page.locator('.u-legend .u-value', { hasText: usd(last.principal) }).waitFor();
  assert.deepEqual(await shown(), legendOf(last));
  await page.mouse.move(0, 0);
  await page.locator('.u-legend .u-value', { hasText: usd(first.principal) }).waitFor();
  assert.deepEqual(await shown(), firstShown);
  await page.context().close();
});

test('switching the market changes language, currency and number format at run time', async () => {
  const { page } = await openSimulator();
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Loan simulator');
  assert.deepEqual(await page.evaluate(() => [document.title, document.documentElement.lang]), ['Loan simulator — loansim', 'en-US']);
  await page.getByRole('combobox', { name: 'Language and market' }).selectOption('id-ID');
  await textbox(page, 'Plafon').waitFor();
  await page.getByLabel('Tanggal mulai').fill(START);
  // id-ID default product (web/src/products/id-ID.json): 10,000,000 IDR at 12 % over 12 months.
  const idLoan = { ...DEFAULT_LOAN, principal: 10000000, currency: 'IDR' };
  const expected = loansim.schedule(idLoan);
  await page.locator(`#installment[data-amount="${expected.installments[0].payment}"]`).waitFor();
  assert.equal(
    await page.locator('#installment').textContent(),
    new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 }).format(expected.installments[0].payment),
  );
  assert.equal(await textbox(page, 'Plafon').inputValue(), '10.000.000');
  assert.equal(await page.locator('#installment-label').textContent(), 'Angsuran');
  // The page's heading (the title panel) and the start date as id-ID writes it, whatever the browser's locale.
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Simulasi pinjaman');
  // The page around it follows (web/src/simulator-host.js): the tab's title, the document's language.
  assert.deepEqual(await page.evaluate(() => [document.title, document.documentElement.lang]), ['Simulasi pinjaman — loansim', 'id-ID']);
  assert.equal(await page.locator('#start_date-text').textContent(),
    new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${START}T00:00:00Z`)));

  // Typed the id-ID way: "." groups thousands.
  await textbox(page, 'Plafon').fill('25.000.000');
  const typed = loansim.schedule({ ...idLoan, principal: 25000000 });
  await page.locator(`#installment[data-amount="${typed.installments[0].payment}"]`).waitFor();

  // And by attribute, as a host page would.
  await page.locator('loan-simulator').evaluate((element) => element.setAttribute('locale', 'pt-BR'));
  await textbox(page, 'Valor do empréstimo').waitFor();
  await page.getByRole('table', { name: 'Cronograma de pagamento' }).waitFor();
  await page.getByRole('heading', { level: 1, name: 'Simulador de empréstimo' }).waitFor();
  await page.getByLabel('Data de início').fill(START);
  await page.locator('#start_date-text', { hasText: '15 de jan. de 2025' }).waitFor();
  await page.context().close();
});

test('a reload keeps what was typed (the draft in localStorage)', async () => {
  const { page } = await openSimulator();
  await textbox(page, 'Loan amount').fill('42000');
  await textbox(page, 'Term').fill('48');
  const expected = loansim.schedule({ ...DEFAULT_LOAN, principal: 42000, term: 48 });
  await page.locator(`#installment[data-amount="${expected.installments[0].payment}"]`).waitFor();
  await page.reload();
  await page.locator(`#installment[data-amount="${expected.installments[0].payment}"]`).waitFor();
  assert.equal(await textbox(page, 'Loan amount').inputValue(), '42,000');  // regrouped when the field lost focus
  assert.equal(await textbox(page, 'Term').inputValue(), '48');
  assert.equal(await page.getByLabel('Start date').inputValue(), START);
  await page.context().close();
});
