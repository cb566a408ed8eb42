import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { NewOutboxEvent } from './outbox-topic.js';

export interface PendingOutboxEvent {
  id: string;
  topic: string;
  aggregateId: string;
  payload: Record<string, unknown>;
  createdAt: Date;
}

/** Target of every outbox insert; `INSERT INTO ${OUTBOX_INSERT_TARGET} SELECT …` for writers that build events in SQL. */
export const OUTBOX_INSERT_TARGET = 'outbox_events (topic, aggregate_type, aggregate_id, payload, created_at)';

@Injectable()
export class OutboxRepository {
  public constructor(@InjectDataSource() private readonly db: DataSource) {}

  public async append(manager: EntityManager, events: NewOutboxEvent[], now: Date): Promise<void> {
    if (events.length === 0) return;
    await manager.query(
      `INSERT INTO ${OUTBOX_INSERT_TARGET}
       SELECT t, a, i, p, $5 FROM unnest($1::text[], $2::text[], $3::uuid[], $4::jsonb[]) AS x(t, a, i, p)`,
      [events.map((e) => e.topic), events.map((e) => e.aggregateType), events.map((e) => e.aggregateId), events.map((e) => JSON.stringify(e.payload)), now],
    );
  }

  /**
   * Claims a batch for this relay (SKIP LOCKED lets several relays share the table),
   * hands it to `dispatch`, and marks it dispatched in the same transaction:
   * a crash before commit leaves the rows to be claimed again (at-least-once). `dispatch` gets
   * the transaction so derived rows (published events, deliveries) commit with the mark.
   */
  public async dispatchBatch(limit: number, now: () => Date, dispatch: (events: PendingOutboxEvent[], manager: EntityManager) => Promise<void>): Promise<number> {
    return this.db.transaction(async (manager) => {
      const rows: { id: string; topic: string; aggregate_id: string; payload: Record<string, unknown>; created_at: Date }[] = await manager.query(
        `SELECT id, topic, aggregate_id, payload, created_at FROM outbox_events WHERE dispatched_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit],
      );
      if (rows.length === 0) return 0;
      await dispatch(rows.map((r) => ({ id: r.id, topic: r.topic, aggregateId: r.aggregate_id, payload: r.payload, createdAt: r.created_at })), manager);
      await manager.query('UPDATE outbox_events SET dispatched_at = $2 WHERE id = ANY($1::bigint[])', [rows.map((r) => r.id), now()]);
      return rows.length;
    });
  }

  public async countUndispatched(): Promise<{ count: number; oldestAgeSeconds: number }> {
    const rows: { count: string; oldest: number | null }[] = await this.db.query(
      `SELECT count(*) AS count, EXTRACT(EPOCH FROM now() - min(created_at))::float AS oldest FROM outbox_events WHERE dispatched_at IS NULL`,
    );
    return { count: Number(rows[0].count), oldestAgeSeconds: rows[0].oldest ?? 0 };
  }
}
