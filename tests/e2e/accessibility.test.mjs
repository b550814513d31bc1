// Accessibility and layout, per market: an axe-core scan (WCAG 2.1 A/AA rules, shadow DOM
// included) with no serious or critical violation, no horizontal scrolling at 320 px, and a
// screenshot of each market's page in test-results/ for a person to look at.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { axePath, openBrowser, results } from './browser.mjs';


let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

async function openMarket(locale, viewport) {
  const page = await browser.newPage({ viewport });
  await page.goto(browser.url);
  await page.locator('#installment[data-amount]').waitFor();
  if (locale !== 'en-US') {
    await page.locator('#market').selectOption(locale);
    await page.locator(`loan-simulator[locale="${locale}"] .root[lang="${locale}"]`).waitFor();
    await page.locator('#installment[data-amount]').waitFor();
  }
  return page;
}

async function seriousViolations(page) {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const { violations } = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  });
}

test('partner demo page: no serious or critical axe violation in the themed widget', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${browser.url}demo.html`);
  await page.locator('#comparison').waitFor();
  await page.locator('.chart canvas').waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  await page.screenshot({ path: `${results}demo.png`, fullPage: true });
  await page.context().close();
});

for (const locale of ['en-US', 'id-ID', 'pt-BR', 'en-IN']) {
  test(`${locale}: no serious or critical axe violation; screenshots at 1280 px and 320 px`, async () => {
    const page = await openMarket(locale, { width: 1280, height: 900 });
    await page.locator('#schedule').waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await page.screenshot({ path: `${results}simulator-${locale}.png`, fullPage: true });

    await page.setViewportSize({ width: 320, height: 900 });
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320, 'no horizontal scroll at 320 px');
    await page.screenshot({ path: `${results}simulator-${locale}-320px.png`, fullPage: true });
    await page.context().close();
  });
}

test('keyboard: every control is reachable with Tab, in reading order, with a visible focus ring', async () => {
  const page = await openMarket('en-US', { width: 1280, height: 900 });
  const reached = [];
  for (let i = 0; i < 13; i += 1) {
    await page.keyboard.press('Tab');
    reached.push(await page.evaluate(() => {
      let element = document.activeElement;
      while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
      return { id: element.id || element.getAttribute('name'), outline: getComputedStyle(element).outlineStyle };
    }));
  }
  // A date input takes one Tab per part (month, day, year): count it once.
  const order = reached.map((entry) => entry.id).filter((id, index, ids) => id !== ids[index - 1]);
  assert.deepEqual(order, ['market', 'amount', 'amount-slider', 'term', 'term_unit', 'rate', 'method', 'start_date', 'fee', 'fee_financed']);
  // The date input's calendar button draws Chromium's own focus ring, not the input's outline.
  assert.ok(reached.every((entry) => entry.outline === 'solid' || entry.id === 'start_date'), JSON.stringify(reached));
  await page.context().close();
});
