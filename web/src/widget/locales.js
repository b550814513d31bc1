// The four markets: their strings (src/i18n/) and default products (src/products/). en-US is
// bundled; the others are fetched when first chosen.
import enUSStrings from '../i18n/en-US.json';
import enUSProduct from '../products/en-US.json';

export const LOCALES = Object.freeze(['en-US', 'id-ID', 'pt-BR', 'en-IN']);
export const DEFAULT_LOCALE = 'en-US';

const strings = import.meta.glob(['../i18n/*.json', '!../i18n/en-US.json'], { import: 'default' });
const products = import.meta.glob(['../products/*.json', '!../products/en-US.json'], { import: 'default' });

/** The supported locale closest to the requested tag: exact, else same language, else en-US. */
export function supportedLocale(requested) {
  const tag = String(requested ?? '').trim();
  const exact = LOCALES.find((locale) => locale.toLowerCase() === tag.toLowerCase());
  if (exact) return exact;
  const language = tag.split('-')[0].toLowerCase();
  return LOCALES.find((locale) => locale.startsWith(`${language}-`)) ?? DEFAULT_LOCALE;
}

export async function loadStrings(locale) {
  return locale === DEFAULT_LOCALE ? enUSStrings : strings[`../i18n/${locale}.json`]();
}

export async function loadDefaultProduct(locale) {
  return locale === DEFAULT_LOCALE ? enUSProduct : products[`../products/${locale}.json`]();
}

/** `t('errors.out_of_range')`: a key path into the locale's strings, falling back to en-US. */
export function translator(catalog) {
  const lookup = (root, path) => path.split('.').reduce((node, key) => node?.[key], root);
  return (path) => lookup(catalog, path) ?? lookup(enUSStrings, path) ?? path;
}
