// The loansim JS package: loads the WebAssembly modules in browsers, workers and Node 20 and
// exposes one method per command. No loan logic here: every figure comes from the C++ core.
//   loansim-core  payment, schedule, apr, tvm over the tape (tape.js): no JSON text either way.
//   loansim       the JSON API exactly as the CLI (run) and every other command.
// createLoansim() loads both in parallel; createLoansim({ only: 'core' }) just the first, which is
// all a widget needs for its first simulation, and loads the second when withJsonModule() asks.
import createLoansimCoreModule from './wasm/loansim-core.mjs';
import { RequestEncoder, ResultDecoder, TAPE_OK, UnencodableValue } from './tape.js';

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

// The module files are referenced here, next to this file, so that bundlers emit them as assets.
const coreWasm = () => new URL('./wasm/loansim-core.wasm', import.meta.url);
const jsonWasm = () => new URL('./wasm/loansim.wasm', import.meta.url);

async function instantiate(factory, binary, url, defaultUrl) {
  const moduleOptions = {};
  if (binary) {
    moduleOptions.wasmBinary = binary;
  } else if (isNode && !url) {
    // The glue is the web build (no require/__dirname in an ES module); in Node it gets the bytes.
    const fs = 'node:fs/promises';
    const { readFile } = await import(/* @vite-ignore */ fs);
    moduleOptions.wasmBinary = await readFile(defaultUrl());
  } else {
    const wasmUrl = url ?? defaultUrl().href;
    moduleOptions.locateFile = () => wasmUrl;
  }
  return factory(moduleOptions);
}

const camelCase = (command) => command.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());

function invalidJson(error) {
  return new LoansimError({ code: 'invalid_json', field: error.field, message: error.message });
}

/** The typed commands over the tape: call(index, request, format) → result, synchronously. */
function coreCaller(core) {
  const encoder = new RequestEncoder();
  let request = 0;  // the module's request buffer, and how many bytes it holds
  let capacity = 0;
  let decoder;
  return (command, value, format) => {
    try {
      encoder.encode(value, format);
    } catch (error) {
      if (error instanceof UnencodableValue) throw invalidJson(error);
      throw error;
    }
    const { bytes, length } = encoder;
    if (length > capacity) [request, capacity] = [core._loansim_request_buffer(length), length];
    core.HEAPU8.set(bytes.subarray(0, length), request);
    const location = core._loansim_run(command, length) >>> 2;
    // The heap views are the glue's current ones: a call may have grown the memory.
    const at = core.HEAPU32[location];
    if (decoder?.buffer !== core.HEAPU8.buffer) decoder = new ResultDecoder(core.HEAPU8.buffer, at);
    decoder.base = at;
    decoder.at = at + 1;
    const result = decoder.value();
    if (core.HEAPU8[at] !== TAPE_OK) throw new LoansimError(result);
    return result;
  };
}

/**
 * Loads the modules and returns the API: one method per command (request object in, result out,
 * synchronously), `run(command, jsonText)` exactly as the CLI, `commands`, `memoryBytes()`. With
 * `only: 'core'`, the core module's commands and `withJsonModule()`, which loads the JSON module
 * later and gives the whole API over the same core module.
 * @param {import('./loansim.js').CreateOptions} [options]
 */
export async function createLoansim(options = {}) {
  if (options.only !== undefined && options.only !== 'core') throw new TypeError("createLoansim: `only` can only be 'core'");
  const [core, json] = await Promise.all([
    instantiate(createLoansimCoreModule, options.coreWasmBinary, options.coreWasmUrl, coreWasm),
    options.only === 'core' ? null : loadJsonModule(options),
  ]);
  // One caller per core module: it owns the module's request buffer, which every API over that
  // module shares.
  return buildApi(core, coreCaller(core), json);
}

function loadJsonModule({ wasmBinary, wasmUrl } = {}) {
  return import('./json_module.js').then(({ default: factory }) => instantiate(factory, wasmBinary, wasmUrl, jsonWasm));
}

function buildApi(core, callCore, json) {
  const coreCommands = decodeNames(core.HEAPU8, core._loansim_command_names());
  const api = {
    /** Bytes each module's heap holds and has handed out: flat from call to call. */
    memoryBytes() {
      const bytes = { core: { heap: core.HEAPU8.length, inUse: core._loansim_heap_bytes_in_use() } };
      if (json) bytes.json = { heap: json.HEAPU8.length, inUse: json.heapBytesInUse() };
      return bytes;
    },
  };

  if (json) {
    /**
     * The CLI's contract: command + request JSON text (+ the CLI's --format and --product, the
     * latter as JSON text) → {ok, json} with the result or error text.
     */
    api.run = (command, requestText, { format = '', product = '' } = {}) => json.run(command, requestText, format, product);
  } else {
    let whole;
    /** The whole API over this core module, the JSON module loaded on the first call ({wasmBinary, wasmUrl}). */
    api.withJsonModule = (options) => (whole ??= loadJsonModule(options).then(
      (module) => buildApi(core, callCore, module),
      (error) => {
        whole = undefined;  // a failed load may be tried again
        throw error;
      },
    ));
  }
  // Request objects as JSON text, with the tape's rules for values JSON cannot carry.
  const jsonText = (value) => {
    if (typeof value === 'string') return value;
    try {
      new RequestEncoder().encode(value);
    } catch (error) {
      if (error instanceof UnencodableValue) throw invalidJson(error);
      throw error;
    }
    return JSON.stringify(value ?? null);
  };
  const callJson = (command, request, { format, product } = {}) => {
    const response = api.run(command, jsonText(request), { format, product: product === undefined ? '' : jsonText(product) });
    const body = JSON.parse(response.json);
    if (!response.ok) throw new LoansimError(body.error);
    return body;
  };

  // One method per command, named in camelCase ("policy-decision" → policyDecision).
  const commands = json ? json.commandNames().split(',') : coreCommands;
  for (const command of commands) {
    const index = coreCommands.indexOf(command);
    api[camelCase(command)] = index < 0
      ? (request, callOptions) => callJson(command, request, callOptions)
      // JSON text given for a typed command goes to the JSON module, which parses text.
      : (request, callOptions) => (typeof request === 'string' && json
        ? callJson(command, request, callOptions)
        : callCore(index, request, callOptions?.format));
  }
  api.commands = Object.freeze(commands);
  return Object.freeze(api);
}

function decodeNames(heap, at) {
  let end = at;
  while (heap[end] !== 0) end += 1;
  return Object.freeze(new TextDecoder().decode(heap.subarray(at, end)).split(','));
}
