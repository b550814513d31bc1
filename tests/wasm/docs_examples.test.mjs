// Every example in docs/api.md (`$ echo '<request>' | npm run -s loansim -- <command> [flags]`
// followed by its output line) is run through the WebAssembly module and must print exactly what
// the docs show, so the docs stay true to the code. `UPDATE_DOCS=1 node --test <this file>`
// rewrites the outputs after an intended change.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { createLoansim } from '../../web/lib/loansim.js';

const docsPath = new URL('../../docs/api.md', import.meta.url);
const EXAMPLE = /^\$ echo '(.*)' \| npm run -s loansim -- (\S+)(.*)$/;

const loansim = await createLoansim();
const lines = readFileSync(docsPath, 'utf8').split('\n');

function flags(text) {
  const format = /--format (\S+)/.exec(text)?.[1] ?? '';
  const productPath = /--product (\S+)/.exec(text)?.[1];
  const product = productPath ? readFileSync(new URL(`../../${productPath}`, import.meta.url), 'utf8') : '';
  return { format, product };
}

const examples = lines.flatMap((line, index) => {
  const match = EXAMPLE.exec(line);
  return match ? [{ index, request: match[1], command: match[2], options: flags(match[3]) }] : [];
});

test(`docs/api.md: ${examples.length} examples print what the docs show`, () => {
  assert.ok(examples.length >= 30);
  for (const { index, request, command, options } of examples) {
    const actual = loansim.run(command, request, options).json;
    if (process.env.UPDATE_DOCS) lines[index + 1] = actual;
    else assert.equal(lines[index + 1], actual, `docs/api.md line ${index + 2}`);
  }
  if (process.env.UPDATE_DOCS) writeFileSync(docsPath, lines.join('\n'));
});
