// The bad-input corpus (tests/bad-input/*.json) against the WebAssembly module (in process), the
// WASM CLI (`npm run loansim`) and the native CLI: each case must give its error code and field,
// a message, exit status 1 from the CLIs, and leave the module usable.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createLoansim } from '../../web/lib/loansim.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const corpusDir = `${root}tests/bad-input`;
const corpora = readdirSync(corpusDir).filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(`${corpusDir}/${name}`, 'utf8')));

const requestText = (c) => c.request_text ?? JSON.stringify(c.request);
const cliArgs = (command, c) => [command, '-', ...(c.format ? ['--format', c.format] : [])];

function runCli(binary, args, input) {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (chunk) => { stdout += chunk; });
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stdout }));
    child.stdin.on('error', () => {});  // a CLI may answer before reading everything
    child.stdin.end(input);
  });
}

function checkError(json, c) {
  const { error } = JSON.parse(json);
  assert.equal(error.code, c.code, `${c.name}: code`);
  assert.equal(error.field, c.field, `${c.name}: field`);
  assert.ok(error.message.length > 0, `${c.name}: message`);
}

const loansim = await createLoansim();

for (const { command, cases } of corpora) {
  test(`${command}: ${cases.length} bad inputs, WASM module in process`, () => {
    for (const c of cases) {
      const response = loansim.run(command, requestText(c), { format: c.format ?? '' });
      assert.equal(response.ok, false, c.name);
      checkError(response.json, c);
    }
  });

  test(`${command}: ${cases.length} bad inputs, WASM CLI and native CLI`, async () => {
    const clis = [[process.execPath, [`${root}web/lib/cli.js`]], [`${root}build/native/core/loansim-native`, []]];
    for (const c of cases) {
      for (const [binary, prefix] of clis) {
        const { status, signal, stdout } = await runCli(binary, [...prefix, ...cliArgs(command, c)], requestText(c));
        assert.equal(signal, null, `${c.name}: ${binary} died of a signal`);
        assert.equal(status, 1, `${c.name}: ${binary} exit status`);
        checkError(stdout, c);
      }
    }
  });
}

test('the module answers correctly after every bad input', () => {
  // 10,000 at 12 %/12 months: 888.49 (numpy_financial.pmt(0.01, 12, 10000) = -888.4878867834161).
  assert.equal(loansim.payment({ principal: 10000, currency: 'USD', annual_rate_pct: 12, term: 12 }).payment, 888.49);
});
