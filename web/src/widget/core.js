// The WebAssembly core, imported on first use and kept: one instance per page, however many
// widgets it holds (the Squoosh pattern: nothing is fetched before a widget asks). The module's
// bytes are fetched alongside its glue script rather than after it, saving a round trip. It runs on
// the page's thread, see docs/decisions.md.
import wasmUrl from '../../lib/wasm/loansim.wasm?url';

let loading;

/** @returns {Promise<{api: object, LoansimError: typeof Error}>} */
export function loadCore() {
  loading ??= Promise.all([
    import('../../lib/loansim.js'),
    fetch(wasmUrl).then((response) => {
      if (!response.ok) throw new Error(`${wasmUrl}: HTTP ${response.status}`);
      return response.arrayBuffer();
    }),
  ])
    .then(async ([{ createLoansim, LoansimError }, wasmBinary]) => ({ api: await createLoansim({ wasmBinary }), LoansimError }))
    .catch((error) => {
      loading = undefined;  // a later widget (or a reload of this one) may try again
      throw error;
    });
  return loading;
}
