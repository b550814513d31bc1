#!/usr/bin/env node
// `npm run -s loansim -- <command> [file]`: the JSON API through the WebAssembly build, the code
// the browser runs. Same arguments, output and exit codes as the native CLI (loansim-native).
import { readFileSync } from 'node:fs';
import { createLoansim } from './loansim.js';

const MAX_REQUEST_BYTES = 1 << 20;  // the core's own bound; one byte more lets it say so

function readRequest(path) {
  const fd = path && path !== '-' ? path : 0;
  try {
    const text = readFileSync(fd);
    return text.subarray(0, MAX_REQUEST_BYTES + 1).toString('utf8');
  } catch (error) {
    process.stderr.write(`loansim: cannot read ${path ?? 'stdin'}: ${error.message}\n`);
    process.exit(2);
  }
}

const [command, path, ...rest] = process.argv.slice(2);
const loansim = await createLoansim();
if (!command || rest.length > 0) {
  process.stderr.write(`usage: loansim <command> [request.json]\ncommands: ${loansim.commands.join(', ')}\n`);
  process.exit(2);
}
const response = loansim.run(command, readRequest(path));
process.stdout.write(`${response.json}\n`);
process.exitCode = response.ok ? 0 : 1;
