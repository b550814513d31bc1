// The WebAssembly module under Node, through the JS package: same figures and errors as native.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLoansim, LoansimError } from '../../web/lib/loansim.js';

const loansim = await createLoansim();

test('payment: 10,000.00 at 12 % a year over 12 months pays 888.49', () => {
  // numpy_financial.pmt(0.01, 12, 10000) = -888.4878867834161, rounded half-up to the cent.
  const result = loansim.payment({ principal: 10000, currency: 'USD', annual_rate_pct: 12, term: 12 });
  assert.deepEqual(result, { currency: 'USD', payment: 888.49 });
});

test('run: the CLI contract, result text byte for byte', () => {
  const response = loansim.run('payment', '{"principal":10000,"currency":"USD","annual_rate_pct":12,"term":12}');
  assert.deepEqual(response, { ok: true, json: '{"currency":"USD","payment":888.49}' });
});

test('bad input throws LoansimError with code and field, and the module stays usable', () => {
  assert.throws(
    () => loansim.payment({ principal: -1, currency: 'USD', annual_rate_pct: 12, term: 12 }),
    (error) => error instanceof LoansimError && error.code === 'out_of_range' && error.field === 'principal',
  );
  assert.throws(() => loansim.payment({ principal: 1n }), (error) => error.code === 'invalid_json');
  assert.equal(loansim.run('nope', '{}').ok, false);
  assert.equal(loansim.payment({ principal: 10000, currency: 'USD', annual_rate_pct: 12, term: 12 }).payment, 888.49);
});
