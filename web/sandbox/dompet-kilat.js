// Dompet Kilat middleware (seed 001): register a borrower, read it back, register a loan. No token
// (the real service whitelists caller IPs). NIK, phone number and email are unique; a second
// registration answers the document's "Error 1062: Duplicate entry".
import { date, digits, email, integer, object, oneOf, problems, required, string } from './validate.js';

const phone = (value) => (/^62\d{6,13}$/.test(String(value ?? '')) ? undefined : 'must be digits starting with 62');

const BORROWER = {
  map: required(oneOf('PERSONAL_BORROWER')),
  productCode: required(string(32)),
  phoneNumber: required(phone),
  email: required(email),
  fullName: required(string(255)),
  idNumber: required(digits(1, 16)),  // varchar(16) in the document
  birthDate: required(date('dd/MM/yyyy')),
};

// Every other field the loan table marks mandatory ("Ya") is free text.
const MANDATORY_TEXT = [
  'birthPlace', 'officeName', 'address', 'village', 'subdistrict', 'city', 'province', 'postalCode', 'job',
  'jobType', 'jobOnline', 'income', 'homeOwnership', 'emergencyContactName', 'emergencyContactRelationship',
  'religion', 'maritalStatus', 'education', 'motherMaidenName', 'bankName', 'bankAccountNumber', 'asset',
  'familyCard', 'workExperience', 'fotoKtp', 'fotoSelfie',
];

const LOAN = {
  ...BORROWER,
  ...Object.fromEntries(MANDATORY_TEXT.map((field) => [field, required(string(1 << 20))])),
  gender: required(oneOf('L', 'P')),
  startDate: required(date('dd/MM/yyyy')),
  plafons: required(digits(1, 15)),
  emergencyContactNumber: required(phone),
  loanData: required(object({
    tenor: required(integer),
    unit: required(oneOf('MONTH', 'DAY', 'day')),
    amount: required(digits(1, 15)),
  })),
  references: required(object({ interest: required(string(16)) })),
};

// The document's unique keys, in the order the real service checks them.
const UNIQUE = [
  ['idNumber', 'id_number'],
  ['phoneNumber', 'phone_number'],
  ['email', 'email'],
];

const fail = (message, status = '01') => ({ data: {}, status, message });

function registerBorrower({ body, state }) {
  const [problem] = problems(body, BORROWER);
  if (problem) return [400, fail(problem)];
  for (const [field, key] of UNIQUE) {
    if (state.dompetKilat.borrowers.some((borrower) => String(borrower[field]) === String(body[field]))) {
      return [409, fail(`Error 1062: Duplicate entry '${body[field]}' for key '${key}'`, '02')];
    }
  }
  const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const [day, month, year] = body.birthDate.split('/');
  const borrower = {
    id: 139 + state.dompetKilat.borrowers.length,
    borrowerType: body.map,
    phoneNumber: String(body.phoneNumber),
    idNumber: body.idNumber,
    email: body.email,
    fullName: body.fullName,
    birthDate: `${year}-${month}-${day}T00:00:00Z`,
    isVerified: false,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  };
  state.dompetKilat.borrowers.push({ ...body, record: borrower });
  return [200, { status: '00', message: 'success', data: borrower }];
}

function findBorrower(state, idNumber) {
  return state.dompetKilat.borrowers.find((borrower) => borrower.idNumber === idNumber);
}

function registerLoan({ body, state }) {
  const [problem] = problems(body, LOAN);
  if (problem) return [400, fail(problem)];
  const borrower = findBorrower(state, body.idNumber);
  if (!borrower) return [404, fail(`borrower with idNumber ${body.idNumber}, is not found`, '001')];
  const now = new Date().toISOString();
  const loan = {
    id: 141 + state.dompetKilat.loans.length,
    borrowerId: borrower.record.id,
    productId: 2,
    state: 1,
    status: 'INACTIVE',
    loanCode: '',
    plafons: Number(body.plafons),
    tenor: body.loanData.tenor,
    tenorUnit: body.loanData.unit,
    amount: Number(body.loanData.amount),
    contractNo: '',
    contractDate: null,
    interest: body.references.interest,
    updatedAt: now,
    createdAt: borrower.record.createdAt,
    deletedAt: null,
  };
  state.dompetKilat.loans.push(loan);
  return [200, { status: '00', message: 'success', data: loan }];
}

function getBorrower({ params, state }) {
  const borrower = findBorrower(state, params[0]);
  if (!borrower) return [404, fail(`IdNumber ${params[0]} record not found`, '001')];
  const { record, ...registered } = borrower;
  return [200, { status: '00', message: 'success', data: registered }];
}

export const dompetKilat = {
  name: 'dompetkilat',
  fail,
  routes: [
    { method: 'POST', path: /^\/v1\/borrower\/register$/, handle: registerBorrower },
    { method: 'GET', path: /^\/v1\/borrower\/(\d+)$/, handle: getBorrower },
    { method: 'POST', path: /^\/v1\/loan\/register$/, handle: registerLoan },
  ],
};
