import net from 'node:net';
import { createHistogram, performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import type { HttpLoadJob, HttpLoadTally, RequestFactoryModule } from './http-load.js';

/**
 * The load generator of the HTTP benches, run in a worker thread (own event loop, so the API's
 * latency is not the client's queueing). It speaks HTTP/1.1 on raw keep-alive sockets, one request
 * in flight per connection: the server sees what any HTTP client sends, while the client spends a
 * fraction of autocannon's CPU per request (no per-request deep clone of the options, no JS HTTP
 * parser) — on a 2-core machine every cycle the client burns is taken from the server it measures.
 * Responses are framed by Content-Length (the API sets it on every response; a response without it,
 * e.g. chunked, counts as an error and its connection is reopened).
 *
 * Closed loop (no rate): each connection sends its next request as soon as the answer arrives, which
 * measures capacity; latency then is mostly the queue of the other connections' requests. Paced
 * (`ratePerSecond`): each connection sends on a fixed schedule and latency counts from the scheduled
 * time, not the send (wrk2-style), so a stalled server is charged for the requests it held back.
 */

const HEADER_END = Buffer.from('\r\n\r\n');
const CONTENT_LENGTH = /\r\ncontent-length:\s*(\d+)/i;

interface Connection {
  socket: net.Socket;
  buffered: Buffer;
  /** When the request in flight was due: its send time (closed loop) or its scheduled time (paced). */
  dueAt: number;
  /** Paced: when this connection's next request is due. */
  nextDueAt: number;
  busy: boolean;
}

async function main(job: HttpLoadJob): Promise<HttpLoadTally> {
  const factory = (await import(job.requestModule) as RequestFactoryModule).createRequestFactory(job.requestData);
  const url = new URL(job.baseUrl);
  const fixedHeaders = Object.entries({ host: url.host, ...job.headers }).map(([name, value]) => `${name}: ${value}\r\n`).join('');
  const histogram = createHistogram();
  const statuses: Record<string, number> = {};
  const errorSamples: string[] = [];
  let errors = 0;
  let measuring = false;
  let stopping = false;
  let completed = 0;

  let inFlight = 0;
  let drained: (() => void) | undefined;

  const encode = (): Buffer => {
    const { method, path, body } = factory();
    const length = body === undefined ? '' : `content-length: ${Buffer.byteLength(body)}\r\n`;
    return Buffer.from(`${method} ${path} HTTP/1.1\r\n${fixedHeaders}${length}\r\n${body ?? ''}`);
  };

  const fail = (what: string): void => {
    errors += 1;
    if (errorSamples.length < 5) errorSamples.push(what);
  };

  const interval = job.ratePerSecond ? (job.connections / job.ratePerSecond) * 1_000 : 0;
  /**
   * Paced connections answered before their next request is due. One 1 ms ticker sends those that
   * are due: a timer per request cost more CPU than the request itself and fired late under load,
   * which the latency (counted from the scheduled time) then blamed on the server.
   */
  const early = new Set<Connection>();
  const ticker = interval > 0 ? setInterval(() => {
    const now = performance.now();
    for (const connection of early) {
      if (connection.nextDueAt > now) continue;
      early.delete(connection);
      send(connection);
    }
  }, 1) : undefined;

  const send = (connection: Connection): void => {
    if (stopping) {
      connection.socket.end();
      return;
    }
    const now = performance.now();
    if (interval > 0 && connection.nextDueAt > now) {
      early.add(connection);
      return;
    }
    connection.busy = true;
    inFlight += 1;
    connection.dueAt = interval > 0 ? connection.nextDueAt : now;
    connection.nextDueAt += interval;
    connection.socket.write(encode());
  };

  const finish = (connection: Connection, status: number): void => {
    connection.busy = false;
    inFlight -= 1;
    if (measuring) {
      histogram.record(Math.max(1, Math.round((performance.now() - connection.dueAt) * 1_000)));
      statuses[status] = (statuses[status] ?? 0) + 1;
      completed += 1;
    }
    if (stopping && inFlight === 0) drained?.();
    send(connection);
  };

  /** Consumes complete responses from the connection's buffer. */
  const onData = (connection: Connection, chunk: Buffer): void => {
    connection.buffered = connection.buffered.length === 0 ? chunk : Buffer.concat([connection.buffered, chunk]);
    for (;;) {
      const headerEnd = connection.buffered.indexOf(HEADER_END);
      if (headerEnd < 0) return;
      const head = connection.buffered.toString('latin1', 0, headerEnd);
      const status = Number(head.slice(9, 12));
      const declared = CONTENT_LENGTH.exec(head);
      const bodyLength = declared ? Number(declared[1]) : status === 204 || status === 304 ? 0 : -1;
      if (bodyLength < 0) {
        fail(`response ${status} without content-length`);
        connection.socket.destroy();
        return;
      }
      const total = headerEnd + HEADER_END.length + bodyLength;
      if (connection.buffered.length < total) return;
      connection.buffered = connection.buffered.subarray(total);
      if (status >= 400 && errorSamples.length < 5) errorSamples.push(`${status}: ${head.split('\r\n', 1)[0]}`);
      finish(connection, status);
    }
  };

  const open = (): Connection => {
    const socket = net.connect({ host: url.hostname, port: Number(url.port), noDelay: true });
    // Paced connections start spread over one interval, so the offered load is even from the start.
    const connection: Connection = { socket, buffered: Buffer.alloc(0), dueAt: 0, nextDueAt: performance.now() + Math.random() * interval, busy: false };
    socket.on('connect', () => send(connection));
    socket.on('data', (chunk: Buffer) => onData(connection, chunk));
    socket.on('error', (error: Error) => fail(error.message));
    socket.on('close', () => {
      if (connection.busy) {
        connection.busy = false;
        inFlight -= 1;
        fail('connection closed with a request in flight');
      }
      if (stopping) {
        if (inFlight === 0) drained?.();
        return;
      }
      open();
    });
    return connection;
  };

  for (let i = 0; i < job.connections; i += 1) open();
  await new Promise((resolve) => setTimeout(resolve, job.warmupSeconds * 1_000));
  measuring = true;
  const measuredFrom = performance.now();
  await new Promise((resolve) => setTimeout(resolve, job.seconds * 1_000));
  measuring = false;
  const elapsedSeconds = (performance.now() - measuredFrom) / 1_000;
  stopping = true;
  clearInterval(ticker);
  for (const connection of early) connection.socket.end();
  // Requests already sent are answered before the sockets close, so the server is never cut mid-request.
  await new Promise<void>((resolve) => {
    drained = resolve;
    if (inFlight === 0) resolve();
    setTimeout(resolve, 30_000).unref();
  });
  const us = (q: number): number => (completed === 0 ? 0 : histogram.percentile(q) / 1_000);
  return {
    completed, statuses, errors, errorSamples, elapsedSeconds,
    requestsPerSecond: completed / elapsedSeconds, p50Ms: us(50), p99Ms: us(99), maxMs: completed === 0 ? 0 : histogram.max / 1_000,
  };
}

main(workerData as HttpLoadJob).then(
  (tally) => parentPort?.postMessage({ tally }),
  (error: unknown) => parentPort?.postMessage({ error: error instanceof Error ? error.stack ?? error.message : String(error) }),
);
