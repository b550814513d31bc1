// Shared by the submission browser tests: the simulator page in a market, the application form
// filled in, the draft as stored, and the sandbox's control endpoint.

export const DRAFT_KEY = 'loan-simulator:draft:simulator';

// An Indian applicant (seed 004's Add Loan example) and an Indonesian one (NIK of 16 digits).
export const SHRI_RAM = { full_name: 'Shri Ram', national_id: '235498671293', phone: '9805265926', email: 'shriram@gmail.com', birth_date: '1992-03-23' };
export const SITI = {
  full_name: 'Siti Rahma', national_id: '3171234567890001', phone: '6281234567890', email: 'siti@example.com', birth_date: '1990-04-10',
  birth_place: 'Denpasar', monthly_income: '7.500.000', monthly_expenses: '2.000.000',
};

// The simulator page as it is served: submit-mode "api", each market's default target, the host
// script's token and partner fields (web/src/simulator-host.js), the sandbox behind /sandbox/.
export async function openMarket(browser, locale) {
  const page = await browser.newPage();
  await page.goto(browser.url);
  await page.locator('#installment[data-amount]').waitFor();
  await page.locator('#market').selectOption(locale);
  await page.locator(`loan-simulator .root[lang="${locale}"]`).waitFor();
  return page;
}

export async function fillIn(page, values) {
  for (const [name, value] of Object.entries(values)) {
    const field = page.locator(`#applicant-${name}`);
    if (await field.evaluate((element) => element.tagName === 'SELECT')) await field.selectOption(value);
    else await field.fill(value);
  }
  await page.locator('#apply input[name="consent"]').check();
}

/** The draft the widget keeps in localStorage, or null. */
export const savedDraft = (page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key)), DRAFT_KEY);

export const sandboxControl = (browser, body) => fetch(`${browser.url}sandbox/_control`, { method: 'POST', body: JSON.stringify(body) });

/** The loan the Credgenics sandbox served from `origin` (a URL ending in "/") holds under `loanId`, or undefined. */
export async function credgenicsLoan(origin, loanId) {
  const response = await fetch(`${origin}sandbox/credgenics/recovery/loan/${loanId}`, { headers: { authenticationtoken: 'sandbox-test', role: 'test' } });
  return response.ok ? (await response.json()).loan_details : undefined;
}
