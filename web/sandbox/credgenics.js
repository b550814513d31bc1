// Credgenics lending "Add Loan" (seed 004): POST {base}/recovery/loan/{loan_id} with the
// authenticationtoken and role headers; 201 on success, 401 without credentials, 400 with the
// specific error otherwise. GET reads a loan back.
import { arrayOf, boolean, date, email, integer, number, optional, problems, required, string } from './validate.js';
import { validToken } from './http.js';

const ADDRESS = {
  applicant_address_type: required(string(32)),
  applicant_address_text: required(string(1000)),
  applicant_state: required(string(255)),
  applicant_city: required(string(255)),
  applicant_pincode: required(integer),
};

// The "Default Keys" table marks every key required, and its own examples send null for some;
// null is accepted where the examples use it.
const DEFAULT = {
  total_claim_amount: required(integer),
  late_fee: optional(integer),
  date_of_default: required(date('yyyy-MM-dd')),
  expected_emi: required(integer),
  default_emi_number: optional(integer),
  settlement_amount: optional(integer),
  client_amount_recovered: optional(integer),
  principal_outstanding_amount: optional(integer),
  expected_emi_interest_amount: optional(integer),
  expected_emi_principal_amount: optional(integer),
  other_penalty: optional(integer),
};

const LOAN = {
  loan_id: required(string(64)),
  client_customer_id: optional(string(64)),
  loan_type: required(string(255)),
  applicant_name: required(string(255)),
  applicant_email: optional((value) => (value === '' ? undefined : email(value))),
  applicant_dob: optional(date('yyyy-MM-dd')),
  applicant_monthly_income: optional(integer),
  applicant_cibil_score: optional(integer),
  total_loan_amount: required(integer),
  loan_tenure: optional(integer),
  client_loan_sanction_date: optional(date('yyyy-MM-dd')),
  loan_end_date: optional(date('yyyy-MM-dd')),
  interest_on_loan: optional(number),
  tenure_finished: optional(boolean),
  backed_by_surety: optional(boolean),
  emi_amount: optional(integer),
  applicant_address: optional(arrayOf(ADDRESS)),
  defaults: optional(arrayOf(DEFAULT)),
};

const JSON_HEADERS = { 'Content-Type': 'application/json' };
const answer = (output, message) => ({ output, message, headers: JSON_HEADERS });

function authorised(request) {
  return validToken(request.headers.authenticationtoken) && Boolean(request.headers.role);
}

function addLoan({ request, body, params, state }) {
  if (!authorised(request)) return [401, answer('Authentication failed: authenticationtoken and role are required', 'failure')];
  const [problem] = problems(body, LOAN);
  if (problem) return [400, answer(problem, 'failure')];
  if (body.loan_id !== params[0]) return [400, answer(`loan_id ${body.loan_id} does not match the path's ${params[0]}`, 'failure')];
  if (state.credgenics.loans.has(body.loan_id)) return [400, answer(`Loan ${body.loan_id} already exists`, 'failure')];
  state.credgenics.loans.set(body.loan_id, body);
  return [201, answer('Loan added successfully', 'success')];
}

function getLoan({ request, params, state }) {
  if (!authorised(request)) return [401, answer('Authentication failed: authenticationtoken and role are required', 'failure')];
  const loan = state.credgenics.loans.get(params[0]);
  return loan ? [200, { loan_details: loan }] : [400, answer(`Loan ${params[0]} not found`, 'failure')];
}

export const credgenics = {
  name: 'credgenics',
  fail: (message) => answer(message, 'failure'),
  routes: [
    { method: 'POST', path: /^\/recovery\/loan\/([\w-]+)$/, handle: addLoan },
    { method: 'GET', path: /^\/recovery\/loan\/([\w-]+)$/, handle: getLoan },
  ],
};
