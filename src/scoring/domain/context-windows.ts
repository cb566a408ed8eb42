/**
 * Windows the context loader (scoring-context.loader.ts) looks back over.
 * The simulation's in-memory builder uses the same values, so what
 * `npm run simulate` measures is the context the pipeline really loads.
 */

/** Shared-IP, shared-device and co-reviewing counts look back this far. */
export const NETWORK_WINDOW_HOURS = 72;

/** Co-reviewers must share at least this many products with the author in the window. */
export const CO_REVIEW_MIN_SHARED_PRODUCTS = 2;
