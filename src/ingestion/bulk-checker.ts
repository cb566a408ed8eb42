import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { CommonError, type CommonErrorCode } from '../common/errors/common-error.js';
import { RawBulkBody } from '../common/http/bulk-body.js';
import { MAX_CONCURRENT_BULKS } from '../common/http/bulk-gate.js';
import { releaseSharedBody } from '../common/http/shared-body.js';
import { WorkerPool } from '../common/workers/worker-pool.js';
import { checkBulkBody, checkBulkItems, type BulkCheckRefusal, type BulkKind, type CheckedChunk } from './bulk-check.js';
import type { RejectedEntries } from './bulk-response.js';
import type { BulkCheckTask } from './bulk-check.worker.js';
import { IngestionError, type IngestionErrorCode } from './ingestion.error.js';
import type { IntakeItem } from './intake-item.js';

type WorkerMessage =
  | { type: 'chunk'; chunk: CheckedChunk }
  | { type: 'done'; received: number }
  | { type: 'refused'; refusal: BulkCheckRefusal }
  | { type: 'failed'; message: string };

const WORKER_SCRIPT = new URL('./bulk-check.worker.js', import.meta.url);

/**
 * Threads per API process. On the 2-core machine one: the other core stays with the event loop (and
 * PostgreSQL), which is the point; the bulks the gate admits beyond that wait for the thread.
 */
export const BULK_CHECK_THREADS = Math.max(1, Math.min(MAX_CONCURRENT_BULKS, availableParallelism() - 1));

function refusalError(refusal: BulkCheckRefusal): Error {
  return refusal.source === 'ingestion'
    ? new IngestionError(refusal.code as IngestionErrorCode, refusal.message)
    : new CommonError(refusal.code as CommonErrorCode, refusal.message);
}

/** The body's memory for the worker: shared memory as readSharedBody leaves it (no copy), else a copy. */
function sharedBytes(bytes: Buffer): { memory: SharedArrayBuffer; offset: number; length: number } {
  if (bytes.buffer instanceof SharedArrayBuffer) return { memory: bytes.buffer, offset: bytes.byteOffset, length: bytes.byteLength };
  const memory = new SharedArrayBuffer(bytes.byteLength);
  new Uint8Array(memory).set(bytes);
  return { memory, offset: 0, length: bytes.byteLength };
}

/** A checked bulk body: its valid items for the write path, and its rejected items as response entries. */
export interface CheckedBulk {
  received: number;
  items: IntakeItem[];
  rejected: RejectedEntries[];
}

/**
 * Decodes, parses and validates bulk bodies in a worker thread (issue 16: with four 33 MB bulks on the
 * event loop, sliced or not, a cached rating read waited up to 836 ms and /health 2.2 s). The main
 * thread only receives the valid items and, for the rejected ones, their response bytes, in chunks. Run
 * from the TypeScript sources (jest) there is no compiled worker script, and the same checkBulkBody runs
 * inline, in slices.
 */
@Injectable()
export class BulkChecker implements OnModuleDestroy {
  private readonly pool = existsSync(fileURLToPath(WORKER_SCRIPT)) ? new WorkerPool(WORKER_SCRIPT, BULK_CHECK_THREADS) : undefined;

  public get threaded(): boolean {
    return this.pool !== undefined;
  }

  /** Every item checked, in order, and how many the body held. Whole-request problems reject with the module's error. */
  public async check(kind: BulkKind, body: unknown): Promise<CheckedBulk> {
    const items: IntakeItem[] = [];
    const rejected: RejectedEntries[] = [];
    const collect = (chunk: CheckedChunk): void => {
      for (const item of chunk.items) items.push(item);
      if (chunk.rejectedIndexes.length > 0) rejected.push({ rejectedJson: chunk.rejectedJson, rejectedIndexes: chunk.rejectedIndexes, rejectedEnds: chunk.rejectedEnds });
    };
    // Not from our body parsers (no body, or called directly): the envelope check answers it.
    if (!(body instanceof RawBulkBody)) return { received: await checkBulkItems(kind, body, collect), items, rejected };
    // Inline (tests): a private copy, as the worker makes one.
    if (!this.pool) {
      const copy = Buffer.from(body.bytes);
      releaseSharedBody(body.bytes);
      return { received: await checkBulkBody(kind, copy, body.format, collect), items, rejected };
    }
    let received = 0;
    let failure: Error | undefined;
    // The worker copies the body before it posts anything: from its first message on, the memory can go back.
    let copied = false;
    const task: BulkCheckTask = { kind, format: body.format, ...sharedBytes(body.bytes) };
    await this.pool.run(task, [], (message) => {
      if (!copied) releaseSharedBody(body.bytes);
      copied = true;
      const m = message as WorkerMessage;
      if (m.type === 'chunk') {
        collect(m.chunk);
        return false;
      }
      if (m.type === 'done') received = m.received;
      else failure = m.type === 'refused' ? refusalError(m.refusal) : new Error(`bulk check failed in its worker thread: ${m.message}`);
      return true;
    });
    if (failure) throw failure;
    return { received, items, rejected };
  }

  public async onModuleDestroy(): Promise<void> {
    await this.pool?.close();
  }
}
