// Builds everything, incrementally: native (core, CLI, tests, benches), WebAssembly, and the web
// site in web/dist/. Each step is the plain tool invocation, printed before it runs.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
// Emscripten 3.1.6's optimizer needs Debian's acorn module.
const env = { ...process.env, NODE_PATH: '/usr/share/nodejs' };

function run(command, args) {
  console.log(`build: ${command} ${args.join(' ')}`);
  execFileSync(command, args, { stdio: 'inherit', cwd: root, env });
}

function cmakePreset(preset) {
  if (!existsSync(`${root}/build/${preset}/build.ninja`)) run('cmake', ['--preset', preset]);
  run('cmake', ['--build', '--preset', preset]);
}

export function buildNative() {
  cmakePreset('native');
}

export function buildWasm() {
  cmakePreset('wasm');
  // The JS package ships the modules next to its wrapper; copy only what changed.
  mkdirSync(`${root}/web/lib/wasm`, { recursive: true });
  for (const file of ['loansim-core.mjs', 'loansim-core.wasm', 'loansim.mjs', 'loansim.wasm']) {
    const from = `${root}/build/wasm/wasm/${file}`;
    const to = `${root}/web/lib/wasm/${file}`;
    if (!existsSync(to) || !readFileSync(from).equals(readFileSync(to))) copyFileSync(from, to);
  }
}

export function buildWeb() {
  run('npx', ['--no-install', 'vite', 'build', '--config', 'web/vite.config.js', '--logLevel', 'warn']);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildNative();
  buildWasm();
  buildWeb();
}
