// The package's TypeScript declarations, checked against a usage file with `tsc --noEmit`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

test('tsc --noEmit accepts tests/types/usage.ts against web/lib/loansim.d.ts', () => {
  const result = spawnSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', `${root}tests/types/tsconfig.json`], { encoding: 'utf8' });
  assert.equal(result.status, 0, `${result.stdout}${result.stderr}`);
});
