// The widget as partners embed it: the demo partner page (one script tag, docs/embedding.md) under
// a deliberately hostile host stylesheet, and the same widget under a strict CSP.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createLoansim } from '../../web/lib/loansim.js';
import { openBrowser } from './browser.mjs';

const loansim = await createLoansim();
mkdirSync(fileURLToPath(new URL('../../test-results/', import.meta.url)), { recursive: true });
let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

// Rules a careless host might ship: everything below tries to restyle or hide the widget's insides.
const HOSTILE_CSS = `
  html { font-size: 5px !important; }
  body { font: italic 30px/4 serif !important; color: #f0f !important; text-transform: uppercase !important; letter-spacing: 6px !important; }
  * { color: red !important; background: yellow !important; }
  div, section, form, dl, p { padding: 40px !important; border: 5px dashed red !important; }
  input, select, label, output, button, table, h2, dd, dt { display: none !important; }
`;

test('demo page: the partner product loads from its URL and the installment is the core figure', async () => {
  const page = await browser.newPage();
  await page.goto(`${browser.url}demo.html`);
  // web/public/partner-product.json: 12,000 USD at 9.5 % over 36 months.
  const start = await page.locator('#start_date').inputValue();
  const expected = loansim.schedule({ principal: 12000, currency: 'USD', annual_rate_pct: 9.5, term: 36, start_date: start });
  await page.locator(`#installment[data-amount="${expected.installments[0].payment}"]`).waitFor();
  assert.equal(await page.locator('script').count(), 1);
  await page.context().close();
});

test('demo page: a hostile host stylesheet cannot restyle the widget, and the widget leaves the host alone', async () => {
  const page = await browser.newPage();
  await page.goto(`${browser.url}demo.html`);
  await page.locator('#installment[data-amount]').waitFor();
  await page.addStyleTag({ content: HOSTILE_CSS });
  await page.screenshot({ path: fileURLToPath(new URL('../../test-results/demo-hostile-host.png', import.meta.url)), fullPage: true });

  const label = page.locator('loan-simulator label[for="amount"]');
  const style = await label.evaluate((element) => {
    const computed = getComputedStyle(element);
    return { display: computed.display, fontSize: computed.fontSize, color: computed.color, transform: computed.textTransform };
  });
  // The widget's own defaults (web/src/widget/styles.js): 16 px, #1b1f24, no text transform.
  assert.deepEqual(style, { display: 'block', fontSize: '16px', color: 'rgb(27, 31, 36)', transform: 'none' });
  const box = await page.getByRole('textbox', { name: 'Loan amount', exact: true }).boundingBox();
  assert.ok(box && box.width > 100 && box.height > 20, `amount input is laid out: ${JSON.stringify(box)}`);
  assert.ok(await page.locator('#installment').isVisible());

  // The widget adds no style sheet, no <head> element and no global style to the host document.
  const host = await page.evaluate(() => ({
    sheets: [...document.styleSheets].map((sheet) => (sheet.href ? new URL(sheet.href).pathname.replace(/-[\w-]+\.css$/, '.css') : 'inline')),
    adopted: document.adoptedStyleSheets.length,
    head: [...document.head.children].map((element) => element.tagName.toLowerCase()),
  }));
  assert.deepEqual(host, {
    sheets: ['/assets/demo.css', 'inline'],  // the partner's own sheet, then the test's hostile one
    adopted: 0,
    head: ['meta', 'meta', 'title', 'link', 'script', 'link', 'style'],
  });
  await page.context().close();
});

test('CSP page: the widget computes under the strict policy with no violation', async () => {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const consoleErrors = [];
  page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
  const response = await page.goto(`${browser.url}csp.html`);
  assert.equal(response.headers()['content-security-policy'], "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'");
  // The en-US default product (web/src/products/en-US.json): 10,000 USD at 12 % over 12 months.
  await page.locator('#installment[data-amount]').waitFor();
  await page.getByLabel('Start date').fill('2025-01-15');
  await page.getByRole('textbox', { name: 'Term', exact: true }).fill('24');
  const typed = loansim.schedule({ principal: 10000, currency: 'USD', annual_rate_pct: 12, term: 24, start_date: '2025-01-15' });
  await page.locator(`#total-payable[data-amount="${typed.totals.payment}"]`).waitFor();
  assert.equal(await page.locator('#schedule tbody tr').count(), 24);
  await page.locator('.chart canvas').waitFor();  // uPlot drew, under the policy
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  assert.deepEqual(consoleErrors, []);
  await page.context().close();
});
