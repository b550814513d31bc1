// The served simulator page in headless Chromium: the installment shown is the WASM core's.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openBrowser } from './browser.mjs';

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

test('the page shows 888.49 for 10,000.00 at 12 % over 12 months, and follows typing', async () => {
  const page = await browser.context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(browser.url);
  const installment = page.locator('#installment');
  await assert.doesNotReject(installment.and(page.locator('[data-amount="888.49"]')).waitFor());
  assert.equal(await installment.textContent(), '$888.49');

  // 100,000 at 6 % over 360 months: 599.55 a month (numpy_financial.pmt(0.005, 360, 100000) = -599.55).
  await page.getByLabel('Loan amount').fill('100000');
  await page.getByLabel('Term (months)').fill('360');
  await page.getByLabel('Interest rate (% a year)').fill('6');
  await page.locator('#installment[data-amount="599.55"]').waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test('bad input shows the core error next to the form and keeps what was typed', async () => {
  const page = await browser.context.newPage();
  await page.goto(browser.url);
  await page.locator('#installment[data-amount="888.49"]').waitFor();
  await page.getByLabel('Term (months)').fill('601');
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /term: must be between 1 and 600/);
  assert.equal(await page.getByLabel('Term (months)').inputValue(), '601');
  await page.close();
});
