// Compiled with `tsc --noEmit` in the test suite: the package's declarations must accept this
// usage and reject the misuse marked @ts-expect-error.
import { createLoansim, LoansimError, type AprResult, type CreditasOffersResult, type Installment, type IofResult, type Loansim, type LoansimCoreOnly, type OffersRequest, type OffersResult, type PaymentResult, type ProductDefinition, type ReasonCode, type RecommendResult, type ScheduleResult, type ServicingResult } from 'loansim';

const loansim = await createLoansim();
const quote: PaymentResult = loansim.payment({ principal: 10000, currency: 'USD', annual_rate_pct: 12, term: 12 });
const installment: number = quote.payment;
const text: string = loansim.run('payment', '{}').json;
const names: readonly string[] = loansim.commands;

try {
  // @ts-expect-error: the currency must be a known ISO code
  loansim.payment({ principal: 1, currency: 'XXX', annual_rate_pct: 1, term: 1 });
} catch (error) {
  if (error instanceof LoansimError) {
    const where: string = error.field;
    const code: 'invalid_value' | string = error.code;
    console.log(where, code);
  }
}
// @ts-expect-error: term is required
loansim.payment({ principal: 1, currency: 'USD', annual_rate_pct: 1 });

const apr: AprResult = loansim.apr({
  standard: 'us_reg_z',
  advances: [{ date: '1978-01-10', amount: 5000 }],
  payments: [{ amount: 230, count: 24, first_date: '1978-02-10' }],
});
const byPosition: number = loansim.apr({
  standard: 'us_reg_z',
  advances: [{ period: 0, amount: 6000 }],
  payments: [{ amount: 200, count: 36, period: 1, fraction: 0.6333 }],
}).disclosed_apr_pct;
// @ts-expect-error: not a standard
loansim.apr({ standard: 'uk_fca', advances: [], payments: [] });
const tax: IofResult = loansim.iof({
  borrower: 'individual',
  amount: 10000,
  disbursement_date: '2025-01-15',
  amortizations: [{ date: '2025-02-14', amount: 10000 }],
  financed: true,
});

console.log(installment, text, names, apr.apr_pct, byPosition, tax.iof);
const level: number = loansim.tvm({ fn: 'pmt', rate: 0.01, nper: 12, pv: 10000 }).value;
const irr = loansim.tvm({ fn: 'irr', values: [-100, 39, 59, 55, 20] });
const possible: number | undefined = irr.roots_possible;
// @ts-expect-error: pmt takes pv, not values
loansim.tvm({ fn: 'pmt', rate: 0.01, nper: 12, values: [1] });
console.log(level, possible);

// Schedules: typed columns and lazy rows; the core module alone has no run() and no iof().
const schedule: ScheduleResult = loansim.schedule({ principal: 250000, currency: 'USD', annual_rate_pct: 5.5, term: 360, start_date: '2025-01-31' });
const payments: Float64Array = schedule.columns.payment;  // whole minor units
const minorPerMajor: number = schedule.columns.minorPerMajor;
const firstDue: string = schedule.columns.due_date[0];
const row: Installment = schedule.installments[0];
// @ts-expect-error: the schedule's cost figures come only inside cost_of_credit, when asked
schedule.apr_pct;
const brazil = loansim.schedule({
  principal: 50000, currency: 'BRL', annual_rate_pct: 24, term: 60, start_date: '2025-01-15',
  cost_of_credit: { standard: 'br_cet', iof: { borrower: 'individual', financed: false } },
}).cost_of_credit;
const apr360: number | null | undefined = brazil?.disclosed_annual_pct;
const iofTotal: number | undefined = brazil?.iof?.total;
// @ts-expect-error: the apr command's standards are not the schedule's
loansim.schedule({ principal: 1000, currency: 'USD', annual_rate_pct: 12, term: 12, start_date: '2025-01-31', cost_of_credit: { standard: 'us_reg_z' } });
// @ts-expect-error: installments are read-only views
schedule.installments.push(row);
const core: LoansimCoreOnly = await createLoansim({ only: 'core' });
core.schedule({ principal: 1000, currency: 'BRL', annual_rate_pct: 24, method: 'equal_principal', term: 12, start_date: '2025-01-31' });
// @ts-expect-error: the core module has no JSON entry point
core.run('payment', '{}');
// @ts-expect-error: not a method
core.schedule({ principal: 1000, currency: 'BRL', annual_rate_pct: 24, method: 'sac', term: 12, start_date: '2025-01-31' });
const heap: number = core.memoryBytes().core.inUse;
const whole: Loansim = await core.withJsonModule({ wasmUrl: '/assets/loansim.wasm' });
whole.iof({ borrower: 'company', amount: 1000, disbursement_date: '2025-01-15', amortizations: [{ date: '2025-02-15', amount: 1000 }] });
// @ts-expect-error: the whole API has nothing more to load
whole.withJsonModule();
console.log(payments.length, minorPerMajor, firstDue, row.balance, apr360, iofTotal, heap);

const built = loansim.payload({ partner: { Source: 'Web', ExternalIP: '10.0.0.1', ApplicationID: 1 } }, { format: 'creditpolicy' });
const firstPath: string = built.requests[0].path;
const recommendation: string = loansim.recommend({
  character: { name: 'fulan', nik: '5171021004840001', age: '40', gender: 'l' },
  income: [{ key: 'penghasilan_1', value: '100000-200000' }],
  application: { plafon: '10000000.00', tenure: 12, interest: '8,5', loan_interest_method: 3 },
  internal_data: { collectability: 'Lancar', behaviour_pattern_withdrawal_ratio: '174,48%' },
}, { format: 'kocek' }).data.recommendation.plafon;
const decision: 'Approved' | 'Refer' | 'Declined' = loansim.policyDecision({
  Source: 'Web', ExternalIP: '10.120.0.0', APIVersion: '2.0', ApplicationID: 8002200220,
  Applicant: { MonthlyGrossIncome: 6500, FICOScore: 712 }, RequestedLoanAmt: 15000, RequestedTermMonths: 36,
}, { format: 'creditpolicy' }).ResponseData.Status;
// @ts-expect-error: the seed's API version is 2.0
loansim.policyDecision({ Source: 'Web', ExternalIP: '1', APIVersion: '1.0', ApplicationID: 1, Applicant: { MonthlyGrossIncome: 1 }, RequestedLoanAmt: 1, RequestedTermMonths: 1 }, { format: 'creditpolicy' });
// @ts-expect-error: payload needs the partner's format
loansim.payload({});

console.log(firstPath, recommendation, decision);

const simulated: CreditasOffersResult = loansim.offers({
  purpose: 'DEBTS_PAYMENT', intendedCredit: { currency: 'BRL', amount: 15000 },
  borrower: { monthlyIncome: 9000, professionalStatus: 'CLT', bacenAuthorization: { bacenAuthorizedAt: '2026-03-02' } },
  collateral: { value: 30000, modelYear: '2020', licensePlate: 'DPX1O73' },
}, { format: 'creditas' });
const sameCet: number | undefined = simulated.loansim.offers[0]?.cost_of_credit.disclosed_monthly_pct;
const cet: number | undefined = simulated.offers[0]?.totalEffectiveCost;
const serviced: ServicingResult = loansim.servicing({ as_of: '2025-05-01', installments: [], currency: 'IDR' });
const bracket: ServicingResult['dpd_bracket'] = serviced.dpd_bracket;
// @ts-expect-error: servicing speaks no Creditas format
loansim.servicing({}, { format: 'creditas' });
// @ts-expect-error: our own format takes payments; Dompet Kilat's callback needs its format
loansim.servicing({ as_of: '2025-05-01', currency: 'IDR', installments: [], repayment: {} });
// @ts-expect-error: the loan's terms or its installments, not neither
loansim.servicing({ as_of: '2025-05-01', payments: [] });
console.log(cet, bracket, sameCet);

// Our own recommend and offers: typed requests and results; a product definition as an object.
const application: OffersRequest = {
  product_id: 'br-auto-refi-creditas',
  start_date: '2026-03-02',
  applicant: { monthly_income: { low: 8000, high: 9000 }, age: 40, bureau: { scale: 'serasa', score: 700 } },
  loan: { amount: 50000, term_months: 36, purpose: 'business' },
  collaterals: [{ type: 'CAR', value: 30000, age_years: 4 }],
};
const scored: RecommendResult = loansim.recommend(application);
const capacity: number = scored.five_c.capacity.score;
const firstReason: ReasonCode | undefined = scored.reasons[0]?.code;
const priced: OffersResult = loansim.offers(application);
const cetOf36: number | undefined = priced.offers.find((offer) => offer.term_months === 36)?.cost_of_credit.disclosed_annual_pct;
const iofFinanced: boolean | undefined = priced.offers[0]?.iof?.financed;
declare const ownProduct: ProductDefinition;
loansim.offers({ ...application, product_id: undefined }, { product: { ...ownProduct, version: '2026.2' } });
// @ts-expect-error: not a market
loansim.offers(application, { product: { ...ownProduct, market: 'UK_CONSUMER' } });
// @ts-expect-error: a collateral needs its value
loansim.offers({ ...application, collaterals: [{ type: 'CAR' }] });
// @ts-expect-error: offers are priced per tenure, not per band
priced.offers[0]?.risk_band;
// @ts-expect-error: the decision is one of four
const maybe: RecommendResult['decision'] = 'APPROVED';
console.log(capacity, firstReason, cetOf36, iofFinanced, maybe);
