import { performance } from 'node:perf_hooks';
import { parentPort } from 'node:worker_threads';
import { bulkBody } from './intake-fixtures.js';

/**
 * The bulk-intake clients of bench/intake.ts, in a worker thread: building and sending
 * 5,000-review bodies (and parsing the per-item results) is client work, and on the API's
 * own event loop it would be counted against the API.
 */
export interface BulkClientJob {
  url: string;
  key: string;
  fragments: string[];
  prefix: string;
  clients: number;
  size: number;
  seconds: number;
  maxReviews: number;
}

export interface BulkClientTally {
  accepted: number;
  rejected: number;
  latencies: number[];
  elapsedSeconds: number;
}

async function run(job: BulkClientJob): Promise<BulkClientTally> {
  const tally: BulkClientTally = { accepted: 0, rejected: 0, latencies: [], elapsedSeconds: 0 };
  let next = 0;
  const started = performance.now();
  const deadline = started + job.seconds * 1_000;
  const client = async (): Promise<void> => {
    while (performance.now() < deadline && next < job.maxReviews) {
      const start = next;
      next += job.size;
      const body = bulkBody(job.fragments, job.prefix, start, job.size);
      const sent = performance.now();
      const res = await fetch(job.url, { method: 'POST', headers: { authorization: `Bearer ${job.key}`, 'content-type': 'application/json' }, body });
      const result = (await res.json()) as { accepted?: number; rejected?: number; message?: string };
      tally.latencies.push(performance.now() - sent);
      if (res.status !== 202) throw new Error(`bulk → ${res.status} ${result.message ?? ''}`);
      tally.accepted += result.accepted ?? 0;
      tally.rejected += result.rejected ?? 0;
    }
  };
  await Promise.all(Array.from({ length: job.clients }, client));
  tally.elapsedSeconds = (performance.now() - started) / 1_000;
  return tally;
}

parentPort?.once('message', (job: BulkClientJob) => {
  run(job).then(
    (tally) => parentPort?.postMessage({ ok: true, tally }),
    (error: Error) => parentPort?.postMessage({ ok: false, error: error.message }),
  );
});
