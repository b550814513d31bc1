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
  product?: object | string;
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

/** `offers --format creditas`: Creditas' response shape, our own result under `loansim` (docs/api.md#offers). */
export interface CreditasOffersResult {
  id: string;
  scoreFixed: boolean;
  approvedStatus: 'ANALYSIS_PRE_APPROVED' | 'ANALYSIS_FIXED_SCORE' | 'ANALYSIS_REFUSED' | 'ANALYSIS_CREATED';
  /** Rates and totalEffectiveCost (the monthly CET) are monthly fractions; amounts in R$. */
  offers: { loanTerm: number; monthlyInterestRate: number; totalEffectiveCost: number; installmentAmount: number; loanAmount: number; iof: number }[];
  loansim: Record<string, unknown>;
}

/** `servicing` in our own format (docs/api.md#servicing); amounts in major units. */
export interface ServicingResult {
  as_of: string;
  /** Credgenics' form: "2021-2-01". */
  allocation_month: string;
  status: 'active' | 'completed';
  days_past_due: number;
  dpd_bracket: '0' | '1-30' | '31-60' | '61-90' | '91-120' | '121-180' | '180+';
  expected_emi: { installment: number | null; amount: number; expected_emi_principal_amount: number; expected_emi_interest_amount: number; fees: number };
  [field: string]: unknown;
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
  /** The explained recommendation (docs/api.md#recommend); with {format: 'kocek'}, KOCEK's request and response shapes. */
  recommend(request: object, options?: CallOptions): Record<string, unknown>;
  /** The credit-policy decision; {format: 'creditpolicy'} (docs/api.md#policy-decision). */
  policyDecision(request: object, options: CallOptions & { format: 'creditpolicy' }): Record<string, unknown>;
  /** A partner's request bodies from a loan and an applicant (docs/api.md#payload). */
  payload(request: object, options: CallOptions & { format: Format }): PayloadResult;
  /** Priced offers across a product's tenures (docs/api.md#offers); {format: 'creditas'}: seed 002's shapes. */
  offers(request: object, options: CallOptions & { format: 'creditas' }): CreditasOffersResult;
  offers(request: object, options?: CallOptions): Record<string, unknown>;
  /** Paid, overdue and outstanding amounts, DPD, expected EMI (docs/api.md#servicing); 'dompetkilat' reads its callback, 'credgenics' answers in its fields. */
  servicing(request: object, options: CallOptions & { format: 'credgenics' }): Record<string, unknown>;
  servicing(request: object, options?: CallOptions & { format?: 'dompetkilat' }): ServicingResult;
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
