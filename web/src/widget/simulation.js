// From the form to the core and back: builds the core's schedule requests from what was typed,
// runs them, and turns a LoansimError into a message for the field it names. Every figure comes
// from the core; this file only moves them.
import { costOfCredit } from './cost-of-credit.js';
import { COMPARED_METHODS } from './method-comparison.js';

export const METHODS = Object.freeze(['annuity', 'annuity_due', 'equal_principal', 'flat', 'interest_only', 'bullet']);
export const TERM_UNITS = Object.freeze(['month', 'week', 'fortnight', 'day']);

// Request field paths (as the core names them in errors) → the input that holds them.
const INPUT_OF_FIELD = [
  [/^principal$/, 'amount'],
  [/^term$/, 'term'],
  [/^term_unit$/, 'term_unit'],
  [/^annual_rate_pct$/, 'rate'],
  [/^method$/, 'method'],
  [/^start_date$/, 'start_date'],
  [/^upfront_fees/, 'fee'],
];

/** The loan as the core's `schedule` reads it; `parse` reads the locale's number format. */
export function scheduleRequest(inputs, { currency, parse }) {
  const request = {
    principal: parse(inputs.amount),
    currency,
    annual_rate_pct: parse(inputs.rate),
    method: inputs.method,
    term: parse(inputs.term),
    term_unit: inputs.term_unit,
    start_date: inputs.start_date,
  };
  const fee = parse(inputs.fee ?? '');
  if (fee !== undefined) request.upfront_fees = [{ amount: fee, financed: Boolean(inputs.fee_financed) }];
  return request;
}

/** The loan as the core's `payload` command takes it, from a schedule request. */
export function applicationLoan(request) {
  const { principal, currency, term, term_unit: termUnit, annual_rate_pct: rate, method, start_date: startDate } = request;
  return { amount: principal, currency, term, term_unit: termUnit, annual_rate_pct: rate, method, start_date: startDate };
}

export function coreError(error) {
  const input = INPUT_OF_FIELD.find(([pattern]) => pattern.test(error.field))?.[1];
  return { code: error.code, field: error.field, input, detail: error.detail };
}

// The schedule of `request`, and its cost figure under `policy` (the product's cost_of_credit).
// A cost the core cannot solve (no_solution) leaves the schedule standing, with `costError`.
function run(core, request, policy) {
  let schedule;
  try {
    schedule = core.api.schedule(request);
    return { schedule, cost: policy ? costOfCredit(core, request, schedule, policy) : undefined };
  } catch (error) {
    if (!(error instanceof core.LoansimError)) throw error;
    return schedule ? { schedule, costError: coreError(error) } : { error: coreError(error) };
  }
}

/**
 * The simulation of the chosen method: `{request, schedule, cost}` (cost when the product names a
 * cost_of_credit), or `{request, error}` where error is `{code, field, input, detail}` and `input`
 * names the form control to flag (undefined when the error concerns no single control).
 */
export function simulate(core, request, { costPolicy }) {
  const chosen = run(core, request, costPolicy);
  return chosen.error ? { request, error: chosen.error } : { request, ...chosen };
}

/** The same loan under each of COMPARED_METHODS, reusing `view` (a simulation) for its own method. */
export function compareMethods(core, view, { costPolicy }) {
  return COMPARED_METHODS.map((method) => ({
    method,
    ...(method === view.request.method ? view : run(core, { ...view.request, method }, costPolicy)),
  }));
}
