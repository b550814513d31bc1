// The tape transport (the core module's methods) against the JSON API (run): over the parity
// corpus, every result deep-equals the JSON result with its rows made, and every error has the
// same code, field and message. Also the bad-input corpus through the typed methods, hostile JS
// values, and the columns of a schedule.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createLoansim, LoansimError } from '../../web/lib/loansim.js';
import { RequestEncoder, ResultDecoder } from '../../web/lib/tape.js';
import { corpus } from './request_corpus.mjs';

const loansim = await createLoansim();
const core = await createLoansim({ only: 'core' });
const typed = core.commands;

// A tape result as plain data: rows made, typed columns (not enumerable) left out.
const materialise = (value) => (Array.isArray(value) ? Array.from(value, materialise)
  : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, materialise(v)])) : value);

function outcome(call) {
  try {
    return { ok: true, value: materialise(call()) };
  } catch (error) {
    assert.ok(error instanceof LoansimError, `not a LoansimError: ${error}`);
    return { ok: false, value: { code: error.code, field: error.field, message: error.detail } };
  }
}

function viaJson(command, text, format = '') {
  const response = loansim.run(command, text, { format });
  const body = JSON.parse(response.json);
  return { ok: response.ok, value: response.ok ? body : body.error };
}

test('the core module has the typed commands and nothing else', () => {
  assert.deepEqual([...typed].sort(), ['apr', 'payment', 'schedule', 'tvm']);
  assert.equal(core.run, undefined);
  assert.equal(core.iof, undefined);
});

test('withJsonModule: the JSON module loaded later, once, over the same core module', async () => {
  const coreOnly = await createLoansim({ only: 'core' });
  const [whole, again] = await Promise.all([coreOnly.withJsonModule(), coreOnly.withJsonModule()]);
  assert.equal(whole, again);
  assert.equal(whole.withJsonModule, undefined);
  assert.deepEqual(whole.commands, loansim.commands);
  // Both write requests into the one module's buffer: a long request through one API, then short
  // ones through either, each answered as the JSON API answers it.
  const short = { principal: 1000, currency: 'USD', annual_rate_pct: 12, term: 12, start_date: '2025-01-15' };
  const holidays = Array.from({ length: 400 }, (_, day) => new Date(Date.UTC(2030, 0, 1 + day)).toISOString().slice(0, 10));
  const long = { ...short, business_days: { convention: 'following', holidays } };
  for (const [api, request] of [[coreOnly, short], [whole, long], [coreOnly, short], [whole, short], [coreOnly, long]]) {
    assert.deepEqual(outcome(() => api.schedule(request)), viaJson('schedule', JSON.stringify(request)));
  }
  assert.equal(whole.iof({ borrower: 'individual', amount: 10000, disbursement_date: '2025-01-15', amortizations: [{ date: '2025-02-14', amount: 10000 }] }).iof, 62.6);
});

test('tape and JSON agree over the parity corpus: results deep-equal, errors identical', () => {
  const requests = corpus(typed, 150);
  let errors = 0;
  for (const [command, text] of requests) {
    const expected = viaJson(command, text);
    for (const api of [loansim, core]) {
      assert.deepStrictEqual(outcome(() => api[command](JSON.parse(text))), expected, `${command} ${text}`);
    }
    if (!expected.ok) errors += 1;
  }
  assert.ok(errors > 0 && errors < requests.length / 2, `${errors} errors of ${requests.length}`);
});

test('tape and JSON agree over the bad-input corpus of the typed commands', () => {
  const dir = fileURLToPath(new URL('../bad-input/', import.meta.url));
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.json'))) {
    const { command, cases } = JSON.parse(readFileSync(`${dir}${name}`, 'utf8'));
    if (!typed.includes(command)) continue;
    for (const c of cases) {
      if (c.request_text !== undefined) continue;  // text that is not JSON has no object form
      const expected = viaJson(command, JSON.stringify(c.request), c.format ?? '');
      assert.deepStrictEqual(outcome(() => core[command](c.request, { format: c.format })), expected, `${command}: ${c.name}`);
    }
  }
});

// 10,000 at 12 %/12 months: 888.49 (numpy_financial.pmt(0.01, 12, 10000) = -888.4878867834161).
const quote = { principal: 10000, currency: 'USD', annual_rate_pct: 12, term: 12 };

test('values JSON cannot carry are invalid_json, with the field, on every path; the module stays usable', () => {
  const cyclic = { ...quote };
  cyclic.self = cyclic;
  let deep = 1;
  for (let i = 0; i < 40; i += 1) deep = [deep];
  const cases = [
    [{ ...quote, principal: NaN }, 'principal', 'request holds NaN, which JSON cannot carry'],
    [{ ...quote, annual_rate_pct: Infinity }, 'annual_rate_pct', 'request holds Infinity, which JSON cannot carry'],
    [{ ...quote, term: -Infinity }, 'term', 'request holds -Infinity, which JSON cannot carry'],
    [{ ...quote, term: 12n }, 'term', 'request holds a BigInt, which JSON cannot carry'],
    [{ ...quote, when: () => 'end' }, 'when', 'request holds a function, which JSON cannot carry'],
    [{ ...quote, when: Symbol('end') }, 'when', 'request holds a symbol, which JSON cannot carry'],
    [{ ...quote, extra: [1, undefined] }, 'extra[1]', 'request holds undefined in an array, which JSON cannot carry'],
    [{ ...quote, currency: 'US\ud800' }, 'currency', 'request holds a string with a lone surrogate, which JSON cannot carry'],
    [{ ...quote, nested: { list: [{ x: NaN }] } }, 'nested.list[0].x', 'request holds NaN, which JSON cannot carry'],
    [cyclic, '', 'request nests deeper than 32 levels'],
    [{ ...quote, deep }, '', 'request nests deeper than 32 levels'],
  ];
  for (const [request, field, message] of cases) {
    for (const call of [() => core.payment(request), () => loansim.payment(request), () => loansim.iof(request)]) {
      assert.throws(call, (error) => error instanceof LoansimError && error.code === 'invalid_json' &&
        error.field === field && error.detail === message, message);
    }
    assert.equal(core.payment(quote).payment, 888.49);
  }
});

test('what JSON.stringify converts, the tape converts alike', () => {
  // An undefined member is an absent field; -0 is 0; toJSON is called (a Date becomes its ISO text).
  assert.deepEqual(core.payment({ ...quote, when: undefined }), { currency: 'USD', payment: 888.49 });
  const withDate = { principal: 1000, currency: 'USD', annual_rate_pct: 12, term: 3, start_date: new Date(Date.UTC(2025, 0, 31)) };
  assert.deepStrictEqual(outcome(() => core.schedule(withDate)), viaJson('schedule', JSON.stringify(withDate)));
  assert.deepStrictEqual(outcome(() => core.tvm({ fn: 'pmt', rate: -0, nper: 12, pv: 1200 })),
    viaJson('tvm', JSON.stringify({ fn: 'pmt', rate: -0, nper: 12, pv: 1200 })));
  // Deep but within bounds: 32 levels below the request, as the JSON parser allows.
  let deep = 1;
  for (let i = 0; i < 31; i += 1) deep = [deep];
  assert.deepStrictEqual(outcome(() => core.payment({ ...quote, deep })), viaJson('payment', JSON.stringify({ ...quote, deep })));
});

test('a schedule crosses as columns: typed arrays of whole minor units, rows made when read, ISO dates; cloneable', () => {
  // 1,000 at 12 % over 3 months: numpy_financial.pmt(0.01, 3, 1000) = -340.0221115, so 340.02 twice
  // and the last installment absorbs the cent (340.03); interest 10.00, 6.70, 3.37 on the balances.
  const request = { principal: 1000, currency: 'USD', annual_rate_pct: 12, term: 3, start_date: '2025-01-31' };
  const result = core.schedule(request);
  const { columns } = result;
  assert.ok(columns.payment instanceof Float64Array);
  // Whole cents, exact; the rows carry them divided by minorPerMajor.
  assert.equal(columns.minorPerMajor, 100);
  assert.deepEqual(Array.from(columns.payment), [34002, 34002, 34003]);
  assert.deepEqual(Array.from(columns.balance), [66998, 33666, 0]);
  assert.deepEqual(Array.from(columns.due_date), ['2025-02-28', '2025-03-31', '2025-04-30']);
  assert.equal(result.installments.length, 3);
  assert.ok(Array.isArray(result.installments));
  assert.equal(result.installments[1], result.installments[1], 'a row is made once');
  assert.deepEqual(result.installments[2], { number: 3, due_date: '2025-04-30', payment: 340.03, principal: 336.66, interest: 3.37, fees: 0, balance: 0 });
  assert.deepEqual(result.installments.map((row) => row.number), [1, 2, 3]);
  assert.deepStrictEqual(JSON.parse(JSON.stringify(result)), JSON.parse(loansim.run('schedule', JSON.stringify(request)).json));
  assert.ok(!Object.keys(result).includes('columns'), 'columns are not a field of the result');
  // What a worker posts to the page: a structured clone, equal to the JSON API's result.
  assert.deepStrictEqual(structuredClone(core.schedule(request)), JSON.parse(loansim.run('schedule', JSON.stringify(request)).json));
  assert.deepEqual(structuredClone(result.columns).due_date, ['2025-02-28', '2025-03-31', '2025-04-30']);
  result.installments = 'replaced';  // an ordinary data field once read, writable like the rest
  assert.equal(result.installments, 'replaced');
});

test('result texts: short ASCII ones reused by hash, never one for another; long and non-ASCII ones whole', () => {
  // Two different keys of one length that share a slot of the decoder's recent texts (its slot:
  // the length and the first, middle and last bytes).
  const slotOf = (text) => (text.length * 31 + text.charCodeAt(0) * 7 + text.charCodeAt(text.length >> 1) * 3 + text.charCodeAt(text.length - 1)) & 255;
  const first = 'key_aa';
  let second;
  for (let i = 0; !second; i += 1) {
    const candidate = `key_${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26) % 26)}`;
    if (candidate !== first && slotOf(candidate) === slotOf(first)) second = candidate;
  }
  const texts = [first, second, first, second, 'x'.repeat(40), 'São Paulo', '', first];
  // A result tape by hand (core/include/loansim/json/tape.hpp): status 0, Array of Strings.
  const utf8 = texts.map((text) => new TextEncoder().encode(text));
  const size = 1 + 9 + utf8.reduce((sum, bytes) => sum + 5 + bytes.length, 0);
  const tape = new Uint8Array(size);
  const view = new DataView(tape.buffer);
  tape[1] = 5;  // Array
  view.setUint32(2, texts.length, true);
  view.setUint32(6, size, true);
  let at = 10;
  for (const bytes of utf8) {
    tape[at] = 4;  // String
    view.setUint32(at + 1, bytes.length, true);
    tape.set(bytes, at + 5);
    at += 5 + bytes.length;
  }
  const decoder = new ResultDecoder(tape.buffer, 0);
  decoder.at = 1;
  assert.deepEqual(decoder.value(), texts);
});

// The encoder's packed arrays and tables (tape.hpp) against the JSON API: every request below, and
// each with one flow or value spoilt, answers as the JSON text of the same request does.
const sixty = Array.from({ length: 60 }, (_, i) => ({ date: new Date(Date.UTC(2025, 1 + i, 15)).toISOString().slice(0, 10), amount: 222.44 }));
const cet = { standard: 'br_cet', advances: [{ date: '2025-01-15', amount: 10000 }], payments: sixty };
const spoilt = (request, key, i, change) => ({ ...request, [key]: request[key].map((item, k) => (k === i ? change(item) : item)) });

test('the encoder writes numbers and same-length strings packed, same-shaped objects as a table', () => {
  const tag = (value) => new RequestEncoder().encode(value).bytes[0];  // tape.hpp: Array 5, Packed 8, Table 9
  assert.equal(tag([1, 2.5]), 8);
  assert.equal(tag(['2025-01-15', '2025-02-15']), 8);
  assert.equal(tag(sixty), 9);
  assert.equal(tag([1, '2']), 5);
  assert.equal(tag(['2025-01-15', '2025-2-15']), 5);
  assert.equal(tag([{ a: 1 }, { b: 1 }]), 5);
  assert.equal(tag([{ a: 1, b: 2 }, { b: 2, a: 1 }]), 5);
  assert.equal(tag([{ a: true }]), 5);
  assert.equal(tag([{ a: 'é' }]), 5);
});

test('packed arrays and tables read as the arrays they stand for, every error at the same field', () => {
  const amount = (value) => (item) => ({ ...item, amount: value });
  const date = (value) => (item) => ({ ...item, date: value });
  const irr = { fn: 'irr', values: [-10000, ...Array(60).fill(222.44)] };
  const xirr = { fn: 'xirr', values: [-1000, 300, 400, 500], dates: ['2025-01-15', '2025-03-01', '2025-07-31', '2026-01-15'] };
  const requests = [
    ['apr', cet],
    ['apr', spoilt(cet, 'payments', 7, amount(222.444))],
    ['apr', spoilt(cet, 'payments', 7, amount(-1))],
    ['apr', spoilt(cet, 'payments', 7, amount(1e14))],
    ['apr', spoilt(cet, 'payments', 3, date('2025-02-30'))],
    ['apr', spoilt(cet, 'payments', 3, date('1899-12-31'))],
    ['apr', spoilt(cet, 'payments', 3, date('2025-2-3'))],
    ['apr', spoilt(cet, 'payments', 3, date(null))],
    ['apr', spoilt(cet, 'payments', 2, amount('222.44'))],
    ['apr', spoilt(spoilt(cet, 'payments', 9, date('2025-13-01')), 'payments', 5, amount(0.001))],
    ['apr', spoilt(cet, 'payments', 5, (item) => ({ ...item, fee: 1 }))],
    ['apr', spoilt(cet, 'payments', 5, (item) => ({ amount: item.amount, date: item.date }))],
    ['apr', { ...cet, payments: sixty.map((item) => ({ ...item, count: 1 })) }],
    ['apr', { ...cet, payments: sixty.map(({ date: first_date, amount: value }) => ({ first_date, amount: value, count: 2 })) }],
    ['apr', { ...cet, advances: [{ period: 0, amount: 10000 }] }],
    ['apr', { standard: 'irr', advances: [{ period: 0, amount: 1000 }], payments: Array.from({ length: 12 }, (_, i) => ({ period: i + 1, fraction: 0.25, amount: 90 })) }],
    ['apr', { ...cet, payments: [...sixty, ...sixty, ...Array(1200).fill(sixty[0])] }],
    ['apr', { ...cet, advances: Array(10).fill(cet.advances[0]), payments: Array(1295).fill(sixty[0]) }],
    ['tvm', irr],
    ['tvm', spoilt(irr, 'values', 5, () => '222.44')],
    ['tvm', spoilt(irr, 'values', 5, () => 1e14)],
    ['tvm', xirr],
    ['tvm', spoilt(xirr, 'dates', 2, () => '2025-02-29')],
    ['tvm', spoilt(xirr, 'dates', 2, () => '2024-12-31')],
    ['schedule', { principal: 1000, currency: 'USD', annual_rate_pct: 12, term: 12, start_date: '2025-01-15', business_days: { convention: 'following', holidays: ['2025-02-17', '2025-05-26', '2025-07-04'] } }],
  ];
  for (const [command, request] of requests) {
    assert.deepStrictEqual(outcome(() => core[command](request)), viaJson(command, JSON.stringify(request)), `${command} ${JSON.stringify(request).slice(0, 200)}`);
  }
});

test('what JSON cannot carry inside a would-be table or packed array is reported at its item', () => {
  const cases = [
    [spoilt(cet, 'payments', 7, (item) => ({ ...item, amount: NaN })), 'payments[7].amount', 'request holds NaN, which JSON cannot carry'],
    [spoilt(cet, 'payments', 7, (item) => ({ ...item, date: 'x\ud800yzabcdef' })), 'payments[7].date', 'request holds a string with a lone surrogate, which JSON cannot carry'],
    [{ ...cet, payments: [...sixty.slice(0, 3), undefined] }, 'payments[3]', 'request holds undefined in an array, which JSON cannot carry'],
    [{ fn: 'irr', values: [-1, 2, Infinity] }, 'values[2]', 'request holds Infinity, which JSON cannot carry'],
    [{ fn: 'irr', values: [-1, 2, 3n] }, 'values[2]', 'request holds a BigInt, which JSON cannot carry'],
  ];
  for (const [request, field, message] of cases) {
    const command = request.fn ? 'tvm' : 'apr';
    assert.throws(() => core[command](request), (error) => error instanceof LoansimError && error.code === 'invalid_json' &&
      error.field === field && error.detail === message, message);
  }
  // An undefined member is an absent field, a toJSON is called, an inherited key is not a member:
  // as JSON.stringify has them.
  const odd = [
    spoilt(cet, 'payments', 4, (item) => ({ ...item, fee: undefined })),
    spoilt(cet, 'payments', 4, (item) => ({ toJSON: () => item })),
    spoilt(cet, 'payments', 4, (item) => Object.assign(Object.create({ inherited: 1 }), item)),
  ];
  for (const request of odd) assert.deepStrictEqual(outcome(() => core.apr(request)), viaJson('apr', JSON.stringify(request)));
});

test('tables and packed arrays nest no deeper than the arrays they stand for', () => {
  for (let levels = 28; levels <= 32; levels += 1) {
    for (const inner of [[{ a: 1, b: 'x' }, { a: 2, b: 'y' }], [1, 2, 3]]) {
      let deep = inner;
      for (let i = 0; i < levels; i += 1) deep = [deep];
      const request = { ...quote, deep };
      assert.deepStrictEqual(outcome(() => core.payment(request)), viaJson('payment', JSON.stringify(request)), `${levels} levels`);
    }
  }
});
