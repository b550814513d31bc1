// What the customer can borrow: the core's `recommend` command on the simulated loan and the
// customer's finances (the 5C score, the plafon and tenure it can carry, the reasons). This file
// only maps the form to the command's request and its errors to the form.
import { coreError } from './simulation.js';

// The simulator's methods under the names the recommendation knows; another method goes through
// unchanged and the core says the product does not offer it.
const RECOMMENDED_METHOD = { annuity: 'annuity', flat: 'flat', equal_principal: 'declining' };

/**
 * @param loan    the simulation's schedule request
 * @param profile the customer's answers (text as typed)
 * @param policy  the product's `recommendation`: {product_id, collectability?, collateral_types?}
 * @returns {{request}} or {{unsupported: reason}} when the check cannot run on this loan
 */
export function recommendationRequest(loan, profile, policy, parse) {
  if (loan.term_unit !== 'month') return { unsupported: 'monthly_only' };
  if (!String(profile.monthly_income ?? '').trim()) return { unsupported: 'needs_income' };
  const amount = (name) => parse(profile[name] ?? '');
  const applicant = { monthly_income: amount('monthly_income') };
  for (const name of ['monthly_expenses', 'existing_installments', 'savings']) {
    if (amount(name) !== undefined) applicant[name] = amount(name);
  }
  if (policy.collectability && profile.collectability) applicant.collectability = profile.collectability;
  const request = {
    product_id: policy.product_id,
    applicant,
    loan: {
      amount: loan.principal,
      term_months: loan.term,
      annual_rate_pct: loan.annual_rate_pct,
      method: RECOMMENDED_METHOD[loan.method] ?? loan.method,
    },
  };
  if (profile.collateral_type && amount('collateral_value') !== undefined) {
    request.collaterals = [{ type: profile.collateral_type, value: amount('collateral_value') }];
  }
  return { request };
}

/** `{result}` or `{error}` (error as simulation.js words it). */
export function recommend({ api, LoansimError }, request) {
  try {
    return { result: api.recommend(request) };
  } catch (error) {
    if (!(error instanceof LoansimError)) throw error;
    return { error: coreError(error) };
  }
}
