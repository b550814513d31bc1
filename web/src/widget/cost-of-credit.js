// The cost figure each market discloses: the APR of Regulation Z (US) or of the RBI's Key Facts
// Statement (India) and the CET with its IOF (Brazil) from the core's `apr` (and `iof`) commands,
// the effective annual rate next to a flat rate (Indonesia) from the schedule itself, which carries
// it (docs/api.md). The schedule's cash flows go to `apr` as the customer sees them: the amount
// disbursed on the start date, each installment on its due date, and an upfront IOF on the start
// date.

/**
 * @param policy the product's `cost_of_credit`: {standard, iof?: {borrower}}
 * @returns {{standard, rate_pct, iof?}}: rate_pct null when no rate solves the flows; throws the
 *   core's LoansimError for flows it refuses
 */
export function costOfCredit({ api }, request, schedule, policy) {
  if (policy.standard === 'irr') return { standard: 'irr', rate_pct: schedule.effective_annual_rate_pct };
  const payments = schedule.installments.map((row) => ({ date: row.due_date, amount: row.payment }));
  let iof;
  if (policy.iof) {
    iof = api.iof({
      borrower: policy.iof.borrower,
      currency: request.currency,
      amount: schedule.amount_financed,
      disbursement_date: request.start_date,
      amortizations: schedule.installments.map((row) => ({ date: row.due_date, amount: row.principal })),
    }).iof;
    payments.unshift({ date: request.start_date, amount: iof });
  }
  const result = api.apr({
    standard: policy.standard,
    currency: request.currency,
    unit_period: request.term_unit,
    advances: [{ date: request.start_date, amount: schedule.disbursed }],
    payments,
  });
  return { standard: policy.standard, rate_pct: result.disclosed_apr_pct, iof };
}
