// From the form to the core and back: builds the core's schedule requests from what was typed,
// runs them, and turns a LoansimError into a message for the field it names. Every figure comes
// from the core; this file only moves them.
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

/**
 * The loan as the core's `schedule` reads it; `parse` reads the locale's number format. `policy` is
 * the product's `cost_of_credit`: its standard and IOF go to the core, which solves for the figure.
 */
export function scheduleRequest(inputs, { currency, parse, policy }) {
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
  if (policy) request.cost_of_credit = policy.iof ? { standard: policy.standard, iof: policy.iof } : { standard: policy.standard };
  return request;
}

/** The loan's terms alone, without the cost of credit a schedule request may ask for. */
export function loanTerms({ cost_of_credit: costOfCredit, ...terms }) {
  return terms;
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

const DISCLOSED = 'disclosed_annual_pct';

// The schedule of `request`, and the cost figure the product shows: the core's `shown` figure of
// the schedule's cost_of_credit (the disclosed annual rate unless the product names another, such
// as Indonesia's effective_annual_pct), null when no rate balances the flows. `label` is the
// figure's string key: the standard's name, or the figure's when it is not the disclosed one.
function run(core, request, shown = DISCLOSED) {
  try {
    const schedule = core.api.schedule(request);
    const cost = schedule.cost_of_credit;
    return {
      schedule,
      cost: cost && {
        standard: cost.standard, label: shown === DISCLOSED ? cost.standard : shown, rate_pct: cost[shown], iof: cost.iof?.total,
      },
    };
  } catch (error) {
    if (!(error instanceof core.LoansimError)) throw error;
    return { error: coreError(error) };
  }
}

/**
 * The simulation of the chosen method: `{request, schedule, cost}` (cost when the request asks for
 * the cost of credit: `{standard, label, rate_pct, iof}`), or `{request, error}` where error is
 * `{code, field, input, detail}` and `input` names the form control to flag (undefined when the
 * error concerns no single control).
 */
export function simulate(core, request, { shown }) {
  return { request, ...run(core, request, shown) };
}

/** The same loan under each of COMPARED_METHODS, reusing `view` (a simulation) for its own method. */
export function compareMethods(core, view, { shown }) {
  return COMPARED_METHODS.map((method) => ({
    method,
    ...(method === view.request.method ? view : run(core, { ...view.request, method }, shown)),
  }));
}
