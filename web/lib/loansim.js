// The loansim JS package: loads the WebAssembly core in browsers, workers and Node 20 and exposes
// one method per JSON API command. No loan logic here: every figure comes from the C++ core.
import createLoansimModule from './wasm/loansim.mjs';

/** Thrown for every bad input: the same code / field / message as the CLI's error JSON. */
export class LoansimError extends Error {
  constructor({ code, field, message }) {
    super(field ? `${field}: ${message}` : message);
    this.name = 'LoansimError';
    this.code = code;
    this.field = field;
    this.detail = message;
  }
}

const isNode = typeof process === 'object' && typeof process.versions?.node === 'string' && typeof window === 'undefined';

async function instantiate(options) {
  const moduleOptions = {};
  if (options.wasmBinary) {
    moduleOptions.wasmBinary = options.wasmBinary;
  } else if (isNode) {
    // The glue is the web build (no require/__dirname in an ES module); in Node it gets the bytes.
    const fs = 'node:fs/promises';
    const { readFile } = await import(/* @vite-ignore */ fs);
    moduleOptions.wasmBinary = await readFile(new URL('./wasm/loansim.wasm', import.meta.url));
  } else {
    const wasmUrl = options.wasmUrl ?? new URL('./wasm/loansim.wasm', import.meta.url).href;
    moduleOptions.locateFile = () => wasmUrl;
  }
  return createLoansimModule(moduleOptions);
}

function toRequestText(command, request) {
  if (typeof request === 'string') return request;
  try {
    return JSON.stringify(request ?? null);
  } catch (error) {
    throw new LoansimError({ code: 'invalid_json', field: '', message: `${command} request cannot be serialised: ${error.message}` });
  }
}

/**
 * Loads the core and returns the API: `run(command, jsonText)` exactly as the CLI, `commands`, and
 * one method per command taking a request object and returning its result object.
 * @param {{wasmBinary?: ArrayBuffer|Uint8Array, wasmUrl?: string}} [options]
 */
export async function createLoansim(options = {}) {
  const module = await instantiate(options);

  /**
   * The CLI's contract: command + request JSON text (+ the CLI's --format and --product, the
   * latter as JSON text) → {ok, json} with the result or error text.
   */
  const run = (command, requestText, { format = '', product = '' } = {}) => {
    const response = module.run(String(command), String(requestText), String(format), String(product));
    return { ok: response.ok, json: response.json };
  };

  const call = (command, request, { format, product } = {}) => {
    const productText = product === undefined ? '' : toRequestText(command, product);
    const response = run(command, toRequestText(command, request), { format, product: productText });
    const body = JSON.parse(response.json);
    if (!response.ok) throw new LoansimError(body.error);
    return body;
  };

  // One method per CLI command, named in camelCase ("policy-decision" → policyDecision).
  const commands = Object.freeze(module.commandNames().split(','));
  const api = { run, commands };
  for (const command of commands) {
    api[command.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase())] = (request, options) => call(command, request, options);
  }
  return Object.freeze(api);
}
