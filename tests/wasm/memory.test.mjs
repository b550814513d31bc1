// Memory: 100,000 mixed calls (every command, both transports, results and errors, hostile values)
// leave both modules' heaps exactly as they were after one warm-up pass: nothing leaks per call,
// and the caller never has anything to delete.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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

test('at most 8 products are kept: 800 offers, each with a product text never seen before, leave the heap as 40 did', () => {
  const creditas = JSON.parse(readFileSync(new URL('../../core/products/br-auto-refi-creditas.json', import.meta.url), 'utf8'));
  const request = {
    start_date: '2026-03-02',
    applicant: { monthly_income: 9000, existing_installments: 0, age: 40, bureau: { scale: 'serasa', score: 700 } },
    loan: { amount: 10000, term_months: 24, purpose: 'business' },
    collaterals: [{ type: 'CAR', value: 30000, age_years: 4 }],
  };
  // Texts of several lengths: a new revision each, indented 0 to 4 spaces.
  const cycle = (c) => {
    for (let i = 0; i < 40; i += 1) {
      const product = JSON.stringify({ ...creditas, version: `2026.${c}.${i}` }, null, i % 5);
      assert.ok(loansim.offers(request, { product }).offers.length > 0);
    }
  };
  cycle(0);
  const before = loansim.memoryBytes();
  for (let c = 1; c <= 20; c += 1) cycle(c);
  const after = loansim.memoryBytes();
  assert.deepEqual(after.core, before.core);
  assert.equal(after.json.heap, before.json.heap);
  // Texts of several lengths come and go, and emmalloc gives a block a few bytes more than asked
  // when the rest would be too small to keep: bytes in use move within ±250 from cycle to cycle
  // (one product repeated keeps them exact). One product kept too many would be 4.6 KB or more.
  assert.ok(Math.abs(after.json.inUse - before.json.inUse) < 1024, `${before.json.inUse} → ${after.json.inUse} bytes in use`);
});
