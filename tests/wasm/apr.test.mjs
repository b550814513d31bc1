// The cost of credit in the WebAssembly module: the published figures, and the very bytes the
// native CLI prints (docs/api.md shows the native output of these requests).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLoansim, LoansimError } from '../../web/lib/loansim.js';

const loansim = await createLoansim();

test('apr: 12 CFR 1026 Appendix J (c)(1)(i), 24 monthly payments of $230 on $5,000, 9.69 %', () => {
  const response = loansim.run(
    'apr',
    '{"standard":"us_reg_z","unit_period":"month","advances":[{"date":"1978-01-10","amount":5000}],"payments":[{"amount":230,"count":24,"first_date":"1978-02-10"}]}',
  );
  // Native output of the same request (docs/api.md): full precision must match to the bit.
  assert.deepEqual(response, {
    ok: true,
    json: '{"advances_total":5000.0,"apr_pct":9.685708062280769,"currency":"USD","disclosed_apr_pct":9.69,"payments_total":5520.0,"regular":true,"standard":"us_reg_z","tolerance_pct":0.125,"unit_period_rate_pct":0.8071423385233975,"unit_periods_per_year":12.0}',
  });
});

test('apr: the Banco Central CET example, 43.93 % a year and 3.08 % a month', () => {
  // Banco Central do Brasil FAQ "Custo Efetivo Total": FC0 = 940.00, 5 installments of 205.73.
  const result = loansim.apr({
    standard: 'br_cet',
    advances: [{ period: 0, amount: 940 }],
    payments: [{ amount: 205.73, count: 5, period: 1 }],
  });
  assert.equal(result.disclosed_apr_pct, 43.93);
  assert.equal(result.disclosed_cet_monthly_pct, 3.08);
  assert.equal(result.apr_pct, 43.93244816635076);  // native output (docs/api.md)
});

test('apr: a mixed request is the error contract', () => {
  assert.throws(
    () => loansim.apr({ standard: 'us_reg_z', advances: [{ date: '2025-01-15', amount: 1000 }], payments: [{ amount: 100, period: 1 }] }),
    (error) => error instanceof LoansimError && error.code === 'invalid_value' && error.field === 'payments[0]',
  );
});

test('iof: financed R$ 10,000 over 30 days grosses up to 10,062.99', () => {
  // F = 10,000 / (1 − 0.000082 × 30 − 0.0038) = 10,062.99 (Decreto 6.306/2007 rates, by hand).
  const result = loansim.iof({
    borrower: 'individual',
    amount: 10000,
    disbursement_date: '2025-01-15',
    amortizations: [{ date: '2025-02-14', amount: 10000 }],
    financed: true,
  });
  assert.equal(result.financed_amount, 10062.99);
  assert.equal(result.released_amount, 10000);
  assert.equal(result.iof, 62.99);
});
