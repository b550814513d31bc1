// The JSON module (wasm/bindings.cpp) behind the calls loansim.js makes of it: run, commandNames,
// heapBytesInUse. Texts cross as UTF-8 in one buffer the module owns. Imported with the module,
// never before: nothing here is part of the widget's first load.
import createLoansimModule from './wasm/loansim.mjs';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Same options as the Emscripten factory (wasmBinary, locateFile). */
export default async function createJsonModule(moduleOptions) {
  const module = await createLoansimModule(moduleOptions);
  return {
    get HEAPU8() { return module.HEAPU8; },
    /** The CLI's contract: command, request text, --format, --product text (each as String()) → {ok, json}. */
    run(...texts) {
      const parts = texts.map((text) => encoder.encode(String(text)));
      // The buffer may have moved since the last call (results are written to it too).
      let at = module._loansim_json_buffer(parts.reduce((total, part) => total + part.length, 0));
      for (const part of parts) {
        module.HEAPU8.set(part, at);
        at += part.length;
      }
      const response = module._loansim_json_run(...parts.map((part) => part.length)) >>> 2;
      const [ok, size] = module.HEAPU32.subarray(response, response + 2);
      const result = module._loansim_json_buffer(0);
      return { ok: ok === 1, json: decoder.decode(module.HEAPU8.subarray(result, result + size)) };
    },
    commandNames() {
      const at = module._loansim_json_command_names();
      return decoder.decode(module.HEAPU8.subarray(at, module.HEAPU8.indexOf(0, at)));
    },
    heapBytesInUse: () => module._loansim_json_heap_bytes_in_use(),
  };
}
