/**
 * Report weighting. A reporter's accuracy is upheld ÷ resolved with a Beta(2, 2) prior, so a new reporter
 * counts as 0.5 and a few lucky or unlucky reports move it only a little.
 */
export const PRIOR_UPHELD = 2;
export const PRIOR_REJECTED = 2;
/** Priority points a report of a perfectly accurate reporter adds; a new reporter adds half. */
export const MAX_REPORT_BOOST = 30;

export interface ReporterRecord {
  upheld: number;
  rejected: number;
}

export function reporterAccuracy(r: ReporterRecord): number {
  return (r.upheld + PRIOR_UPHELD) / (r.upheld + r.rejected + PRIOR_UPHELD + PRIOR_REJECTED);
}

/** Share of resolved flags that were rejected (null before any was resolved). */
export function invalidFlagRate(r: ReporterRecord): number | null {
  const resolved = r.upheld + r.rejected;
  return resolved === 0 ? null : r.rejected / resolved;
}

export function reportBoost(accuracy: number): number {
  return Math.round(MAX_REPORT_BOOST * Math.max(0, Math.min(1, accuracy)));
}

export function raisedPriority(current: number, boost: number): number {
  return Math.max(0, Math.min(100, current + boost));
}
