// Runs every libFuzzer target (tests/fuzz/*_fuzz.cpp, built by the `sanitize` preset) for a given
// time each: `npm run fuzz -- --seconds 300`. Seeds: the request fixtures in tests/fixtures/ and
// tests/fuzz/seeds/; for the tape transport the parity corpus as tapes; for product definitions
// the sample products. New findings are written to build/sanitize/fuzz-findings/; a crash fails
// the run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpus } from '../../tests/wasm/request_corpus.mjs';
import { RequestEncoder } from '../lib/tape.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const build = join(root, 'build/sanitize');
const secondsArg = process.argv.indexOf('--seconds');
const seconds = secondsArg > 0 ? Number(process.argv[secondsArg + 1]) : 60;

function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

if (!existsSync(join(build, 'build.ninja'))) execFileSync('cmake', ['--preset', 'sanitize'], { cwd: root, stdio: 'inherit' });
execFileSync('cmake', ['--build', '--preset', 'sanitize'], { cwd: root, stdio: 'inherit' });

// run_tape_command's numbering (core/src/json/tape_api.cpp).
const typedCommands = ['payment', 'schedule', 'apr', 'tvm'];
const seeds = [...filesUnder(join(root, 'tests/fixtures')), ...filesUnder(join(root, 'tests/fuzz/seeds'))];
const dictionary = (target) => join(root, 'tests/fuzz', `${target.replace(/_fuzz$/, '')}.dict`);
const targets = readdirSync(join(build, 'tests')).filter((name) => name.endsWith('_fuzz'));
let failed = false;
for (const target of targets) {
  const corpusDir = join(build, 'fuzz-corpus', target);
  const findings = join(build, 'fuzz-findings', target);
  mkdirSync(corpusDir, { recursive: true });
  mkdirSync(findings, { recursive: true });
  if (target === 'tape_fuzz') {
    // A command selector, then a request tape: the parity corpus's typed requests, encoded.
    corpus(typedCommands, 20).forEach(([command, text], i) => {
      const { bytes, length } = new RequestEncoder().encode(JSON.parse(text));
      writeFileSync(join(corpusDir, `tape-${i}`), Buffer.concat([Buffer.from([typedCommands.indexOf(command)]), bytes.subarray(0, length)]));
    });
  } else if (target === 'product_fuzz') {
    // Product definitions: the sample products.
    filesUnder(join(root, 'core/products')).forEach((product, i) => writeFileSync(join(corpusDir, `product-${i}`), readFileSync(product)));
  } else {
    // run_command_fuzz reads its first byte as the command/format selector: seed every selector.
    seeds.forEach((seed, i) => {
      const text = readFileSync(seed);
      if (target === 'run_command_fuzz') {
        for (let selector = 0; selector < 64; selector += 1) {
          writeFileSync(join(corpusDir, `seed-${i}-${selector}`), Buffer.concat([Buffer.from([selector]), text]));
        }
      } else {
        writeFileSync(join(corpusDir, `seed-${i}`), text);
      }
    });
  }
  console.log(`\n=== fuzz ${target} for ${seconds} s (corpus ${readdirSync(corpusDir).length} inputs)`);
  const result = spawnSync(join(build, 'tests', target), [
    corpusDir, `-max_total_time=${seconds}`, '-timeout=1', '-rss_limit_mb=2048', '-max_len=65536',
    `-artifact_prefix=${findings}/`, '-print_final_stats=1',
    // A target's dictionary, when it has one (tests/fuzz/<name>.dict).
    ...(existsSync(dictionary(target)) ? [`-dict=${dictionary(target)}`] : []),
  ], { stdio: 'inherit' });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
