// "What can I borrow?": the recommendation shown is the core's `recommend` for the simulated loan
// and the finances typed in, with its reasons in the page's language.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { createLoansim } from '../../web/lib/loansim.js';
import { openBrowser } from './browser.mjs';

const loansim = await createLoansim();
let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

test('id-ID: the cooperative product\'s 5C, plafon, tenure and reasons, as the core gives them', async () => {
  const page = await browser.newPage();
  await page.goto(browser.url);
  await page.locator('#installment[data-amount]').waitFor();
  await page.locator('#market').selectOption('id-ID');
  await page.locator('loan-simulator .root[lang="id-ID"]').waitFor();
  await page.locator('#profile-monthly_income').fill('7.000.000');
  await page.locator('#profile-monthly_expenses').fill('2.000.000');
  await page.locator('#profile-savings').fill('4.500.000');
  await page.locator('#profile-collectability').selectOption('lancar');
  await page.locator('#profile-collateral_type').selectOption('LAND_SHM_HT');
  await page.locator('#profile-collateral_value').fill('100.000.000');

  // id-ID default product (web/src/products/id-ID.json): 10,000,000 IDR at 12 % over 12 months, annuity,
  // recommended under the core's sample product id-koperasi-kocek.
  const expected = loansim.recommend({
    product_id: 'id-koperasi-kocek',
    applicant: { monthly_income: 7000000, monthly_expenses: 2000000, savings: 4500000, collectability: 'lancar' },
    loan: { amount: 10000000, term_months: 12, annual_rate_pct: 12, method: 'annuity' },
    collaterals: [{ type: 'LAND_SHM_HT', value: 100000000 }],
  });
  await page.locator(`#recommended-plafon[data-amount="${expected.recommendation.plafon}"]`).waitFor();
  assert.equal(await page.locator('.recommendation .decision').getAttribute('data-decision'), expected.decision);
  assert.equal(Number(await page.locator('#recommended-installment').getAttribute('data-amount')), expected.recommendation.installment);
  assert.equal(await page.locator('#recommended-tenure').textContent(), String(expected.recommendation.tenure_months));
  assert.equal(await page.locator('#risk-score').textContent(), String(expected.risk_score));
  for (const name of ['character', 'capacity', 'capital', 'collateral', 'condition']) {
    const score = page.locator(`#five-c-${name} ~ .score`);
    assert.equal(Number(await score.getAttribute('data-score')), expected.five_c[name].score, name);
  }
  assert.deepEqual(await page.locator('.recommendation .reasons li').allTextContents(), expected.reasons.map((reason) => reason.text.id));

  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const { violations } = await window.axe.run('loan-simulator', { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return violations.filter((violation) => ['serious', 'critical'].includes(violation.impact)).map((violation) => violation.id);
  });
  assert.deepEqual(violations, []);

  // Weeks are not a term the recommendation reads: it says so rather than guess.
  await page.getByRole('combobox', { name: 'Satuan tenor' }).selectOption('week');
  await page.getByText('Pengecekan ini untuk tenor dalam bulan.').waitFor();
  await page.context().close();
});
