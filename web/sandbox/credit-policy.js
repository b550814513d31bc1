// Credit policy decision details (seed 003): POST {base}/api/CoreCredit/AccountManagement/
// GetCreditPolicyDecisionDetails. The answer has the document's sample shape; the decision itself
// (score, DTI, limits) is the core's policy-decision command, not the sandbox's.
import { digits, optional, problems, required, string } from './validate.js';

// Lengths are the document's "Allowable Values".
const REQUEST = {
  Source: required(string(50)),
  IPAddress: optional(string(15)),
  DateFormat: optional(string(25)),
  CurrencyCode: optional(string(10)),
  CurrencySymbolType: optional(string(10)),
  Language: optional(string(10)),
  ExternalIP: required(string(50)),
  SessionID: optional(string(100)),
  APIVersion: required(string(10)),
  CallerID: optional(string(20)),
  CalledID: optional(string(20)),
  RequestTime: optional(string(19)),
  ApplicationID: required((value) => digits(1, 19)(String(value))),
};

const fail = (message) => ({ Message: message, Status: false, ErrorCode: 'Err00001', ResponseData: null });

export const creditPolicy = {
  name: 'creditpolicy',
  fail,
  routes: [
    {
      method: 'POST',
      path: /^\/api\/CoreCredit\/AccountManagement\/GetCreditPolicyDecisionDetails$/,
      handle({ body }) {
        const [problem] = problems(body, REQUEST);
        if (problem) return [400, fail(problem)];
        return [200, {
          Message: 'Success',
          Status: true,
          ErrorCode: 'Err00017',  // as in the document's success sample
          ResponseData: {
            BankAuditDetailsList: [{ GDSCode: '', GDSDecription: '' }],
            CreditPolicy: '',
            BKPlusScore: 1,
            CoApplicationBKPlusScore: '1',
            RequestedLoanAmt: 0.0,
            Apartment: null,
            CAApartment: null,
            ProgramState: null,
            CreditLimit: null,
            Status: null,
            MerchantName: null,
            DTI: null,
            MaximumCreditLimit: null,
            CoApplicationIncome: 0.0,
            ProgramAddress1: null,
            ProgramAddress2: null,
            ProgramCity: null,
            ProgramZip: null,
            ApplicationFICOScore: null,
            CoApplicationFICOScore: null,
          },
        }];
      },
    },
  ],
};
