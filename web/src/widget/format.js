// Presentation through Intl, and reading numbers typed the locale's way. Amounts arrive from the
// core already rounded to the currency's minor unit: nothing here rounds or computes.

// The core carries IDR in whole rupiah (docs/api.md); Intl's default would print two decimals.
const WHOLE_UNIT_CURRENCIES = new Set(['IDR']);

export function moneyFormatter(locale, currency) {
  const digits = WHOLE_UNIT_CURRENCIES.has(currency) ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {};
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency, ...digits });
  return (amount) => format.format(amount);
}

/** Rates arrive as percent numbers (12 means 12 %); bounds show as typed ("0%–100%"). */
export function percentFormatter(locale) {
  const format = new Intl.NumberFormat(locale, { style: 'unit', unit: 'percent', maximumFractionDigits: 2 });
  return (percent) => format.format(percent);
}

/** A disclosed rate: always two decimals, as the regulations that define them print them. */
export function disclosedRateFormatter(locale) {
  const format = new Intl.NumberFormat(locale, { style: 'unit', unit: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return (percent) => format.format(percent);
}

/** Calendar dates arrive as ISO yyyy-mm-dd; shown in UTC so no time zone shifts the day. */
export function dateFormatter(locale) {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  return (isoDate) => format.format(new Date(`${isoDate}T00:00:00Z`));
}

/** A score or count shown whole ("59"), as the locale writes numbers. */
export function wholeNumberFormatter(locale) {
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  return (value) => format.format(value);
}

/** A number as the locale groups it, for the text of an input ("10.000.000" in id-ID). */
export function groupedNumberFormatter(locale) {
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 20 });
  return (value) => format.format(value);
}

/**
 * Reads what a person typed, with the locale's separators: "10.000.000" in id-ID, "1,50" in pt-BR.
 * Empty text gives undefined (the request then lacks the field and the core says it is missing).
 * Anything else that is not a finite number written the locale's way ("ten", "12%", "NaN", more
 * digits than a double holds) stays the text as typed: the core refuses a string where it wants a
 * number with its own error for that field (`invalid_type`).
 */
export function numberParser(locale) {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  const group = parts.find((part) => part.type === 'group')?.value ?? ',';
  const decimal = parts.find((part) => part.type === 'decimal')?.value ?? '.';
  return (text) => {
    const compact = String(text).replace(/\s/g, '').replaceAll(group, '').replace(decimal, '.');
    if (compact === '') return undefined;
    const number = /^[+-]?(\d+\.?\d*|\.\d+)$/.test(compact) ? Number(compact) : Number.NaN;
    return Number.isFinite(number) ? number : String(text);
  };
}

/** Short amounts for chart axes: "$10K", "Rp 10 jt", "R$ 10 mil". */
export function compactMoneyFormatter(locale, currency) {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 });
  return (amount) => format.format(amount);
}
