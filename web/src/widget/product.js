// The product a widget simulates: input bounds and defaults, currency, the market's cost figure.
// Given as an object (JS property), inline JSON text or a URL (attribute); whatever it leaves out
// comes from the market's default product (src/products/).
import { loadDefaultProduct } from './locales.js';

async function readProduct(source) {
  if (source === undefined || source === null || source === '') return {};
  if (typeof source === 'object') return source;
  const text = String(source).trim();
  if (text.startsWith('{')) return JSON.parse(text);
  const response = await fetch(new URL(text, document.baseURI), { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`product ${text}: HTTP ${response.status}`);
  return response.json();
}

const RANGES = ['amount', 'term', 'annual_rate_pct'];

/** The market default with the given product laid over it, one level deep for the ranges. */
export async function resolveProduct(source, locale) {
  const [base, given] = await Promise.all([loadDefaultProduct(locale), readProduct(source)]);
  const product = { ...base, ...given };
  for (const range of RANGES) product[range] = { ...base[range], ...given[range] };
  return Object.freeze(product);
}
