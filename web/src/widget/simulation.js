// From the form to the core and back: builds the core's requests from what was typed, and turns
// a LoansimError into a message for the field it names. Every figure comes from the core.

/** The repayment methods this core can simulate: `payment` gives the level installment, paid in
 *  arrears (annuity) or in advance (annuity due). */
export const METHODS = Object.freeze(['annuity', 'annuity_due']);

// Request field (as the core names it in errors) → the input that holds it.
const INPUT_OF_FIELD = { principal: 'amount', term: 'term', annual_rate_pct: 'rate', when: 'method' };

/** The loan as the core reads it; `parse` reads the locale's number format. */
export function loanRequest(inputs, { currency, parse }) {
  return {
    principal: parse(inputs.amount),
    currency,
    annual_rate_pct: parse(inputs.rate),
    term: parse(inputs.term),
    when: inputs.method === 'annuity_due' ? 'begin' : 'end',
  };
}

/**
 * Runs the simulation. Returns `{request, installment}`, or `{request, error}` where error is
 * `{code, field, input, detail}` and `input` names the form control to flag (undefined when the
 * error is about no single control).
 */
export function simulate({ api, LoansimError }, request) {
  try {
    return { request, installment: api.payment(request).payment };
  } catch (error) {
    if (!(error instanceof LoansimError)) throw error;
    return { request, error: { code: error.code, field: error.field, input: INPUT_OF_FIELD[error.field], detail: error.detail } };
  }
}
