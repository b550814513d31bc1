// `npm run -s loansim:native -- <command> [file]`: the same JSON API from the native build.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const binary = fileURLToPath(new URL('../../build/native/core/loansim-native', import.meta.url));
const result = spawnSync(binary, process.argv.slice(2), { stdio: 'inherit' });
if (result.error) {
  process.stderr.write(`loansim:native: ${result.error.message} (run npm run build first)\n`);
  process.exit(2);
}
process.exit(result.status ?? 2);
