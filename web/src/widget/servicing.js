// Servicing: the payments the customer made and an as-of date, with the current simulation's loan
// terms, through the core's `servicing` command (allocation, outstanding balance, days past due,
// what is due next). This file only maps the form to the request and the core's errors to inputs.
import { coreError, loanTerms } from './simulation.js';

/** The request as `servicing` reads it, for the simulation's loan; amounts read with the locale's `parse`. */
export function servicingRequest(request, servicing, parse) {
  return {
    as_of: servicing.as_of,
    loan: loanTerms(request),
    payments: servicing.payments.map((payment) => ({ date: payment.date, amount: parse(payment.amount ?? '') ?? null })),
  };
}

/**
 * `{result}` or `{error}`; an error names the servicing input it concerns as `input`
 * ('as_of', 'payment-<i>-date', 'payment-<i>-amount'), or `loan` when the simulation's terms are at fault.
 */
export function service({ api, LoansimError }, request) {
  try {
    return { result: api.servicing(request) };
  } catch (error) {
    if (!(error instanceof LoansimError)) throw error;
    const problem = coreError(error);
    const payment = /^payments\[(\d+)\]\.(date|amount)/.exec(problem.field);
    let input;
    if (payment) input = `payment-${payment[1]}-${payment[2]}`;
    else if (/^as_of/.test(problem.field)) input = 'as_of';
    else if (/^loan/.test(problem.field)) input = 'loan';
    return { error: { ...problem, input } };
  }
}
