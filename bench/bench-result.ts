/** One row of the benchmark table; every field but name is optional so each bench reports what it measures. */
export interface BenchResult {
  name: string;
  throughput?: string;
  p50?: string;
  p99?: string;
  peakRssMb?: number;
  notes?: string;
  /** Set when the bench's own acceptance bound was missed (e.g. soak memory slope): `npm run bench` then exits 1. */
  failed?: string;
}
