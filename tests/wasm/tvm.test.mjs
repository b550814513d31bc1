// The tvm command through the WebAssembly module: the same text, to the last digit, as the native
// build (portable math makes the two bit-identical; the expected strings are the native output).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLoansim, LoansimError } from '../../web/lib/loansim.js';

const loansim = await createLoansim();

test('tvm: the issue contract example, byte for byte', () => {
  // Issue 3: {"fn":"pmt","rate":0.01,"nper":12,"pv":10000,"fv":0,"when":"end"} → {"value":-888.4878867834161}.
  const response = loansim.run('tvm', '{"fn":"pmt","rate":0.01,"nper":12,"pv":10000,"fv":0,"when":"end"}');
  assert.deepEqual(response, { ok: true, json: '{"value":-888.4878867834161}' });
});

test('tvm: solved rates and the last digits of transcendental results match native', () => {
  // numpy_financial.irr docstring: 0.0886 (three sign changes, the smallest non-negative root).
  assert.equal(
    loansim.run('tvm', '{"fn":"irr","values":[-5,10.5,1,-8,1]}').json,
    '{"note":"the cash flows change sign 3 times, so up to 3 rates may solve them; this is the one numpy-financial returns: ' +
      'the smallest rate at or above 0 %, else the negative rate nearest 0 %","roots_possible":3,"value":0.08859833852775555}',
  );
  // Excel XIRR documentation: 0.373362535.
  const xirr = loansim.tvm({
    fn: 'xirr',
    values: [-10000, 2750, 4250, 3250, 2750],
    dates: ['2008-01-01', '2008-03-01', '2008-10-30', '2009-02-15', '2009-04-01'],
  });
  assert.deepEqual(xirr, { roots_possible: 1, value: 0.3733625335188317 });
  // numpy-financial test_rate: 0.1107; (20/7)^(1/10) - 1 by hand.
  assert.equal(loansim.run('tvm', '{"fn":"rate","nper":10,"pmt":0,"pv":-3500,"fv":10000}').json, '{"roots_possible":1,"value":0.11069085371075288}');
  // Excel EFFECT(0.0525, 4) = 0.0535427.
  assert.deepEqual(loansim.tvm({ fn: 'effect', rate: 0.0525, npery: 4 }), { value: 0.05354266737075805 });
});

test('tvm: bad input is the error contract', () => {
  assert.throws(
    () => loansim.tvm({ fn: 'pmt', rate: 0.01, nper: 12, pv: 10000, guess: 0.1 }),
    (error) => error instanceof LoansimError && error.code === 'unknown_field' && error.field === 'guess',
  );
  assert.throws(() => loansim.tvm({ fn: 'irr', values: [-1, -2, -3] }), (error) => error.code === 'no_solution' && error.field === 'values');
});
