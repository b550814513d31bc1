// Types of the loansim JS package. Requests and results are the JSON API's (docs/api.md).

/** The error contract of every entry point: a stable code, the offending field's path, a message. */
export type ErrorCode =
  | 'invalid_json' | 'invalid_type' | 'missing_field' | 'unknown_field' | 'invalid_value'
  | 'out_of_range' | 'overflow' | 'no_solution' | 'unknown_command';

export class LoansimError extends Error {
  readonly name: 'LoansimError';
  readonly code: ErrorCode;
  /** JSON path of the offending field ("payments[3].amount"); "" when not about one field. */
  readonly field: string;
  /** The message without the field prefix. */
  readonly detail: string;
}

/** ISO 4217 codes the core knows. */
export type CurrencyCode = 'USD' | 'EUR' | 'GBP' | 'BRL' | 'INR' | 'IDR' | 'MXN' | 'PHP' | 'JPY';

/** The CLI's --format: a seed API's request/response shape. */
export type Format = 'kocek' | 'creditas' | 'dompetkilat' | 'credgenics' | 'creditpolicy';

export interface CallOptions {
  format?: Format;
  /** A product definition (object or JSON text), as the CLI's --product file. */
  product?: ProductDefinition | string;
}

export interface PaymentRequest {
  /** Major units, exact to the currency's minor unit; 0 to 10^13. */
  principal: number;
  currency: CurrencyCode;
  /** Nominal annual rate in percent, 0 to 1000. */
  annual_rate_pct: number;
  /** Monthly payments, 1 to 600. */
  term: number;
  when?: 'end' | 'begin';
}

export interface PaymentResult {
  currency: CurrencyCode;
  /** The level installment, major units rounded to the minor unit. */
  payment: number;
}

/** An ISO 8601 calendar date, "YYYY-MM-DD". */
export type IsoDate = string;

export interface ScheduleRequest {
  /** Major units, > 0 to 10^13. */
  principal: number;
  currency: CurrencyCode;
  /** Nominal annual rate in percent, 0 to 1000. */
  annual_rate_pct: number;
  method?: 'annuity' | 'annuity_due' | 'equal_principal' | 'flat' | 'interest_only' | 'bullet';
  /** Installments: 1–600 months, 1–1,300 weeks, 1–650 fortnights, or 1–3,660 days (one payment). */
  term: number;
  term_unit?: 'month' | 'week' | 'fortnight' | 'day';
  start_date: IsoDate;
  first_due_date?: IsoDate;
  day_count?: '30/360' | '30e/360' | 'act/360' | 'act/365f' | 'act/act_isda';
  business_days?: {
    convention: 'unadjusted' | 'following' | 'modified_following' | 'preceding';
    holidays?: IsoDate[];
    weekends_off?: boolean;
  };
  grace?: { periods: number; interest?: 'paid' | 'capitalised' };
  upfront_fees?: { amount?: number; pct?: number; financed?: boolean }[];
  installment_fees?: { amount?: number; pct_of_balance?: number }[];
  rounding?: { mode?: 'half_up' | 'half_even' | 'up' | 'down'; increment?: number; residue?: 'last' | 'first' };
  prepayments?: { installment: number; amount?: number; then?: 'shorter_term' | 'lower_installment' }[];
  /** The cost of credit to solve for (only when asked: it costs a root-finding). */
  cost_of_credit?: CostOfCreditRequest;
}

export type CostStandard = 'br_cet' | 'reg_z_apr' | 'irr_apr';

export interface CostOfCreditRequest {
  standard: CostStandard;
  /** Brazil's IOF (BRL loans only): paid up front by the customer, or financed by the credit. */
  iof?: { borrower: 'individual' | 'company'; financed?: boolean };
}

/** Percent figures; every one null when no rate the engine searches balances the flows. */
export interface CostOfCredit {
  standard: CostStandard;
  /** CET: the effective annual rate; the APRs: periodic × unit_periods_per_year. */
  annual_pct: number | null;
  /** Per unit period of the schedule (CET: per month). */
  periodic_pct: number | null;
  unit_periods_per_year: number | null;
  /** (1 + periodic)^unit_periods_per_year − 1 (CET: annual_pct). */
  effective_annual_pct: number | null;
  /** To 1/100 %, as the standard discloses it. */
  disclosed_annual_pct: number | null;
  disclosed_periodic_pct: number | null;
  /** When asked: a financed IOF is also in amount_financed and upfront_fees. */
  iof?: { daily: number; additional: number; total: number; financed: boolean };
}

/** One installment of a schedule (amounts in major units, as the JSON API prints them). */
export interface Installment {
  number: number;
  due_date: IsoDate;
  payment: number;
  principal: number;
  interest: number;
  fees: number;
  balance: number;
  /** With a capitalised grace. */
  capitalised_interest?: number;
  /** With prepayments. */
  prepayment?: number;
}

/**
 * The installments column by column: what crossed from WebAssembly, with no object per row.
 * Amounts are whole minor units (cents, paise; rupiah), exact integers: divide by `minorPerMajor`
 * for the numbers the rows and the JSON API carry.
 */
export interface ScheduleColumns {
  /** 100 for USD, BRL, INR; 1 for IDR. */
  minorPerMajor: number;
  payment: Float64Array;
  principal: Float64Array;
  interest: Float64Array;
  fees: Float64Array;
  balance: Float64Array;
  capitalised_interest?: Float64Array;
  prepayment?: Float64Array;
  /** ISO dates, made as text when the column is first read. */
  due_date: readonly IsoDate[];
  /** The same dates packed as year << 9 | month << 5 | day. */
  packedDates: Uint32Array;
}

export interface ScheduleResult {
  currency: CurrencyCode;
  amount_financed: number;
  disbursed: number;
  upfront_fees: number;
  /** Made when first read, all at once; then a plain array (cloneable, postMessage-able). */
  installments: readonly Installment[];
  totals: { payment: number; principal: number; interest: number; fees: number; capitalised_interest?: number; prepayment?: number };
  /** When the request asks for it. */
  cost_of_credit?: CostOfCredit;
  /** Not enumerable: results deep-equal the JSON API's. */
  readonly columns: ScheduleColumns;
}

/** A partner request body built by `payload` (docs/api.md#payload). */
export interface PartnerRequest {
  method: 'POST';
  path: string;
  body: Record<string, unknown>;
}

export interface PayloadResult {
  format: Format;
  /** Dompet Kilat gives two: borrower registration, then loan registration. */
  requests: PartnerRequest[];
}

/**
 * `offers --format creditas`: Creditas' "Cria uma simulação de oferta" request (seed 002) as its
 * partners send it; fields it does not read are allowed. `loansim` is our extension.
 */
export interface CreditasOffersRequest {
  productType?: 'AUTO_REFI' | null;
  purpose: string;
  intendedCredit: { currency: 'BRL'; amount: number };
  borrower: {
    monthlyIncome: number;
    birthDate?: string | null;
    /** Its bacenAuthorizedAt dates the simulation when loansim.simulation_date does not. */
    bacenAuthorization?: { bacenAuthorizedAt?: string | null; [field: string]: unknown } | null;
    [field: string]: unknown;
  };
  collateral: {
    value: number;
    debt?: number | null;
    model?: string | null;
    modelYear?: number | string | null;
    manufacturingYear?: number | string | null;
    borrowerVehicleOwner?: boolean | null;
    [field: string]: unknown;
  };
  loansim?: { simulation_date?: IsoDate | null; bureau?: { scale: BureauScale; score: number } | null; terms?: number[] | null } | null;
  [field: string]: unknown;
}

/** `offers --format creditas`: Creditas' response shape, our own result under `loansim` (docs/api.md#offers). */
export interface CreditasOffersResult {
  id: string;
  scoreFixed: boolean;
  approvedStatus: 'ANALYSIS_PRE_APPROVED' | 'ANALYSIS_FIXED_SCORE' | 'ANALYSIS_REFUSED' | 'ANALYSIS_CREATED';
  /** Rates and totalEffectiveCost (the monthly CET) are monthly fractions; amounts in R$. */
  offers: { loanTerm: number; monthlyInterestRate: number; totalEffectiveCost: number; installmentAmount: number; loanAmount: number; iof: number }[];
  loansim: OffersResult;
}

/** Principal, interest and fees, and their total (major units). */
export interface AmountSplit { principal: number; interest: number; fees: number; total: number }

/** An installment as given to `servicing` (e.g. `schedule`'s output). */
export interface DueInstallment { due_date: IsoDate; principal: number; interest: number; fees?: number | null }
/** The loan's terms as `schedule` takes them, or its installments as given. */
export type ServicedLoan = { loan: ScheduleRequest } | { currency: CurrencyCode; installments: DueInstallment[] };
/** `servicing` (docs/api.md#servicing). No payment may be later than `as_of`. */
export type ServicingRequest = ServicedLoan & { as_of: IsoDate; payments?: { date: IsoDate; amount: number }[] | null };
/** `servicing --format dompetkilat`: Dompet Kilat's repayment callback (seed 001) as-is, in place of `payments`. */
export type DompetKilatServicingRequest = ServicedLoan & { as_of: IsoDate; repayment: Record<string, unknown> };

/** `servicing` in our own format (docs/api.md#servicing); amounts in major units. */
export interface ServicingResult {
  as_of: IsoDate;
  /** Credgenics' form: "2021-2-01". */
  allocation_month: string;
  currency: CurrencyCode;
  status: 'active' | 'completed';
  days_past_due: number;
  dpd_bracket: '0' | '1-30' | '31-60' | '61-90' | '91-120' | '121-180' | '180+';
  /** Null when nothing is unpaid. */
  oldest_unpaid_installment: number | null;
  date_of_default: IsoDate | null;
  paid: AmountSplit;
  /** Due by the as-of date and unpaid. */
  overdue: AmountSplit;
  /** All principal not repaid, due or not; interest and fees due and unpaid. */
  outstanding: AmountSplit;
  overpaid: number;
  expected_emi: { installment: number | null; amount: number; expected_emi_principal_amount: number; expected_emi_interest_amount: number; fees: number };
  installments_settled: number;
  installments: { number: number; due_date: IsoDate; due: AmountSplit; paid: AmountSplit; paid_on: IsoDate | null }[];
  allocation_order: string;
  warnings: string[];
}

/** `payload` (docs/api.md#payload): a loan and an applicant, and the partner's own fields under its names. */
export interface PayloadRequest {
  applicant?: {
    full_name?: string | null; national_id?: string | null; phone?: string | null; email?: string | null;
    birth_date?: IsoDate | null; birth_place?: string | null; gender?: string | null; occupation?: string | null;
    monthly_income?: AmountOrRange | null; monthly_expenses?: AmountOrRange | null; kyc_verified?: boolean | null; credit_score?: number | null;
  };
  loan?: {
    amount: number; currency: CurrencyCode; term: number; term_unit?: 'month' | 'day' | null; annual_rate_pct?: number | null;
    method?: InterestMethod | null; start_date?: IsoDate | null; purpose?: string | null;
  };
  /** KOCEK only. */
  collaterals?: { name: string; type: string; code: string; value: number; recognition_pct: number; information?: string | null }[] | null;
  partner: Record<string, unknown>;
}

/** A unit period: the step of a dated series, the unit of a position, the period a rate is per. */
export type UnitPeriod = 'day' | 'week' | 'fortnight' | 'semimonth' | 'month' | 'quarter' | 'half_year' | 'year';

/** One flow of the `apr` command: dated, a dated series, or a unit-period position (Appendix J's notation). */
export type AprFlow =
  | { date: string; amount: number }
  | { first_date: string; amount: number; count?: number }
  | { period: number; fraction?: number; amount: number; count?: number };

export interface AprRequest {
  standard: 'us_reg_z' | 'br_cet' | 'eu_ccd' | 'in_rbi' | 'irr';
  /** Money the customer receives. */
  advances: AprFlow[];
  /** Money the customer pays: installments, fees, insurance. */
  payments: AprFlow[];
  unit_period?: UnitPeriod;
  /** Replaces unit_period for any other unit period (13, 6, 365/255...). */
  unit_periods_per_year?: number;
  /** eu_ccd only. */
  time_basis?: 'days' | 'months';
  currency?: CurrencyCode;
}

export interface AprResult {
  standard: AprRequest['standard'];
  currency: CurrencyCode;
  /** The annual rate in percent, full precision. */
  apr_pct: number;
  /** The figure the standard discloses, rounded as it says. */
  disclosed_apr_pct: number;
  advances_total: number;
  payments_total: number;
  /** us_reg_z */
  unit_period_rate_pct?: number;
  regular?: boolean;
  tolerance_pct?: number;
  /** us_reg_z, in_rbi, irr */
  unit_periods_per_year?: number;
  /** in_rbi, irr */
  periodic_rate_pct?: number;
  effective_annual_rate_pct?: number;
  /** br_cet */
  cet_monthly_pct?: number;
  disclosed_cet_monthly_pct?: number;
  /** eu_ccd */
  time_basis?: 'days' | 'months' | 'unit_periods';
}

export interface IofRequest {
  borrower: 'individual' | 'company';
  /** The credit; when financed, the net amount released to the customer. */
  amount: number;
  disbursement_date: string;
  /** Principal amortised on each due date; adds up to amount. */
  amortizations: { date: string; amount: number }[];
  financed?: boolean;
  daily_rate_pct?: number;
  additional_rate_pct?: number;
  rounding?: 'half_up' | 'half_even' | 'up' | 'down';
  currency?: CurrencyCode;
}

export interface IofResult {
  currency: CurrencyCode;
  borrower: IofRequest['borrower'];
  financed: boolean;
  iof_daily: number;
  iof_additional: number;
  iof: number;
  /** Upfront only. */
  amount?: number;
  /** Financed only. */
  financed_amount?: number;
  released_amount?: number;
  amortizations?: { date: string; amount: number }[];
}

type When = 'end' | 'begin';
/** The tvm command: one time-value-of-money function, numpy-financial's argument names. Rates are
 * fractions (0.01 = 1 %); amounts are plain numbers, not rounded. See docs/api.md. */
export type TvmRequest =
  | { fn: 'pmt'; rate: number; nper: number; pv: number; fv?: number; when?: When }
  | { fn: 'ipmt' | 'ppmt'; rate: number; per: number; nper: number; pv: number; fv?: number; when?: When }
  | { fn: 'nper'; rate: number; pmt: number; pv: number; fv?: number; when?: When }
  | { fn: 'pv'; rate: number; nper: number; pmt: number; fv?: number; when?: When }
  | { fn: 'fv'; rate: number; nper: number; pmt: number; pv: number; when?: When }
  | { fn: 'rate'; nper: number; pmt: number; pv: number; fv: number; when?: When; guess?: number }
  | { fn: 'npv'; rate: number; values: number[] }
  | { fn: 'irr'; values: number[] }
  | { fn: 'xnpv'; rate: number; values: number[]; dates: string[] }
  | { fn: 'xirr'; values: number[]; dates: string[]; guess?: number }
  | { fn: 'effect' | 'nominal'; rate: number; npery: number };
export interface TvmResult {
  /** The function's value, unrounded. */
  value: number;
  /** rate, irr, xirr: how many times the cash flows change sign, the most rates that can solve them. */
  roots_possible?: number;
  /** rate, irr, xirr when roots_possible > 1: which of the possible rates this is. */
  note?: string;
}

export interface RunResponse {
  ok: boolean;
  /** The result JSON, or {"error":{code,field,message}}: byte-identical to the CLI's stdout. */
  json: string;
}

/** Bytes a module's heap holds (`heap`) and has handed out (`inUse`). */
export interface HeapBytes {
  heap: number;
  inUse: number;
}

/** The core module's commands: payment, schedule, apr, tvm, over the binary tape. */
// ---- Products (docs/products.md, schema loansim.product/1) ----------------------------------

export type Market = 'ID_KOPERASI' | 'ID_P2P' | 'BR_AUTO_REFI' | 'US_CONSUMER' | 'IN_PERSONAL';
/** A product's interest methods (the schedule's `annuity`, `flat`, `equal_principal`). */
export type InterestMethod = 'annuity' | 'flat' | 'declining';
export type RoundingMode = 'half_up' | 'half_even' | 'up' | 'down';
/** Loan quality, Kol-1 (lancar) to Kol-5 (macet). */
export type Collectability = 'lancar' | 'dalam_perhatian_khusus' | 'kurang_lancar' | 'diragukan' | 'macet';
export type BureauScale = 'fico' | 'serasa' | 'cibil' | 'bankruptcy_plus';
export type Pillar = 'character' | 'capacity' | 'capital' | 'collateral' | 'condition';
export type Criterion =
  | 'collectability' | 'active_loans' | 'withdrawal_ratio' | 'membership_months' | 'bureau' | 'dsr' | 'residual_income'
  | 'debt_months' | 'income_evidence' | 'savings_ratio' | 'equity' | 'coverage' | 'collateral_quality' | 'purpose' | 'age_headroom';

/** Points for the values up to `up_to` (inclusive); the last band has no `up_to` and takes the rest. */
export interface ScoreBand { up_to?: number | null; points: number }
export interface BandedCriterion { weight: number; bands: ScoreBand[] }
export type PolicyAction = 'none' | 'refer' | 'refuse';

/** A product definition: the `product` option (object or its JSON text), the CLI's --product file. */
export interface ProductDefinition {
  schema: 'loansim.product/1';
  /** 1–64 of [A-Za-z0-9._-]. */
  id: string;
  /** 1–32 of [A-Za-z0-9._-], echoed in every result. */
  version: string;
  name: string;
  market: Market;
  currency: CurrencyCode;
  /** Major units: the minimum ticket and the product maximum. */
  amount: { min: number; max: number };
  /** Whole months 1–600; `grid` ascending, the tenures offered. */
  term_months: { min: number; max: number; grid: number[] };
  methods: InterestMethod[];
  rates: {
    basis: 'annual' | 'monthly';
    term_buckets_months: number[];
    ltv_buckets_pct: number[];
    /** Ascending by max_risk_score (1–1400); rate_pct[term bucket][LTV bucket]. */
    bands: { id: string; max_risk_score: number; rate_pct: number[][] }[];
  };
  fees: { origination_pct: number; origination_fixed: number; monthly: number; financed?: boolean | null };
  insurance?: { upfront_pct: number; monthly_pct_of_balance: number; financed?: boolean | null } | null;
  /** Brazil's IOF: percent a day (at most 365 days) and an additional percent of the amount. */
  iof?: { daily_pct: number; additional_pct: number; financed?: boolean | null } | null;
  rounding: { installment: { mode: RoundingMode; increment: number }; amount: { mode: RoundingMode; increment: number } };
  affordability: { ratio: 'dsr' | 'dti' | 'foir'; max_pct: number; disposable_share_pct?: number | null; min_income?: number | null };
  age?: { min_years: number; max_at_maturity_years: number } | null;
  collateral: {
    rule: 'none' | 'recognition' | 'ltv';
    required_coverage_pct: number;
    types: { id: string; recognition_pct: number; quality_points: number; vehicle?: boolean | null; aliases: string[] }[];
    ltv_limits: { max_age_years?: number | null; max_ltv_pct: number }[];
  };
  savings_multiple?: number | null;
  scoring: {
    weights: Record<Pillar, number>;
    criteria: {
      collectability?: { weight: number; points: Record<Collectability, number> } | null;
      bureau?: { weight: number } | null;
      collateral_quality?: { weight: number } | null;
      purpose?: { weight: number; categories: { id: string; points: number; keywords: string[] }[]; unknown_points: number } | null;
      active_loans?: BandedCriterion | null;
      withdrawal_ratio?: BandedCriterion | null;
      membership_months?: BandedCriterion | null;
      dsr?: BandedCriterion | null;
      residual_income?: BandedCriterion | null;
      debt_months?: BandedCriterion | null;
      income_evidence?: BandedCriterion | null;
      savings_ratio?: BandedCriterion | null;
      equity?: BandedCriterion | null;
      coverage?: BandedCriterion | null;
      age_headroom?: BandedCriterion | null;
    };
    partial_coverage: { min_coverage: number; cap: number };
    cutoffs: { approve: number; refer: number };
    /** Each absent one: none. */
    collectability_actions: Partial<Record<Collectability, PolicyAction | null>>;
    refuse_bankruptcy_score_at?: number | null;
    refuse_active_loans_above?: number | null;
    require_kyc?: boolean | null;
    fixed_score?: { amount_share_pct: number; max_term_months: number; pricing_score?: { scale: BureauScale; score: number } | null } | null;
    risk: {
      anchor_composite: number; anchor_risk: number; anchor_pd_pct: number;
      composite_points_per_halving: number; risk_points_per_halving: number; refused_floor: number;
    };
  };
}

// ---- recommend and offers in our own format (docs/api.md#recommend, #offers) ---------------

/** An amount in major units, or a declared range (read conservatively: income low, expenses high). */
export type AmountOrRange = number | { low: number; high: number };

export interface Applicant {
  monthly_income: AmountOrRange;
  monthly_expenses?: AmountOrRange | null;
  existing_installments?: number | null;
  outstanding_debt?: number | null;
  active_loans?: number | null;
  collectability?: Collectability | null;
  withdrawal_ratio_pct?: number | null;
  membership_months?: number | null;
  age?: number | null;
  savings?: number | null;
  bureau?: { scale: BureauScale; score: number } | null;
  bankruptcy?: boolean | null;
  kyc_verified?: boolean | null;
  /** Accepted, never read. */
  gender?: string | null;
  religion?: string | null;
  marital_status?: string | null;
}

export interface LoanAsk {
  amount: number;
  /** 1–600; beyond the product's limits a counter-offer. */
  term_months: number;
  /** Nominal; absent: the product's grid prices it by risk band. */
  annual_rate_pct?: number | null;
  method?: InterestMethod | null;
  purpose?: string | null;
}

export interface CollateralItem {
  /** The product's collateral type id or one of its aliases. */
  type: string;
  name?: string | null;
  value: number;
  estimate_low?: number | null;
  recognition_pct?: number | null;
  declared_recognised?: number | null;
  lien?: number | null;
  age_years?: number | null;
}

export interface RecommendRequest {
  /** A sample product's id; required without the `product` option, and must match it with one. */
  product_id?: string | null;
  applicant: Applicant;
  loan: LoanAsk;
  collaterals?: CollateralItem[] | null;
}

export type Decision = 'PRE_APPROVED' | 'REFER' | 'REFUSED' | 'FIXED_SCORE';
export type BindingConstraint =
  | 'REQUESTED' | 'CAP_DSR' | 'CAP_DISPOSABLE' | 'CAP_COLLATERAL' | 'CAP_SAVINGS' | 'CAP_PRODUCT_MAX' | 'CAP_FIXED_SCORE' | 'NONE';
export type ReasonCode =
  | 'KO_COLLECTABILITY' | 'KO_BANKRUPTCY' | 'KO_NEGATIVE_DISPOSABLE' | 'KO_MIN_INCOME' | 'KO_ACTIVE_LOANS' | 'KO_AGE' | 'KO_KYC'
  | 'KO_BELOW_MIN_AMOUNT' | 'KO_NO_TENURE' | 'KO_LOW_SCORE'
  | 'CAP_DSR' | 'CAP_DISPOSABLE' | 'CAP_COLLATERAL' | 'CAP_SAVINGS' | 'CAP_PRODUCT_MAX' | 'CAP_FIXED_SCORE' | 'OFFER_TENURE_CHANGED'
  | 'CHR_NO_BUREAU' | 'CHR_COLLECTABILITY' | 'CHR_ACTIVE_LOANS' | 'CHR_WITHDRAWALS' | 'CHR_SHORT_MEMBERSHIP' | 'CHR_BUREAU'
  | 'CAP_DSR_HIGH' | 'CAP_LOW_RESIDUAL' | 'CAP_DEBT_HIGH' | 'CAP_INCOME_UNVERIFIED' | 'CPT_LOW_SAVINGS' | 'CPT_LOW_EQUITY'
  | 'COL_LOW_COVERAGE' | 'COL_QUALITY' | 'CND_PURPOSE' | 'CND_AGE_MATURITY';
/** A reason in Indonesian, Portuguese and English. */
export interface ReasonText { id: string; pt: string; en: string }

export interface CriterionScore {
  criterion: Criterion;
  weight: number;
  scored: boolean;
  /** What was measured (a ratio, months, points); null when not scored or categorical. */
  measured: number | null;
  /** The category measured ("diragukan", "consumptive"), or why it was not scored. */
  label: string;
  points: number;
  /** Composite points this criterion cost: weight share × (100 − points). */
  points_lost: number;
}

export interface PillarScore { score: number; weight: number; coverage: number; capped: boolean; criteria: CriterionScore[] }

/** Every figure of a recommendation, to rebuild it by hand. */
export interface RecommendationTrace {
  income_used: number;
  expenses_used: number;
  existing_installments: number;
  disposable: number;
  dsr_budget: number;
  disposable_budget: number | null;
  installment_budget: number;
  capacity_binding: BindingConstraint;
  rate: { monthly_pct: number; source: 'grid' | 'requested'; risk_band: string | null };
  requested_installment: number;
  requested_dsr_pct: number | null;
  ltv_pct: number | null;
  collaterals: {
    type: string | null; value_used: number; recognition_pct: number; recognised: number; limit: number;
    declared_recognised: number | null; declared_mismatch: boolean;
  }[];
  collateral_limit: number | null;
  savings_limit: number | null;
  product_max: number;
  age_tenure_cap_months: number | null;
  fixed_score_tenure_cap_months: number | null;
  tenures: { term_months: number; monthly_rate_pct: number; capacity: number; amount: number; installment: number; binding: BindingConstraint }[];
  rules: {
    max_ratio_pct: number; disposable_share_pct: number | null; savings_multiple: number | null; required_coverage_pct: number;
    amount_step: number; min_amount: number; approve_at: number; refer_at: number;
  };
  risk: {
    composite: number; anchor_composite: number; anchor_risk: number; composite_points_per_halving: number;
    risk_points_per_halving: number; anchor_pd_pct: number; refused_floor: number; pd: number;
  };
}

export interface RecommendResult {
  product: { id: string; version: string };
  currency: CurrencyCode;
  decision: Decision;
  recommendation: { plafon: number; tenure_months: number | null; installment: number; counter_offer: boolean; dsr_pct: number | null; max_amount: number };
  binding_constraint: BindingConstraint;
  five_c: Record<Pillar, PillarScore>;
  weights: Record<Pillar, number>;
  /** 0–100. */
  composite: number;
  /** 1–1400, low = low risk. */
  risk_score: number;
  /** At most four: rules that fired, the binding cap, a changed tenure, the costliest factors. */
  reasons: { code: ReasonCode; type: 'rule' | 'score'; points_lost: number | null; text: ReasonText }[];
  knockouts: { code: ReasonCode; action: PolicyAction }[];
  warnings: string[];
  trace: RecommendationTrace;
}

export interface OffersRequest extends RecommendRequest {
  /** Disbursement: day zero of the schedule, the IOF and the cost of credit. */
  start_date: IsoDate;
  /** Tenures in months to offer; default the product's grid. */
  terms?: number[] | null;
}

export interface Offer {
  term_months: number;
  monthly_rate_pct: number;
  /** (1 + monthly)^12 − 1, percent. */
  annual_effective_rate_pct: number;
  loan_amount: number;
  binding_constraint: BindingConstraint;
  /** The first installment. */
  installment: number;
  peak_installment: number;
  fees: number;
  fees_upfront: number;
  /** Null when the product charges none. */
  iof: { daily: number; additional: number; total: number; financed: boolean } | null;
  financed: number;
  /** What the customer receives. */
  released: number;
  /** Installments plus what is paid up front. */
  total_payable: number;
  cost_of_credit: { standard: CostStandard; annual_pct: number; monthly_pct: number; disclosed_annual_pct: number; disclosed_monthly_pct: number };
}

export interface OffersResult {
  product: { id: string; version: string };
  currency: CurrencyCode;
  start_date: IsoDate;
  decision: Decision;
  risk_score: number;
  /** The score the rate's band was looked up by (with a fixed score: the product's). */
  pricing_risk_score: number;
  /** Null when the request names its own rate. */
  risk_band: string | null;
  /** Ascending tenure; none when refused. */
  offers: Offer[];
  reasons: { code: ReasonCode; type: 'rule' | 'score'; text: ReasonText }[];
  warnings: string[];
}


// ---- The seed APIs' shapes (docs/api.md: recommend --format kocek, policy-decision, servicing) --

/** A KOCEK text number: "100000-200000", "8,3", "174,48%", "31", or a number; null where KOCEK sends one. */
export type KocekValue = string | number | null;

/** KOCEK's "Get Credit Recommendation" request (seed 000) as-is; fields it does not read are allowed. */
export interface KocekRecommendRequest {
  /** Our extension: the day of the assessment (membership length, the age from `birth`). */
  as_of?: IsoDate | null;
  customer_id?: string | null;
  loan_id?: string | null;
  character?: {
    name?: string | null; nik?: string | null; kyc_status?: boolean | null; age?: KocekValue; birth?: string | null;
    member_date?: string | null; gender?: string | null; [field: string]: unknown;
  } | null;
  income?: { key?: string | null; value: KocekValue; [field: string]: unknown }[] | null;
  expenses?: { key?: string | null; value: KocekValue; [field: string]: unknown }[] | null;
  collaterals?: {
    name?: string | null; type?: string | null; code?: string | null; value: KocekValue; estimated_price?: KocekValue;
    recognition?: KocekValue; recognition_value?: KocekValue; [field: string]: unknown;
  }[] | null;
  application: {
    plafon: KocekValue; tenure: KocekValue; purpose?: string | null; interest?: KocekValue;
    loan_interest_method?: number | string | null; loan_interest_method_label?: string | null; [field: string]: unknown;
  };
  internal_data?: {
    total_loan_active?: KocekValue; loan_remaining?: KocekValue; collectability?: string | null;
    behaviour_pattern_withdrawal_ratio?: KocekValue; total_balance_active?: KocekValue; total_deposit_active_balance?: KocekValue;
    [field: string]: unknown;
  } | null;
  [field: string]: unknown;
}

/** KOCEK's response: a short Indonesian explanation per C, the plafon and tenure as text, our result under `loansim`. */
export interface KocekRecommendResult {
  data: {
    '5c': Record<Pillar, string>;
    /** plafon "0" and tenure "" when refused. */
    recommendation: { plafon: string; tenure: string };
    loansim: RecommendResult & { customer_id: string; loan_id: string };
  };
  message: string;
  status: 'success';
}

interface CreditPolicyPerson {
  MonthlyGrossIncome: number;
  MonthlyDebtPayments?: number | null;
  MonthlyLivingExpenses?: number | null;
  OutstandingDebt?: number | null;
  OpenTradelines?: number | null;
  /** 300–850; without it the product's fixed-score fallback applies. */
  FICOScore?: number | null;
  Savings?: number | null;
  Bankruptcy?: boolean | null;
  Apartment?: string | null;
  /** Accepted, never read. */
  Gender?: string | null;
  Religion?: string | null;
  MaritalStatus?: string | null;
}

/** `policy-decision --format creditpolicy`: seed 003's envelope plus the applicant and the loan asked for. */
export interface CreditPolicyRequest {
  Source: string;
  IPAddress?: string | null;
  DateFormat?: '1' | '2' | '3' | null;
  /** ISO 4217 numeric: the product's ("840" for USD). */
  CurrencyCode?: string | null;
  CurrencySymbolType?: '1' | '2' | null;
  Language?: 'en' | null;
  ExternalIP: string;
  SessionID?: string | null;
  APIVersion: '2.0';
  CallerID?: string | null;
  CalledID?: string | null;
  /** MM/dd/yyyy HH:mm:ss. */
  RequestTime?: string | null;
  ApplicationID: number;
  Applicant: CreditPolicyPerson & {
    Purpose?: string | null; ProgramState?: string | null; MerchantName?: string | null; ProgramAddress1?: string | null;
    ProgramAddress2?: string | null; ProgramCity?: string | null; ProgramZip?: string | null;
  };
  CoApplicant?: CreditPolicyPerson | null;
  RequestedLoanAmt: number;
  RequestedTermMonths: number;
  RequestedAPR?: number | null;
}

export interface CreditPolicyResult {
  Message: 'Success';
  Status: true;
  ErrorCode: null;
  ResponseData: {
    BankAuditDetailsList: { GDSCode: ReasonCode; GDSDecription: string }[];
    /** The product id and version. */
    CreditPolicy: string;
    /** Our risk score, 1–1400, low = low risk. */
    BKPlusScore: number;
    CoApplicationBKPlusScore: string | null;
    RequestedLoanAmt: number;
    Apartment: string | null;
    CAApartment: string | null;
    ProgramState: string | null;
    /** The recommended amount, "0.00" when declined. */
    CreditLimit: string;
    Status: 'Approved' | 'Refer' | 'Declined';
    MerchantName: string | null;
    DTI: string | null;
    MaximumCreditLimit: string;
    CoApplicationIncome: number;
    ProgramAddress1: string | null;
    ProgramAddress2: string | null;
    ProgramCity: string | null;
    ProgramZip: string | null;
    ApplicationFICOScore: string | null;
    CoApplicationFICOScore: string | null;
    loansim: RecommendResult & { application_id: number };
  };
}

/** `servicing --format credgenics`: Credgenics' loan details and defaults (whole rupees), our result under `loansim`. */
export interface CredgenicsServicingResult {
  loan_details: {
    total_loan_amount: number;
    loan_tenure: number;
    emi_amount: number;
    /** Null when the installments were given instead of the loan's terms. */
    interest_on_loan: number | null;
    client_loan_sanction_date: IsoDate | null;
    loan_end_date: IsoDate;
    tenure_finished: boolean;
    /** One entry while something is overdue. */
    defaults: {
      allocation_month: string; date_of_default: IsoDate; actual_date_of_default: IsoDate; default_emi_number: number;
      expected_emi: number; expected_emi_principal_amount: number; expected_emi_interest_amount: number;
      principal_outstanding_amount: number; total_claim_amount: number; late_fee: null; other_penalty: null;
      amount_recovered: number; client_amount_recovered: number; allocation_dpd_value: number;
      allocation_dpd_bracket: ServicingResult['dpd_bracket'];
    }[];
  };
  loansim: ServicingResult;
}

export interface LoansimCore {
  /** The command names, as on the CLI. */
  readonly commands: readonly string[];
  payment(request: PaymentRequest, options?: CallOptions): PaymentResult;
  schedule(request: ScheduleRequest, options?: CallOptions): ScheduleResult;
  apr(request: AprRequest, options?: CallOptions): AprResult;
  tvm(request: TvmRequest, options?: CallOptions): TvmResult;
  /** Each loaded module's heap: flat from call to call. */
  memoryBytes(): { core: HeapBytes; json?: HeapBytes };
}

/** The core module alone, as `createLoansim({ only: 'core' })` gives it. */
export interface LoansimCoreOnly extends LoansimCore {
  /**
   * The whole API over this same core module, the JSON module loaded on the first call (later
   * calls give the same promise; a failed load is tried again).
   */
  withJsonModule(options?: Pick<CreateOptions, 'wasmBinary' | 'wasmUrl'>): Promise<Loansim>;
}

/** Both modules: every command, and the JSON API. */
export interface Loansim extends LoansimCore {
  /** The JSON API exactly as the CLI: command + request text → response text. */
  run(command: string, requestText: string, options?: { format?: Format | ''; product?: string }): RunResponse;
  iof(request: IofRequest, options?: CallOptions): IofResult;
  /** KOCEK's "Get Credit Recommendation" request and response shapes (seed 000; docs/api.md#recommend). */
  recommend(request: KocekRecommendRequest, options: CallOptions & { format: 'kocek' }): KocekRecommendResult;
  /** The explained recommendation (docs/api.md#recommend). */
  recommend(request: RecommendRequest, options?: CallOptions & { format?: undefined }): RecommendResult;
  /** The credit-policy decision; {format: 'creditpolicy'} (docs/api.md#policy-decision). */
  policyDecision(request: CreditPolicyRequest, options: CallOptions & { format: 'creditpolicy' }): CreditPolicyResult;
  /** A partner's request bodies from a loan and an applicant (docs/api.md#payload). */
  payload(request: PayloadRequest, options: CallOptions & { format: Format }): PayloadResult;
  /** Priced offers across a product's tenures (docs/api.md#offers); {format: 'creditas'}: seed 002's shapes. */
  offers(request: CreditasOffersRequest, options: CallOptions & { format: 'creditas' }): CreditasOffersResult;
  offers(request: OffersRequest, options?: CallOptions & { format?: undefined }): OffersResult;
  /** Paid, overdue and outstanding amounts, DPD, expected EMI (docs/api.md#servicing); 'dompetkilat' reads its callback, 'credgenics' answers in its fields. */
  servicing(request: ServicingRequest, options: CallOptions & { format: 'credgenics' }): CredgenicsServicingResult;
  servicing(request: DompetKilatServicingRequest, options: CallOptions & { format: 'dompetkilat' }): ServicingResult;
  servicing(request: ServicingRequest, options?: CallOptions & { format?: undefined }): ServicingResult;
}

export interface CreateOptions {
  /** Load only the core module (payment, schedule, apr, tvm): a widget's first simulation; the rest later with withJsonModule(). */
  only?: 'core';
  /** The core module's bytes (loansim-core.wasm), when the caller loads them itself. */
  coreWasmBinary?: ArrayBuffer | Uint8Array;
  /** Where the browser fetches loansim-core.wasm from (default: next to this file). */
  coreWasmUrl?: string;
  /** The JSON module's bytes (loansim.wasm). */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /** Where the browser fetches loansim.wasm from (default: next to this file). */
  wasmUrl?: string;
}

export function createLoansim(options: CreateOptions & { only: 'core' }): Promise<LoansimCoreOnly>;
export function createLoansim(options?: CreateOptions): Promise<Loansim>;
