import { Worker } from 'node:worker_threads';

/** One request of a load run; `body` set means a JSON body (the job's headers carry its content-type). */
export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}

/**
 * A module the load client imports in its worker thread: `createRequestFactory(requestData)` returns
 * the function called once per request (functions cannot cross the thread boundary, data can).
 */
export interface RequestFactoryModule {
  createRequestFactory(data: unknown): () => LoadRequest;
}

export interface HttpLoadJob {
  baseUrl: string;
  connections: number;
  /** Offered load, spread evenly over the connections; unset: closed loop (each sends again on answer). */
  ratePerSecond?: number;
  warmupSeconds: number;
  seconds: number;
  headers: Record<string, string>;
  /** file: URL of a RequestFactoryModule. */
  requestModule: string;
  requestData: unknown;
}

export interface HttpLoadTally {
  completed: number;
  statuses: Record<string, number>;
  errors: number;
  errorSamples: string[];
  elapsedSeconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

/** Runs bench/http-load-client.ts in a worker thread: warm-up (not counted), then the measured window. */
export function runHttpLoad(job: HttpLoadJob): Promise<HttpLoadTally> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./http-load-client.js', import.meta.url), { workerData: job });
    worker.once('message', (message: { tally?: HttpLoadTally; error?: string }) => {
      if (message.tally) resolve(message.tally);
      else reject(new Error(`load client failed: ${message.error}`));
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

/** Responses outside 2xx/304 plus transport errors. */
export function failuresOf(tally: HttpLoadTally): number {
  const unexpected = Object.entries(tally.statuses).filter(([status]) => !(status.startsWith('2') || status === '304')).reduce((n, [, count]) => n + count, 0);
  return unexpected + tally.errors;
}
