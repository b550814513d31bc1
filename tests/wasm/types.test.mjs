// The package's TypeScript declarations, checked with `tsc --noEmit`: against a usage file, and
// against what the module really takes and returns. For the second, every sample product and the
// parity corpus's requests with their results (recommend, offers, policy-decision and servicing in
// every format; payload for creditpolicy and credgenics, the formats the corpus builds) are written
// out as typed constants: tsc then rejects any field the declarations lack, any declared field a
// result lacks, and any value of another type. payment, schedule, apr, tvm and iof: the usage file.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createLoansim } from '../../web/lib/loansim.js';
import { corpus } from './request_corpus.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsc = (project) => spawnSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', project], { encoding: 'utf8' });

test('tsc --noEmit accepts tests/types/usage.ts against web/lib/loansim.d.ts', () => {
  const result = tsc(`${root}tests/types/tsconfig.json`);
  assert.equal(result.status, 0, `${result.stdout}${result.stderr}`);
});

test('the declarations fit every sample product, and the requests and results of the parity corpus in every format', async () => {
  const loansim = await createLoansim();
  const lines = [`import type {
    CredgenicsServicingResult, CreditasOffersRequest, CreditasOffersResult, CreditPolicyRequest, CreditPolicyResult, DompetKilatServicingRequest,
    KocekRecommendRequest, KocekRecommendResult, OffersRequest, OffersResult, PayloadRequest, PayloadResult, ProductDefinition,
    RecommendRequest, RecommendResult, ServicingRequest, ServicingResult,
  } from 'loansim';`];
  const productsDir = `${root}core/products/`;
  for (const [i, file] of readdirSync(productsDir).entries()) {
    lines.push(`export const product${i}: ProductDefinition = ${readFileSync(productsDir + file, 'utf8')};`);
  }
  // By command and --format: the request's type and the result's.
  const typed = {
    recommend: { '': ['RecommendRequest', 'RecommendResult'], kocek: ['KocekRecommendRequest', 'KocekRecommendResult'] },
    offers: { '': ['OffersRequest', 'OffersResult'], creditas: ['CreditasOffersRequest', 'CreditasOffersResult'] },
    'policy-decision': { creditpolicy: ['CreditPolicyRequest', 'CreditPolicyResult'] },
    servicing: {
      '': ['ServicingRequest', 'ServicingResult'], dompetkilat: ['DompetKilatServicingRequest', 'ServicingResult'],
      credgenics: ['ServicingRequest', 'CredgenicsServicingResult'],
    },
    payload: { creditpolicy: ['PayloadRequest', 'PayloadResult'], credgenics: ['PayloadRequest', 'PayloadResult'] },
  };
  const counts = {};
  for (const seed of [20261122, 7, 11, 13]) {
    for (const [command, text, format] of corpus(Object.keys(typed), 80, seed)) {
      const types = typed[command][format];
      if (!types) continue;
      const response = loansim.run(command, text, { format });
      if (!response.ok) continue;
      const [requestType, resultType] = types;
      const name = `${command.replace('-', '')}${format}`;
      const n = (counts[name] = (counts[name] ?? 0) + 1);
      lines.push(`export const ${name}Request${n}: ${requestType} = ${text};`);
      lines.push(`export const ${name}Result${n}: ${resultType} = ${response.json};`);
    }
  }
  // Enough of each for the check to mean something.
  assert.ok(Object.keys(counts).length === 10 && Object.values(counts).every((n) => n >= 10), JSON.stringify(counts));
  const dir = `${root}tests/types/.generated/`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}results.ts`, `${lines.join('\n')}\n`);
  const config = JSON.parse(readFileSync(`${root}tests/types/tsconfig.json`, 'utf8'));
  writeFileSync(`${dir}tsconfig.json`, JSON.stringify({ ...config, files: ['results.ts'] }));
  const result = tsc(`${dir}tsconfig.json`);
  assert.equal(result.status, 0, `${result.stdout.slice(0, 4000)}${result.stderr}`);
  rmSync(dir, { recursive: true, force: true });
});
