#!/usr/bin/env node
// `npm run -s loansim -- <command> [file|-] [--format F] [--product FILE]`: the JSON API through the
// WebAssembly build, the code the browser runs. Same arguments, output and exit codes as the
// native CLI (loansim-native).
import { readFileSync } from 'node:fs';
import { createLoansim } from './loansim.js';

const MAX_REQUEST_BYTES = 1 << 20;  // the core's own bound; one byte more lets it say so

function readText(path) {
  const fd = path && path !== '-' ? path : 0;
  try {
    const text = readFileSync(fd);
    return text.subarray(0, MAX_REQUEST_BYTES + 1).toString('utf8');
  } catch (error) {
    process.stderr.write(`loansim: cannot read ${path ?? 'stdin'}: ${error.message}\n`);
    process.exit(2);
  }
}

function parseArguments(args) {
  const parsed = { command: args[0], path: '-', format: '', productPath: undefined };
  let havePath = false;
  for (let i = 1; i < args.length; i += 1) {
    if (args[i] === '--format' && i + 1 < args.length) parsed.format = args[++i];
    else if (args[i] === '--product' && i + 1 < args.length) parsed.productPath = args[++i];
    else if (!havePath && (args[i] === '-' || !args[i].startsWith('--'))) [parsed.path, havePath] = [args[i], true];
    else return undefined;
  }
  return parsed.command ? parsed : undefined;
}

const loansim = await createLoansim();
const args = parseArguments(process.argv.slice(2));
if (!args) {
  process.stderr.write(
    `usage: loansim <command> [request.json|-] [--format FORMAT] [--product product.json]\ncommands: ${loansim.commands.join(', ')}\n`,
  );
  process.exit(2);
}
const product = args.productPath === undefined ? '' : readText(args.productPath);
const response = loansim.run(args.command, readText(args.path), { format: args.format, product });
process.stdout.write(`${response.json}\n`);
process.exitCode = response.ok ? 0 : 1;
