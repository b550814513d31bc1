// Installs what this machine is missing, idempotently: Debian packages (as root, through apt) and
// the npm dependencies (npm ci, only when package-lock.json changed). A second run checks and
// returns in well under a second.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

// What each package is for is in docs/decisions.md.
const APT_PACKAGES = [
  'cmake', 'ninja-build', 'g++', 'clang', 'libclang-rt-14-dev',
  'emscripten', 'nlohmann-json3-dev', 'doctest-dev', 'libbenchmark-dev',
  'chromium',
];

function missingAptPackages() {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Package} ${db:Status-Status}\n', ...APT_PACKAGES], { encoding: 'utf8' });
  const installed = new Set(
    result.stdout.split('\n').filter((line) => line.endsWith(' installed')).map((line) => line.split(' ')[0]),
  );
  return APT_PACKAGES.filter((name) => !installed.has(name));
}

function run(command, args, options = {}) {
  console.log(`setup: ${command} ${args.join(' ')}`);
  execFileSync(command, args, { stdio: 'inherit', cwd: root, ...options });
}

const missing = missingAptPackages();
if (missing.length > 0) {
  if (process.getuid?.() !== 0) {
    console.error(`setup: missing Debian packages: ${missing.join(' ')}\nsetup: run as root, or: sudo apt-get install -y ${missing.join(' ')}`);
    process.exit(1);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env });
}

// npm ci when the lock file differs from the one the current node_modules was installed from.
const lock = readFileSync(new URL('../../package-lock.json', import.meta.url));
const lockHash = createHash('sha256').update(lock).digest('hex');
const stamp = new URL('../../node_modules/.loansim-lock-hash', import.meta.url);
if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== lockHash) {
  run('npm', ['ci', '--no-audit', '--no-fund']);
  writeFileSync(stamp, lockHash);
}
console.log('setup: all dependencies present');
