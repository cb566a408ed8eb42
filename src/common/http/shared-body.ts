import { errorCodes } from 'fastify';
import type { Readable } from 'node:stream';
import { MAX_CONCURRENT_BULKS } from './bulk-gate.js';
import { SharedBodyPool } from './shared-body-pool.js';

const INITIAL_CAPACITY = 1 << 16;

/**
 * Reads a request body into a SharedArrayBuffer as its chunks arrive, so a bulk-check worker thread can
 * read it without a copy. Fastify's own reading (`parseAs: 'buffer'`) ends with one Buffer.concat of the
 * whole body on the event loop: for four 33 MB bulks that concat was 4.3 s of the API's main-thread profile
 * under the bulk-stall bench (each a fresh 33 MB allocation, page-faulted and copied in one go). Here each
 * chunk is copied as it arrives (the chunks may be views over the socket's read buffer), into memory sized
 * from Content-Length; a chunked body grows it by doubling. Same limits and errors as Fastify's reader.
 */
export function readSharedBody(payload: Readable, contentLengthHeader: string | undefined, limit: number): Promise<Buffer> {
  return readBody(payload, contentLengthHeader, limit, { allocate: (size) => sharedBodies.take(size), release: (memory) => sharedBodies.release(memory) });
}

/**
 * Bodies read by readSharedBody come from a pool of the gate's size (one buffer per bulk in flight), so
 * after the first bulks no new memory is allocated or first touched for them.
 */
const sharedBodies = new SharedBodyPool(MAX_CONCURRENT_BULKS);

/**
 * Gives a readSharedBody body's memory back for the next bulk, once nothing will read `body` again (the
 * bulk-check worker copies it as it starts). Bodies from elsewhere are ignored.
 */
export function releaseSharedBody(body: Buffer): void {
  sharedBodies.release(body.buffer);
}

/** Where readBody puts the bytes: `release` gets back what was allocated and will not be handed on. */
export interface BodyMemory {
  allocate: (size: number) => ArrayBufferLike;
  release?: (memory: ArrayBufferLike) => void;
}

const unshared: BodyMemory = { allocate: (size) => new ArrayBuffer(size) };

/** The same for ordinary bodies, in unshared memory (what Fastify's reader gives, without its final concat). */
export function readBody(payload: Readable, contentLengthHeader: string | undefined, limit: number, bodyMemory: BodyMemory = unshared): Promise<Buffer> {
  const { allocate } = bodyMemory;
  const release = (memory: ArrayBufferLike): void => bodyMemory.release?.(memory);
  const declared = contentLengthHeader === undefined ? Number.NaN : Number(contentLengthHeader);
  if (declared > limit) return Promise.reject(new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE());
  return new Promise<Buffer>((resolve, reject) => {
    let memory = allocate(Number.isNaN(declared) ? Math.min(limit, INITIAL_CAPACITY) : declared);
    let view = new Uint8Array(memory);
    let received = 0;
    const stop = (): void => {
      payload.removeListener('data', onData);
      payload.removeListener('end', onEnd);
      payload.removeListener('error', onEnd);
    };
    function onData(chunk: Buffer | string): void {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      if (received + bytes.length > limit) {
        stop();
        release(memory);
        reject(new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE());
        return;
      }
      if (received + bytes.length > memory.byteLength) {
        // More than Content-Length said is refused at the end; only a chunked body grows.
        const grown = allocate(Math.min(limit, Math.max(memory.byteLength * 2, received + bytes.length)));
        const grownView = new Uint8Array(grown);
        grownView.set(view.subarray(0, received));
        release(memory);
        memory = grown;
        view = grownView;
      }
      view.set(bytes, received);
      received += bytes.length;
    }
    function onEnd(error?: Error & { statusCode?: number }): void {
      stop();
      if (error || (!Number.isNaN(declared) && received !== declared)) release(memory);
      if (error) {
        if (!(typeof error.statusCode === 'number' && error.statusCode >= 400)) error.statusCode = 400;
        reject(error);
        return;
      }
      if (!Number.isNaN(declared) && received !== declared) {
        reject(new errorCodes.FST_ERR_CTP_INVALID_CONTENT_LENGTH());
        return;
      }
      resolve(Buffer.from(memory, 0, received));
    }
    payload.on('data', onData);
    payload.on('end', onEnd);
    payload.on('error', onEnd);
    payload.resume();
  });
}
