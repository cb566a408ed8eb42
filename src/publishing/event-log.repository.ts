import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { EventSnapshots } from './domain/event-snapshot.js';
import type { ExternalEvent } from './domain/external-events.js';

/** Serialises writers of published_events; see `insert`. */
const EVENT_LOG_LOCK = 7_240_105;

export interface StoredEvent {
  id: string;
  eventId: string;
  type: string;
  merchantId: string | null;
  channelId: string | null;
  isPublic: boolean;
  data: Record<string, unknown>;
  occurredAt: Date;
  snapshots: EventSnapshots;
}

export type FeedScope = { kind: 'all' } | { kind: 'merchant'; merchantId: string } | { kind: 'channel'; channelId: string } | { kind: 'public' };

interface EventRow {
  id: string;
  event_id: string;
  type: string;
  merchant_id: string | null;
  channel_id: string | null;
  is_public: boolean;
  data: Record<string, unknown>;
  occurred_at: Date;
  snapshots: EventSnapshots;
}

const toStored = (r: EventRow): StoredEvent => ({
  id: r.id, eventId: r.event_id, type: r.type, merchantId: r.merchant_id, channelId: r.channel_id, isPublic: r.is_public, data: r.data, occurredAt: r.occurred_at,
  snapshots: r.snapshots,
});

const SCOPE_SQL: Record<FeedScope['kind'], string> = {
  all: 'TRUE',
  merchant: 'merchant_id = $3',
  channel: 'channel_id = $3',
  public: 'is_public',
};

@Injectable()
export class EventLogRepository {
  public constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Feed ordering: bigserial ids are handed out at INSERT but become visible at COMMIT,
   * so with concurrent writers a reader could see id 11 before id 10 commits and, paging
   * with after=11, skip 10 for ever. Every writer therefore takes one transaction-scoped
   * advisory lock before inserting: ids are allocated and committed strictly one writer
   * after another (PostgreSQL makes a commit visible before releasing its locks), so when
   * a reader sees id N every id below N is already visible or never will be.
   * Writers are only the relay(s), a batch at a time, so the lock costs nothing measurable.
   */
  public async insert(manager: EntityManager, events: (ExternalEvent & { sourceOutboxId: string; occurredAt: Date; snapshots: EventSnapshots })[]): Promise<StoredEvent[]> {
    if (events.length === 0) return [];
    await manager.query('SELECT pg_advisory_xact_lock($1)', [EVENT_LOG_LOCK]);
    const rows: EventRow[] = await manager.query(
      `INSERT INTO published_events (event_id, type, source_outbox_id, merchant_id, channel_id, is_public, data, occurred_at, snapshots)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::bigint[], $4::uuid[], $5::uuid[], $6::boolean[], $7::jsonb[], $8::timestamptz[], $9::jsonb[])
       ON CONFLICT (event_id) DO NOTHING
       RETURNING id, event_id, type, merchant_id, channel_id, is_public, data, occurred_at, snapshots`,
      [
        events.map((e) => e.eventId), events.map((e) => e.type), events.map((e) => e.sourceOutboxId), events.map((e) => e.merchantId),
        events.map((e) => e.channelId), events.map((e) => e.isPublic), events.map((e) => JSON.stringify(e.data)), events.map((e) => e.occurredAt),
        events.map((e) => JSON.stringify(e.snapshots)),
      ],
    );
    return rows.map(toStored);
  }

  public async page(scope: FeedScope, after: string, limit: number): Promise<StoredEvent[]> {
    const params: unknown[] = [after, limit];
    if (scope.kind === 'merchant') params.push(scope.merchantId);
    if (scope.kind === 'channel') params.push(scope.channelId);
    const rows: EventRow[] = await this.db.query(
      `SELECT id, event_id, type, merchant_id, channel_id, is_public, data, occurred_at, snapshots
         FROM published_events WHERE id > $1::bigint AND ${SCOPE_SQL[scope.kind]} ORDER BY id LIMIT $2`,
      params,
    );
    return rows.map(toStored);
  }
}
