// The offers table: every figure is the core's `offers` result for the market's product, the
// amount typed and the customer's finances. The expected figures below come from the same core
// in Node, through the JS package (web/lib/loansim.js, `loansim.offers(request)`).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createLoansim } from '../../web/lib/loansim.js';
import { axePath, openBrowser, results } from './browser.mjs';

const loansim = await createLoansim();

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

async function seriousViolations(page, panel) {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async (selector) => {
    const { violations } = await window.axe.run({ include: [['loan-simulator', selector]] }, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  }, panel);
}

async function openMarket(locale) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(browser.url);
  await page.locator('#installment[data-amount]').waitFor();
  if (locale !== 'en-US') {
    await page.locator('#market').selectOption(locale);
    await page.locator(`loan-simulator .root[lang="${locale}"]`).waitFor();
  }
  return page;
}

async function rows(page) {
  return page.locator('#offers tbody tr').evaluateAll((trs) => trs.map((tr) => {
    const figure = (name, attribute = 'data-amount') => tr.querySelector(`[data-figure="${name}"]`)?.getAttribute(attribute);
    return {
      term: Number(tr.dataset.term),
      monthly_rate: Number(figure('monthly_rate', 'data-rate')),
      installment: Number(figure('installment')),
      loan_amount: Number(figure('loan_amount')),
      binding: figure('binding', 'data-code'),
      iof: figure('iof') === undefined ? null : Number(figure('iof')),
      cost: Number(figure('cost', 'data-rate')),
      total_payable: Number(figure('total_payable')),
    };
  }));
}

const expectedRows = (result) => result.offers.map((offer) => ({
  term: offer.term_months,
  monthly_rate: offer.monthly_rate_pct,
  installment: offer.installment,
  loan_amount: offer.loan_amount,
  binding: offer.binding_constraint,
  iof: offer.iof ? offer.iof.total : null,
  cost: offer.cost_of_credit.disclosed_annual_pct,
  total_payable: offer.total_payable,
}));

test('pt-BR: the Creditas product\'s offers (rate, amount and its cap, IOF, CET, total) are the core\'s', async () => {
  const page = await openMarket('pt-BR');
  await page.getByText('Informe sua renda mensal para ver as ofertas para este valor.').waitFor();
  await page.locator('#amount').fill('20.000');
  await page.locator('#start_date').fill('2026-03-02');
  await page.locator('#profile-monthly_income').fill('9.000');
  await page.locator('#profile-collateral_type').selectOption('VEHICLE_CAR');
  await page.locator('#profile-collateral_value').fill('60.000');

  // pt-BR's product (web/src/products/pt-BR.json) names br-auto-refi-creditas; term 60 months is its default.
  const expected = loansim.offers({
    product_id: 'br-auto-refi-creditas',
    start_date: '2026-03-02',
    applicant: { monthly_income: 9000 },
    loan: { amount: 20000, term_months: 60 },
    collaterals: [{ type: 'VEHICLE_CAR', value: 60000 }],
  });
  assert.ok(expected.offers.length > 1 && expected.offers.every((offer) => offer.iof));
  await page.locator(`#offers tbody tr[data-term="${expected.offers.at(-1).term_months}"] [data-figure="installment"][data-amount="${expected.offers.at(-1).installment}"]`).waitFor();
  assert.deepEqual(await rows(page), expectedRows(expected));
  assert.equal(await page.locator('.offers .decision').getAttribute('data-decision'), expected.decision);
  assert.deepEqual(await page.locator('.offers .reasons li').allTextContents(), expected.reasons.map((reason) => reason.text.pt));
  // Formatted the locale's way, with the caps and the cost named in Portuguese.
  const first = page.locator('#offers tbody tr').first();
  assert.equal((await first.locator('[data-figure="installment"]').textContent()).trim(),
    new Intl.NumberFormat('pt-BR', { style: 'currency', currency: 'BRL' }).format(expected.offers[0].installment));
  assert.match(await page.locator('#offers thead').textContent(), /CET ao ano/);

  assert.deepEqual(await seriousViolations(page, 'section.offers'), []);
  await page.locator('loan-simulator section.offers').screenshot({ path: `${results}offers-pt-BR.png` });
  await page.context().close();
});

test('en-US: APR offers with no IOF column; the table follows the amount typed', async () => {
  const page = await openMarket('en-US');
  await page.locator('#start_date').fill('2026-03-02');
  await page.locator('#profile-monthly_income').fill('6,000');
  await page.locator('#amount').fill('15,000');
  const expected = loansim.offers({
    product_id: 'us-consumer-installment', start_date: '2026-03-02', applicant: { monthly_income: 6000 }, loan: { amount: 15000, term_months: 12 },
  });
  await page.locator(`#offers [data-figure="total_payable"][data-amount="${expected.offers.at(-1).total_payable}"]`).waitFor();
  assert.deepEqual(await rows(page), expectedRows(expected));
  assert.equal(await page.locator('#offers [data-figure="iof"]').count(), 0);
  assert.match(await page.locator('#offers thead').textContent(), /APR/);
  await page.locator('loan-simulator section.offers').screenshot({ path: `${results}offers-en-US.png` });
  await page.context().close();
});
