import { WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { Queue } from 'bullmq';
import { ThrottledLog } from '../common/logging/repeat-throttle.js';

/**
 * BullMQ's Queue and Worker re-emit connection failures as 'error' events; with no listener, QueueBase
 * falls back to console.error, a multi-line stack dump per failure (a 13 s PostgreSQL outage wrote
 * 3,062 such non-JSON lines). Every queue and worker of this process gets a listener that writes one
 * JSON line per distinct message per 30 s through the Nest logger.
 */
@Injectable()
export class QueueErrorLogging implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('Queue');
  private readonly errors = new ThrottledLog((line) => this.logger.warn(line));

  public constructor(private readonly discovery: DiscoveryService) {}

  private readonly listened = new WeakSet<object>();

  /**
   * Queues exist once their providers are built; workers once @nestjs/bullmq's BullRegistrar ran its
   * onModuleInit, before this one (see QueueErrorLoggingModule). onApplicationBootstrap is the fallback.
   */
  public onModuleInit(): void {
    for (const queue of this.instances((i): i is Queue => i instanceof Queue)) this.listen(`queue ${queue.name}`, queue);
    this.listenToWorkers();
  }

  public onApplicationBootstrap(): void {
    this.listenToWorkers();
  }

  private listenToWorkers(): void {
    for (const host of this.instances((i): i is WorkerHost => i instanceof WorkerHost)) {
      let worker: WorkerHost['worker'] | undefined;
      try {
        worker = host.worker;
      } catch {
        continue; // not created yet (the getter throws): taken in onApplicationBootstrap
      }
      this.listen(`worker ${worker.name}`, worker);
    }
  }

  private instances<T>(is: (instance: unknown) => instance is T): T[] {
    return this.discovery.getProviders().map((wrapper) => wrapper.instance as unknown).filter(is);
  }

  private listen(what: string, emitter: { on(event: 'error', listener: (error: Error) => void): unknown }): void {
    if (this.listened.has(emitter)) return;
    this.listened.add(emitter);
    emitter.on('error', (error: Error) => this.errors.log(`${what}: ${error?.message ?? String(error)}`));
  }
}
