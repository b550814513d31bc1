// KOCEK CDE "Get Credit Recommendation" (seed 000): POST {base}/kocek/cde/credit-recommendation,
// bearer token, 200 with the id of the recommendation job, 403 while the service is switched off.
import { randomUUID } from 'node:crypto';
import { validToken, bearerToken } from './http.js';
import { arrayOf, boolean, integer, number, object, optional, problems, required, string } from './validate.js';

// "100000-200000": the document's income, expense and price ranges. The document has no field
// table, only examples; a single amount ("5000000") is read as the one-point range it is.
const range = (value) => (typeof value === 'string' && /^\d+(\.\d+)?(-\d+(\.\d+)?)?$/.test(value) ? undefined : 'must be an amount or a range like "100000-200000"');

const REQUEST = {
  customer_id: required(string(64)),
  loan_id: required(string(64)),
  character: required(object({
    name: required(string(255)),
    nik: required(string(32)),
    kyc_status: optional(boolean),
    age: optional(integer),
    birth: optional(string(255)),
    gender: optional(string(8)),
    member_date: optional(string(32)),
    occupation: optional(string(255)),
  })),
  income: required(arrayOf({ key: required(string(64)), value: required(range) })),
  expenses: required(arrayOf({ key: required(string(64)), value: required(range) })),
  collaterals: optional(arrayOf({
    name: required(string(255)),
    type: required(string(255)),
    code: optional(string(32)),
    value: required(number),
    estimated_price: optional(range),
    recognition: required(number),
    recognition_value: optional(number),
  })),
  application: required(object({
    plafon: required(number),
    tenure: required(integer),
    purpose: optional(string(255)),
    interest: required(number),
    loan_interest_method: required(integer),
    loan_interest_method_label: optional(string(255)),
  })),
  internal_data: optional(object({})),
};

// The document's 403 body, word for word.
const UNAVAILABLE = 'Layanan pengecekan rekomendasi pinjaman sedang tidak tersedia';

const fail = (message) => ({ error: message, message, status: 'fail' });

export const kocek = {
  name: 'kocek',
  fail,
  routes: [
    {
      method: 'POST',
      path: /^\/kocek\/cde\/credit-recommendation$/,
      handle({ request, body, state }) {
        if (!validToken(bearerToken(request))) return [401, fail('Unauthorized: a valid bearer token is required')];
        if (!state.kocek.available) return [403, fail(UNAVAILABLE)];
        const [problem] = problems(body, REQUEST);
        if (problem) return [400, fail(problem)];
        return [200, { data: { id: randomUUID() }, message: 'Berhasil mendapatkan rekomendasi kredit', status: 'success' }];
      },
    },
  ],
};
