// Native/WASM parity: a generated corpus over every command gives byte-identical JSON from the
// native CLI and from the WebAssembly module (results and errors alike).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createLoansim } from '../../web/lib/loansim.js';
import { corpus, generatedCommands } from './request_corpus.mjs';

const nativeCli = fileURLToPath(new URL('../../build/native/core/loansim-native', import.meta.url));
const loansim = await createLoansim();

test('every command has a request generator', () => {
  assert.deepEqual(loansim.commands.filter((command) => !generatedCommands.includes(command)), []);
});

test('native CLI and WASM module print the same bytes for a generated corpus', () => {
  const requests = corpus(loansim.commands, 150);
  assert.ok(requests.length >= 500, `corpus of ${requests.length}`);
  let errors = 0;
  for (const [command, request, format] of requests) {
    const native = spawnSync(nativeCli, [command, ...(format ? ['--format', format] : [])], { input: request, encoding: 'utf8' });
    const wasm = loansim.run(command, request, { format });
    assert.equal(native.stdout.trimEnd(), wasm.json, `${command} ${format} ${request}`);
    assert.equal(native.status, wasm.ok ? 0 : 1);
    if (!wasm.ok) errors += 1;
  }
  // Both kinds must be exercised: results and errors.
  assert.ok(errors > 0 && errors < requests.length / 2, `${errors} errors of ${requests.length}`);
});
