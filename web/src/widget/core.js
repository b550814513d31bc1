// The WebAssembly core, imported on first use and kept: one instance per page, however many
// widgets it holds (the Squoosh pattern: nothing is fetched before a widget asks). It runs on the
// page's thread, see docs/decisions.md.
let loading;

/** @returns {Promise<{api: object, LoansimError: typeof Error}>} */
export function loadCore() {
  loading ??= import('../../lib/loansim.js')
    .then(async ({ createLoansim, LoansimError }) => ({ api: await createLoansim(), LoansimError }))
    .catch((error) => {
      loading = undefined;  // a later widget (or a reload of this one) may try again
      throw error;
    });
  return loading;
}
