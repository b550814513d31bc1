// The cost of credit in the WebAssembly module: the published figures, and the very bytes the
// native CLI prints (docs/api.md shows the native output of these requests).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createLoansim, LoansimError } from '../../web/lib/loansim.js';

const loansim = await createLoansim();
const nativeCli = fileURLToPath(new URL('../../build/native/core/loansim-native', import.meta.url));
const native = (command, request) => spawnSync(nativeCli, [command], { input: request, encoding: 'utf8' }).stdout.trimEnd();

test('apr: 12 CFR 1026 Appendix J (c)(1)(i), 24 monthly payments of $230 on $5,000, 9.69 %', () => {
  const request = '{"standard":"us_reg_z","unit_period":"month","advances":[{"date":"1978-01-10","amount":5000}],"payments":[{"amount":230,"count":24,"first_date":"1978-02-10"}]}';
  const response = loansim.run('apr', request);
  assert.equal(response.ok, true);
  assert.equal(JSON.parse(response.json).disclosed_apr_pct, 9.69);  // the published APR
  // The native CLI's output of the same request, to the bit.
  assert.equal(response.json, native('apr', request));
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
  const request = JSON.stringify({ standard: 'br_cet', advances: [{ period: 0, amount: 940 }], payments: [{ amount: 205.73, count: 5, period: 1 }] });
  assert.equal(loansim.run('apr', request).json, native('apr', request));  // the native CLI, to the bit
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
