// The servicing view: the payments typed and the as-of date, with the simulated loan's terms, give
// the core's `servicing` answer. The expected figures come from the same core in Node, through the
// JS package (web/lib/loansim.js, `loansim.servicing(request)`).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createLoansim } from '../../web/lib/loansim.js';
import { axePath, openBrowser, results } from './browser.mjs';

const loansim = await createLoansim();

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

const amountOf = async (locator) => Number(await locator.getAttribute('data-amount'));

test('en-US: outstanding balance, DPD and its bracket, and what is due next are the core\'s; errors sit by their field', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(browser.url);
  await page.locator('#installment[data-amount]').waitFor();
  // en-US's product defaults (web/src/products/en-US.json): 10,000 USD at 12 % over 12 months, annuity.
  await page.locator('#start_date').fill('2026-01-15');
  await page.locator('#as_of').fill('2026-06-20');
  await page.getByRole('button', { name: 'Add a payment' }).click();
  await page.locator('#payment-0-date').fill('2026-02-15');
  await page.locator('#payment-0-amount').fill('888.49');
  await page.getByRole('button', { name: 'Add a payment' }).click();
  await page.locator('#payment-1-date').fill('2026-03-20');
  await page.locator('#payment-1-amount').fill('500');

  const loan = { principal: 10000, currency: 'USD', annual_rate_pct: 12, method: 'annuity', term: 12, term_unit: 'month', start_date: '2026-01-15' };
  const expected = loansim.servicing({ as_of: '2026-06-20', loan, payments: [{ date: '2026-02-15', amount: 888.49 }, { date: '2026-03-20', amount: 500 }] });
  await page.locator(`#outstanding[data-amount="${expected.outstanding.total}"]`).waitFor();
  assert.equal(await amountOf(page.locator('#overdue')), expected.overdue.total);
  assert.equal(Number(await page.locator('#dpd').getAttribute('data-dpd')), expected.days_past_due);
  assert.equal(await page.locator('#dpd-bracket').getAttribute('data-bracket'), expected.dpd_bracket);
  assert.equal(await amountOf(page.locator('#next-due')), expected.expected_emi.amount);
  assert.equal(Number(await page.locator('#next-due-installment').getAttribute('data-installment')), expected.expected_emi.installment);
  assert.equal(await amountOf(page.locator('#paid')), expected.paid.total);
  assert.equal(await page.locator('.servicing .decision').getAttribute('data-status'), expected.status);
  assert.equal(await page.locator('#outstanding').textContent(), new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(expected.outstanding.total));

  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const { violations } = await window.axe.run({ include: [['loan-simulator', 'section.servicing']] }, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return violations.filter((violation) => ['serious', 'critical'].includes(violation.impact)).map((violation) => violation.id);
  });
  assert.deepEqual(violations, []);
  await page.locator('loan-simulator section.servicing').screenshot({ path: `${results}servicing-en-US.png` });

  // A payment after the as-of date: the core's error, next to that payment's date.
  await page.locator('#payment-1-date').fill('2026-07-01');
  const error = page.locator('#payment-1-date-error');
  await error.waitFor();
  assert.match(await error.textContent(), /is after as_of 2026-06-20/);
  assert.equal(await page.locator('#payment-1-date').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.locator('#payment-1-date').getAttribute('aria-describedby'), 'payment-1-date-text payment-1-date-error');
  // The date as the locale writes it, next to the browser's own rendering of the input.
  assert.equal(await page.locator('#payment-1-date-text').textContent(), 'Jul 1, 2026');
  // The error opens below the date; the row's other controls stay level with it.
  const tops = await Promise.all(['#payment-1-date', '#payment-1-amount', '[data-remove="1"]']
    .map(async (selector) => Math.round((await page.locator(selector).boundingBox()).y)));
  assert.deepEqual(tops, [tops[0], tops[0], tops[0]]);
  await page.locator('loan-simulator section.servicing').screenshot({ path: `${results}servicing-en-US-error.png` });

  // Removing that payment: the core's answer on the first payment alone.
  await page.getByRole('button', { name: 'Remove payment 2' }).click();
  const alone = loansim.servicing({ as_of: '2026-06-20', loan, payments: [{ date: '2026-02-15', amount: 888.49 }] });
  await page.locator(`#outstanding[data-amount="${alone.outstanding.total}"]`).waitFor();
  assert.equal(Number(await page.locator('#dpd').getAttribute('data-dpd')), alone.days_past_due);
  assert.equal(await page.locator('#payment-1-date').count(), 0);
  await page.context().close();
});
