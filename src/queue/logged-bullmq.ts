import { Logger } from '@nestjs/common';
import { Queue, Worker, type BackendFactory, type Processor, type QueueOptions, type RedisQueueBackend, type WorkerOptions } from 'bullmq';
import { ThrottledLog } from '../common/logging/repeat-throttle.js';

const logger = new Logger('Queue');
const errors = new ThrottledLog((line) => logger.warn(line));

/**
 * BullMQ's Queue and Worker re-emit connection failures as 'error' events; with no listener, QueueBase
 * falls back to console.error, a multi-line stack dump per failure (a 13 s PostgreSQL outage wrote
 * 3,062 such non-JSON lines). One JSON line per distinct message per 30 s through the Nest logger instead.
 */
function listenForErrors(what: string, emitter: { on(event: 'error', listener: (error: Error) => void): unknown }): void {
  emitter.on('error', (error: Error) => errors.log(`${what}: ${error?.message ?? String(error)}`));
}

/**
 * The listener is attached in the constructor, not later by a provider that discovers the instances:
 * a worker starts running (and failing, when PostgreSQL goes away during its bootstrap) as soon as
 * @nestjs/bullmq creates it, while the other modules' onModuleInit hooks still wait for the database,
 * and no hook order reliably comes between the two.
 */
export class LoggedQueue extends Queue {
  public constructor(name: string, opts: QueueOptions, backendFactory?: BackendFactory<RedisQueueBackend>) {
    super(name, opts, backendFactory as BackendFactory<RedisQueueBackend>);
    listenForErrors(`queue ${this.name}`, this);
  }
}

/** See LoggedQueue. */
export class LoggedWorker extends Worker {
  public constructor(name: string, processor: string | URL | null | Processor | undefined, opts: WorkerOptions, backendFactory?: BackendFactory<RedisQueueBackend>) {
    super(name, processor, opts, backendFactory as BackendFactory<RedisQueueBackend>);
    listenForErrors(`worker ${this.name}`, this);
  }
}
