// The product's offers: the core's `offers` command for the market's product (the product id of
// web/src/products/<locale>.json's `recommendation`), the amount typed and the customer's finances
// as the recommendation reads them. The core prices every tenure of its grid; this file only maps
// the form to the command's request and its errors to the form.
import { recommendationRequest } from './recommendation.js';
import { coreError } from './simulation.js';

/**
 * @param loan    the simulation's schedule request (amount, term, start date)
 * @param profile the customer's answers (text as typed)
 * @param policy  the product's `recommendation`: {product_id, collectability?, collateral_types?}
 * @returns {{request}} or {{unsupported: reason}} when the offers cannot be priced yet
 */
export function offersRequest(loan, profile, policy, parse) {
  const built = recommendationRequest(loan, profile, policy, parse);
  if (!built.request) return built;
  const { product_id: productId, applicant, collaterals, loan: asked } = built.request;
  // The product's own grid prices each tenure: the typed rate and method are the simulation's, not the offer's.
  const request = { product_id: productId, start_date: loan.start_date, applicant, loan: { amount: asked.amount, term_months: asked.term_months } };
  if (collaterals) request.collaterals = collaterals;
  return { request };
}

/** `{result}` or `{error}` (error as simulation.js words it). */
export function priceOffers({ api, LoansimError }, request) {
  try {
    return { result: api.offers(request) };
  } catch (error) {
    if (!(error instanceof LoansimError)) throw error;
    return { error: coreError(error) };
  }
}
