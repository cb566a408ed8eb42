import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { NewOutboxEvent } from './outbox-topic.js';
import { OutboxRepository } from './outbox.repository.js';

/** Other modules write events here inside their own transaction. */
@Injectable()
export class OutboxService {
  public constructor(private readonly outbox: OutboxRepository) {}

  public append(manager: EntityManager, events: NewOutboxEvent[], now: Date): Promise<void> {
    return this.outbox.append(manager, events, now);
  }

  public backlog(): Promise<{ count: number; oldestAgeSeconds: number }> {
    return this.outbox.countUndispatched();
  }
}
