// The WebAssembly core, imported on first use and kept: one instance per page, however many
// widgets it holds (the Squoosh pattern: nothing is fetched before a widget asks). A module's bytes
// are fetched alongside its glue script rather than after it, saving a round trip. It runs on the
// page's thread, see docs/decisions.md.
//   loadCore()  the core module alone (payment, schedule with its cost of credit, apr, tvm): all
//               the first simulation needs, a fifth of the whole download.
//   loadFull()  the JSON module too (offers, recommend, servicing, payload), over the same core
//               module: when a panel that needs it is shown, or the customer submits.
import coreWasmUrl from '../../lib/wasm/loansim-core.wasm?url';
import jsonWasmUrl from '../../lib/wasm/loansim.wasm?url';

let loading;
let loadingFull;

function bytes(url) {
  return fetch(url).then((response) => {
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return response.arrayBuffer();
  });
}

// `promise`, forgotten by `forget` when it fails, so that a later widget (or a reload of this one)
// may try again.
function retryable(promise, forget) {
  return promise.catch((error) => {
    forget();
    throw error;
  });
}

/** @returns {Promise<{api: object, LoansimError: typeof Error}>} the core module's API */
export function loadCore() {
  loading ??= retryable(
    Promise.all([import('../../lib/loansim.js'), bytes(coreWasmUrl)]).then(async ([{ createLoansim, LoansimError }, coreWasmBinary]) => ({
      api: await createLoansim({ only: 'core', coreWasmBinary }),
      LoansimError,
    })),
    () => { loading = undefined; },
  );
  return loading;
}

/** @returns {Promise<{api: object, LoansimError: typeof Error}>} every command */
export function loadFull() {
  loadingFull ??= retryable(
    Promise.all([loadCore(), bytes(jsonWasmUrl)]).then(async ([core, wasmBinary]) => ({
      api: await core.api.withJsonModule({ wasmBinary }),
      LoansimError: core.LoansimError,
    })),
    () => { loadingFull = undefined; },
  );
  return loadingFull;
}
