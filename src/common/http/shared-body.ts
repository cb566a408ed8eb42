import { errorCodes } from 'fastify';
import type { Readable } from 'node:stream';

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
  return readBody(payload, contentLengthHeader, limit, (size) => new SharedArrayBuffer(size));
}

/** The same for ordinary bodies, in unshared memory (what Fastify's reader gives, without its final concat). */
export function readBody(payload: Readable, contentLengthHeader: string | undefined, limit: number,
  allocate: (size: number) => ArrayBufferLike = (size) => new ArrayBuffer(size)): Promise<Buffer> {
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
        reject(new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE());
        return;
      }
      if (received + bytes.length > memory.byteLength) {
        // More than Content-Length said is refused at the end; only a chunked body grows.
        const grown = allocate(Math.min(limit, Math.max(memory.byteLength * 2, received + bytes.length)));
        const grownView = new Uint8Array(grown);
        grownView.set(view.subarray(0, received));
        memory = grown;
        view = grownView;
      }
      view.set(bytes, received);
      received += bytes.length;
    }
    function onEnd(error?: Error & { statusCode?: number }): void {
      stop();
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
