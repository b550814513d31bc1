// Memory: 100,000 mixed calls (every command, both transports, results and errors, hostile values)
// leave both modules' heaps exactly as they were after one warm-up pass: nothing leaks per call,
// and the caller never has anything to delete.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLoansim } from '../../web/lib/loansim.js';
import { corpus } from './request_corpus.mjs';

const loansim = await createLoansim();

test('100,000 mixed calls leave both heaps the same size', () => {
  // Small requests keep the run short; the corpus mixes valid and invalid ones.
  const mix = corpus(loansim.commands, 40, 7).filter(([, text]) => text.length < 1200);
  const hostile = { principal: NaN, currency: 'USD', annual_rate_pct: 1, term: 1 };
  const call = (i) => {
    const [command, text] = mix[i % mix.length];
    const method = loansim[command.replace(/-([a-z])/g, (_, c) => c.toUpperCase())];
    try {
      if (i % 7 === 0) method(hostile);
      else if (i % 2 === 0) method(JSON.parse(text));
      else loansim.run(command, text);
    } catch (error) {
      if (error.name !== 'LoansimError') throw error;
    }
  };
  for (let i = 0; i < 2 * mix.length; i += 1) call(i);
  const before = loansim.memoryBytes();
  for (let i = 0; i < 100_000; i += 1) call(i);
  assert.deepEqual(loansim.memoryBytes(), before);
});
