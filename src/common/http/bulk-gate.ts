import type { FastifyReply, FastifyRequest } from 'fastify';
import { AllExceptionsFilter } from '../errors/all-exceptions.filter.js';
import { CommonError, CommonErrorCode } from '../errors/common-error.js';
import { isBulkRoute } from './bulk-route.js';

/**
 * Bulk requests one API process reads, parses and validates at once. Each holds its body (up to
 * BODY_LIMIT_BYTES) and a few times that in parsed objects, and takes CPU from every other request even
 * when sliced; four 32 MB bulks in parallel took one process to 601 MB RSS and stalled it for 24 s. More
 * processes (API_PROCESSES) take more bulks.
 */
export const MAX_CONCURRENT_BULKS = 2;
/**
 * Bulks that wait for a slot. A waiting request's body is not read (it stays in the socket and the
 * client's send buffer, TCP flow control holds the rest), so waiting costs a socket, not memory.
 */
export const MAX_WAITING_BULKS = 8;

interface Entry {
  admit: () => void;
  state: 'waiting' | 'active' | 'done';
}

/** Admits up to `limit` bulks, queues up to `queueLimit` more in arrival order, refuses the rest. */
export class BulkGate {
  private active = 0;
  private readonly waiting: Entry[] = [];

  public constructor(private readonly limit: number, private readonly queueLimit: number) {}

  /**
   * Calls `admit` now or once a slot frees up. Returns the function to call when the request is done
   * (finished or its connection closed; idempotent), or undefined when the queue is full too.
   */
  public enter(admit: () => void): (() => void) | undefined {
    const entry: Entry = { admit, state: 'waiting' };
    if (this.active < this.limit) this.start(entry);
    else if (this.waiting.length < this.queueLimit) this.waiting.push(entry);
    else return undefined;
    return () => this.leave(entry);
  }

  private start(entry: Entry): void {
    this.active += 1;
    entry.state = 'active';
    entry.admit();
  }

  private leave(entry: Entry): void {
    if (entry.state === 'waiting') this.waiting.splice(this.waiting.indexOf(entry), 1);
    else if (entry.state === 'active') {
      this.active -= 1;
      const next = this.waiting.shift();
      if (next) this.start(next);
    }
    entry.state = 'done';
  }
}

/**
 * Checked on arrival (configureApp's onRequest hook), before the body is read: a process with every slot
 * and queue place taken answers at once with 503, Retry-After and code INTAKE_BUSY. Returns true when the
 * gate took the request (it calls `admit` once a slot is free, or has answered), false for any other request.
 */
export function bulkGate(limit = MAX_CONCURRENT_BULKS, queueLimit = MAX_WAITING_BULKS): (request: FastifyRequest, reply: FastifyReply, admit: () => void) => boolean {
  const gate = new BulkGate(limit, queueLimit);
  const errors = new AllExceptionsFilter();
  return (request, reply, admit) => {
    if (request.method !== 'POST' || !isBulkRoute(request)) return false;
    const leave = gate.enter(admit);
    if (!leave) {
      errors.send(new CommonError(CommonErrorCode.IntakeBusy, `This process is already taking ${limit + queueLimit} bulk requests; retry shortly`), request, reply);
      return true;
    }
    reply.raw.once('close', leave);
    return true;
  };
}
