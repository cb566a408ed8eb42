import 'reflect-metadata';
import { parentPort } from 'node:worker_threads';
import { checkBulkBody, toRefusal, transferablesOf, type BulkKind } from './bulk-check.js';
import type { BulkFormat } from '../common/http/bulk-body.js';

/** Worker-thread side of BulkChecker: one bulk body per task, answered with chunks, then `done` or `refused`. */
export interface BulkCheckTask {
  kind: BulkKind;
  format: BulkFormat;
  /** The body as read into shared memory by the main thread (common/http/shared-body.ts). */
  memory: SharedArrayBuffer;
  offset: number;
  length: number;
}

const port = parentPort;
if (!port) throw new Error('bulk-check.worker must run in a worker thread');

port.on('message', (task: BulkCheckTask) => {
  // A private copy, made here rather than on the event loop, so the decoders read ordinary memory (the spec lets TextDecoder refuse shared views);
  // made before anything is posted, because on the first message the main thread hands the shared memory to the next bulk.
  const bytes = Buffer.from(new Uint8Array(task.memory, task.offset, task.length));
  // The chunk's response bytes are moved, not copied: the event loop gets them at no cost per item.
  checkBulkBody(task.kind, bytes, task.format, (chunk) => port.postMessage({ type: 'chunk', chunk }, transferablesOf(chunk))).then(
    (received) => port.postMessage({ type: 'done', received }),
    (error: unknown) => {
      const refusal = toRefusal(error);
      // Anything else is a bug: the pool rejects the task and the request answers 500 (logged there).
      port.postMessage(refusal ? { type: 'refused', refusal } : { type: 'failed', message: (error as Error)?.stack ?? String(error) });
    },
  );
});
