// Compiled with `tsc --noEmit` in the test suite: the package's declarations must accept this
// usage and reject the misuse marked @ts-expect-error.
import { createLoansim, LoansimError, type PaymentResult } from 'loansim';

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

const built = loansim.payload({ partner: { Source: 'Web', ExternalIP: '10.0.0.1', ApplicationID: 1 } }, { format: 'creditpolicy' });
const firstPath: string = built.requests[0].path;
const recommendation = loansim.recommend({}, { format: 'kocek' });
const decision = loansim.policyDecision({}, { format: 'creditpolicy' });
// @ts-expect-error: payload needs the partner's format
loansim.payload({});

console.log(installment, text, names, firstPath, recommendation, decision);
