// The widget's side of the bad-input corpus: each case of tests/bad-input/widget/simulator-form.json
// typed into the simulator's inputs must give the core's error (code and field, from the
// `loan-simulator:error` event) next to that input, tied to it by aria-describedby, keep the typed
// text on screen and in the draft, show no figure made of garbage, and give way to the valid
// figures once the input is valid again.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { createLoansim } from '../../web/lib/loansim.js';
import { openBrowser } from './browser.mjs';

const { cases } = JSON.parse(readFileSync(new URL('../bad-input/widget/simulator-form.json', import.meta.url), 'utf8'));
const { errors: MESSAGES } = JSON.parse(readFileSync(new URL('../../web/src/i18n/en-US.json', import.meta.url), 'utf8'));

const loansim = await createLoansim();
let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

const START = '2025-01-15';
// The en-US default product (web/src/products/en-US.json): 10,000 USD at 12 % over 12 months.
const VALID = { amount: '10000', term: '12', term_unit: 'month', rate: '12', start_date: START, fee: '' };
const { payment: VALID_INSTALLMENT } = loansim.schedule({
  principal: 10000, currency: 'USD', annual_rate_pct: 12, method: 'annuity', term: 12, term_unit: 'month', start_date: START,
}).installments[0];

// What a figure made of garbage would show.
const GARBAGE = /\b(NaN|Infinity|undefined|null)\b|\[object /;

test('every bad value typed into the loan form shows the core error next to its input and keeps what was typed', async (t) => {
  const page = await browser.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  await page.addInitScript(() => {
    window.coreErrors = [];
    document.addEventListener('loan-simulator:error', (event) => window.coreErrors.push(event.detail));
  });
  await page.goto(browser.url);
  const simulator = page.locator('loan-simulator');
  const loanForm = page.getByRole('form', { name: 'Your loan' });
  const control = (name) => loanForm.locator(`[name="${name}"]`);
  const installment = page.locator('#installment');
  await page.locator('#installment[data-amount]').waitFor();
  await control('start_date').fill(START);
  await page.locator(`#installment[data-amount="${VALID_INSTALLMENT}"]`).waitFor();
  const shownText = () => simulator.evaluate((element) => element.shadowRoot.textContent);
  assert.doesNotMatch(await shownText(), GARBAGE, 'the valid page');

  for (const c of cases) {
    await t.test(c.name, async () => {
      const input = control(c.input);
      if (c.term_unit) await control('term_unit').selectOption(c.term_unit);
      await page.evaluate(() => { window.coreErrors.length = 0; });
      await input.fill(c.text);

      const message = page.locator(`#${c.input}-error`);
      await message.waitFor();
      const [error] = await page.evaluate(() => window.coreErrors.slice(-1));
      assert.equal(error.source, 'core');
      assert.equal(error.code, c.code, 'code');
      assert.equal(error.field, c.field, 'field');
      assert.ok(await message.isVisible(), 'the message is visible');
      assert.equal(await message.textContent(), `${MESSAGES[c.code]} (${error.detail})`);
      assert.equal(await input.getAttribute('aria-invalid'), 'true');
      assert.ok((await input.getAttribute('aria-describedby')).split(' ').includes(`${c.input}-error`), 'aria-describedby');

      assert.equal(await input.inputValue(), c.text, 'the typed text stays');
      const draft = await page.evaluate(() => JSON.parse(localStorage.getItem('loan-simulator:draft:simulator')));
      assert.equal(draft.inputs[c.input], c.text, 'the typed text is in the draft');
      assert.equal(await installment.textContent(), '—', 'no installment for a loan the core refused');
      assert.doesNotMatch(await shownText(), GARBAGE);

      // Valid again: the error goes, and the figures are the core's.
      await input.fill(VALID[c.input]);
      if (c.term_unit) await control('term_unit').selectOption(VALID.term_unit);
      await page.locator(`#installment[data-amount="${VALID_INSTALLMENT}"]`).waitFor();
      assert.equal(await message.count(), 0, 'the message is gone');
    });
  }
  assert.deepEqual(pageErrors, []);
  await page.context().close();
});
