// Every test, in order: native doctest (ctest), the same suite under AddressSanitizer + UBSan,
// the WebAssembly module under Node, and the browser end-to-end tests in headless Chromium.
// All stages run; any failure fails the whole.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

const stages = [
  ['native (ctest)', 'ctest', ['--preset', 'native']],
  // The sanitizer build exists only for its tests, so it is built here rather than by build.mjs.
  ...(existsSync(`${root}/build/sanitize/build.ninja`) ? [] : [['sanitize: configure', 'cmake', ['--preset', 'sanitize']]]),
  ['sanitize: build', 'cmake', ['--build', '--preset', 'sanitize']],
  ['native under ASan + UBSan (ctest)', 'ctest', ['--preset', 'sanitize']],
  ['fuzz smoke (libFuzzer, 10 s a target; npm run fuzz for longer)', 'node', ['web/scripts/fuzz.mjs', '--seconds', '10']],
  ['wasm (node --test)', 'node', ['--test', '--test-reporter=spec', 'tests/wasm/']],
  ['browser (node --test + playwright-core)', 'node', ['--test', '--test-concurrency=1', '--test-reporter=spec', 'tests/e2e/']],
];

const failed = [];
for (const [name, command, args] of stages) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root });
  if (result.status !== 0) failed.push(name);
}
console.log(failed.length === 0 ? '\nall test stages passed' : `\nfailed stages: ${failed.join(', ')}`);
process.exit(failed.length === 0 ? 0 : 1);
