// Creditas "Cria uma simulação de oferta" (seed 002): POST {base}/offers with the v1 media type and
// a bearer token. The simulation is only registered here (approvedStatus ANALYSIS_CREATED, as in
// the document's example); the offers themselves are the core's to compute, not the sandbox's.
import { randomUUID } from 'node:crypto';
import { bearerToken, validToken } from './http.js';
import { boolean, date, digits, email, number, object, oneOf, optional, problems, required, string } from './validate.js';

const MEDIA_TYPE = 'application/vnd.creditas.v1+json';

const REQUEST = {
  // "Obrigatório: Sim" in the field table, yet absent from both of the document's examples.
  productType: optional(oneOf('AUTO_REFI')),
  purpose: required(string(64)),
  metadata: optional(object({})),
  intendedCredit: required(object({ currency: required(oneOf('BRL')), amount: required(number) })),
  borrower: required(object({
    email: required(email),
    birthDate: required(date('yyyy-MM-dd')),
    cellphone: required(digits(8, 9)),
    cellphoneCode: required(digits(2, 2)),
    monthlyIncome: required(number),
    professionalStatus: required(string(64)),
    postalCode: required(digits(8, 8)),
    cpf: required(digits(11, 11)),
    timeOfEmployment: optional(string(64)),
    bacenAuthorization: optional(object({
      authorizationTerms: required(string(2000)),
      bacenAuthorizedAt: required(date('yyyy-MM-dd')),
      userAgent: optional(string(1000)),
      userIp: optional(string(64)),
    })),
  })),
  collateral: required(object({
    value: required(number),
    debt: optional(number),
    borrowerVehicleOwner: required(boolean),
    licensePlate: required(string(16)),
  })),
};

const fail = (code, message) => ({ code, message });

export const creditas = {
  name: 'creditas',
  fail: (message) => fail('INVALID_REQUEST', message),
  routes: [
    {
      method: 'POST',
      path: /^\/offers$/,
      handle({ request, body }) {
        if (!validToken(bearerToken(request))) return [401, fail('UNAUTHORIZED', 'a valid bearer token is required')];
        if (!(request.headers.accept ?? '').includes(MEDIA_TYPE)) return [406, fail('NOT_ACCEPTABLE', `Accept must be ${MEDIA_TYPE}`)];
        const [problem] = problems(body, REQUEST);
        if (problem) return [400, fail('INVALID_REQUEST', problem)];
        return [200, { id: `OFR-${randomUUID().toUpperCase()}`, scoreFixed: false, approvedStatus: 'ANALYSIS_CREATED', offers: [] }];
      },
    },
  ],
};
