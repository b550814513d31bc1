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

export interface RunResponse {
  ok: boolean;
  /** The result JSON, or {"error":{code,field,message}}: byte-identical to the CLI's stdout. */
  json: string;
}

export interface Loansim {
  /** The JSON API exactly as the CLI: command + request text → response text. */
  run(command: string, requestText: string, options?: { format?: Format | ''; product?: string }): RunResponse;
  /** The command names, as on the CLI. */
  readonly commands: readonly string[];
  payment(request: PaymentRequest, options?: CallOptions): PaymentResult;
  /** The explained recommendation (docs/api.md#recommend); with {format: 'kocek'}, KOCEK's request and response shapes. */
  recommend(request: object, options?: CallOptions): Record<string, unknown>;
  /** The credit-policy decision; {format: 'creditpolicy'} (docs/api.md#policy-decision). */
  policyDecision(request: object, options: CallOptions & { format: 'creditpolicy' }): Record<string, unknown>;
  /** A partner's request bodies from a loan and an applicant (docs/api.md#payload). */
  payload(request: object, options: CallOptions & { format: Format }): PayloadResult;
}

export interface CreateOptions {
  /** The module's bytes, when the caller loads them itself. */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /** Where the browser fetches the .wasm from (default: next to this file). */
  wasmUrl?: string;
}

export function createLoansim(options?: CreateOptions): Promise<Loansim>;
