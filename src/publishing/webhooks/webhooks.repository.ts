import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { EventSnapshots } from '../domain/event-snapshot.js';
import type { WebhookOwnerType } from '../domain/external-events.js';
import type { WebhookTarget } from '../domain/webhook-matching.js';
import type { StoredEvent } from '../event-log.repository.js';
import { WebhookDeliveryEntity } from './webhook-delivery.entity.js';
import { WebhookEntity } from './webhook.entity.js';

/** Who is asking: admins see every webhook, others only their own. */
export type WebhookScope =
  | { kind: 'all' }
  | { kind: 'merchant'; merchantId: string }
  | { kind: 'storefront'; keyId: string }
  | { kind: 'channel'; channelId: string };

export interface NewDelivery {
  id: string;
  webhookId: string;
  eventId: string;
}

export interface DeliveryWork {
  delivery: WebhookDeliveryEntity;
  webhook: { url: string; secret: string; deleted: boolean; ownerType: WebhookOwnerType };
  event: StoredEvent;
}

export interface AttemptOutcome {
  state: 'pending' | 'succeeded' | 'failed';
  statusCode: number | null;
  error: string | null;
  at: Date;
}

@Injectable()
export class WebhooksRepository {
  public constructor(@InjectDataSource() private readonly db: DataSource) {}

  public async insert(row: Omit<WebhookEntity, 'id' | 'deletedAt'>): Promise<WebhookEntity> {
    const repo = this.db.getRepository(WebhookEntity);
    const result = await repo.insert(row);
    return (await repo.findOneByOrFail({ id: result.identifiers[0].id as string }));
  }

  public list(scope: WebhookScope): Promise<WebhookEntity[]> {
    const qb = this.db.getRepository(WebhookEntity).createQueryBuilder('w').where('w.deleted_at IS NULL').orderBy('w.created_at', 'ASC').limit(500);
    if (scope.kind === 'merchant') qb.andWhere('w.merchant_id = :m', { m: scope.merchantId });
    if (scope.kind === 'storefront') qb.andWhere(`w.owner_type = 'storefront' AND w.owner_key_id = :k`, { k: scope.keyId });
    if (scope.kind === 'channel') qb.andWhere('w.channel_id = :c', { c: scope.channelId });
    return qb.getMany();
  }

  public async find(scope: WebhookScope, id: string): Promise<WebhookEntity | null> {
    const found = (await this.list(scope)).find((w) => w.id === id);
    return found ?? null;
  }

  public async softDelete(id: string, now: Date): Promise<void> {
    await this.db.getRepository(WebhookEntity).update({ id }, { deletedAt: now });
  }

  /** Live webhooks that could want any of these events; the pure matcher decides per event. */
  public async candidatesFor(manager: EntityManager, events: StoredEvent[]): Promise<WebhookTarget[]> {
    const merchants = [...new Set(events.map((e) => e.merchantId).filter((m): m is string => m !== null))];
    const channels = [...new Set(events.map((e) => e.channelId).filter((c): c is string => c !== null))];
    const anyPublic = events.some((e) => e.isPublic);
    const rows: { id: string; owner_type: WebhookTarget['ownerType']; merchant_id: string | null; channel_id: string | null; topics: string[] }[] = await manager.query(
      `SELECT id, owner_type, merchant_id, channel_id, topics FROM webhooks
        WHERE deleted_at IS NULL AND ((owner_type = 'storefront' AND $3) OR merchant_id = ANY($1::uuid[]) OR channel_id = ANY($2::uuid[]))`,
      [merchants, channels, anyPublic],
    );
    return rows.map((r) => ({ id: r.id, ownerType: r.owner_type, merchantId: r.merchant_id, channelId: r.channel_id, topics: r.topics }));
  }

  /** Pending deliveries per webhook (partial index IDX_webhook_deliveries_pending): the fair-order backlog. */
  public async pendingCounts(manager: EntityManager | undefined, webhookIds: string[]): Promise<Map<string, number>> {
    if (webhookIds.length === 0) return new Map();
    const rows: { webhook_id: string; n: number }[] = await (manager ?? this.db.manager).query(
      `SELECT webhook_id, count(*)::int AS n FROM webhook_deliveries WHERE state = 'pending' AND webhook_id = ANY($1::uuid[]) GROUP BY webhook_id`,
      [webhookIds],
    );
    return new Map(rows.map((r) => [r.webhook_id, Number(r.n)]));
  }

  public async insertDeliveries(manager: EntityManager, rows: NewDelivery[], now: Date): Promise<void> {
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO webhook_deliveries (id, webhook_id, event_id, state, created_at, updated_at)
       SELECT d, w, e, 'pending', $4, $4 FROM unnest($1::uuid[], $2::uuid[], $3::bigint[]) AS t(d, w, e)
       ON CONFLICT (webhook_id, event_id) DO NOTHING`,
      [rows.map((r) => r.id), rows.map((r) => r.webhookId), rows.map((r) => r.eventId), now],
    );
  }

  public async loadWork(deliveryId: string): Promise<DeliveryWork | null> {
    const delivery = await this.db.getRepository(WebhookDeliveryEntity).findOneBy({ id: deliveryId });
    if (!delivery) return null;
    const rows: { url: string; secret: string; deleted_at: Date | null; id: string; event_id: string; type: string; merchant_id: string | null;
      channel_id: string | null; is_public: boolean; data: Record<string, unknown>; occurred_at: Date; owner_type: WebhookOwnerType; snapshots: EventSnapshots }[] =
      await this.db.query(
      `SELECT w.url, w.secret, w.deleted_at, w.owner_type, e.id, e.event_id, e.type, e.merchant_id, e.channel_id, e.is_public, e.data, e.occurred_at, e.snapshots
         FROM webhooks w, published_events e WHERE w.id = $1 AND e.id = $2`,
      [delivery.webhookId, delivery.eventId],
    );
    const r = rows[0];
    return {
      delivery,
      webhook: { url: r.url, secret: r.secret, deleted: r.deleted_at !== null, ownerType: r.owner_type },
      event: {
        id: r.id, eventId: r.event_id, type: r.type, merchantId: r.merchant_id, channelId: r.channel_id, isPublic: r.is_public, data: r.data, occurredAt: r.occurred_at,
        snapshots: r.snapshots,
      },
    };
  }

  public async recordAttempt(id: string, outcome: AttemptOutcome): Promise<void> {
    await this.db.query(
      `UPDATE webhook_deliveries SET attempts = attempts + 1, state = $2, last_status_code = $3, last_error = $4, last_attempt_at = $5, updated_at = $5,
              delivered_at = CASE WHEN $2 = 'succeeded' THEN $5 ELSE delivered_at END
        WHERE id = $1 AND state = 'pending'`,
      [id, outcome.state, outcome.statusCode, outcome.error, outcome.at],
    );
  }

  public async cancel(id: string, now: Date): Promise<void> {
    await this.db.query(`UPDATE webhook_deliveries SET state = 'cancelled', updated_at = $2 WHERE id = $1 AND state = 'pending'`, [id, now]);
  }

  public listDeliveries(webhookId: string, state: string | undefined, limit: number): Promise<WebhookDeliveryEntity[]> {
    return this.db.getRepository(WebhookDeliveryEntity).find({
      where: state ? { webhookId, state: state as WebhookDeliveryEntity['state'] } : { webhookId }, order: { createdAt: 'DESC', id: 'ASC' }, take: limit,
    });
  }

  public lockDelivery(manager: EntityManager, webhookId: string, deliveryId: string): Promise<WebhookDeliveryEntity | null> {
    return manager.getRepository(WebhookDeliveryEntity).createQueryBuilder('d').setLock('pessimistic_write')
      .where('d.id = :deliveryId AND d.webhook_id = :webhookId', { deliveryId, webhookId }).getOne();
  }

  /** Back to pending with a fresh attempt budget; the replay number makes a new job id. */
  public async resetForReplay(manager: EntityManager, id: string, now: Date): Promise<number> {
    const result: unknown[] = await manager.query(
      `UPDATE webhook_deliveries SET state = 'pending', attempts = 0, replays = replays + 1, updated_at = $2 WHERE id = $1 RETURNING replays`, [id, now],
    );
    // TypeORM answers UPDATE … RETURNING with [rows, rowCount].
    const rows = (Array.isArray(result[0]) ? result[0] : result) as { replays: number }[];
    return rows[0].replays;
  }

  /** Pending deliveries that no attempt has touched for a while: their enqueue may have been lost in a crash. */
  public async findUnsent(olderThan: Date, limit: number): Promise<{ id: string; webhookId: string; eventUuid: string; replays: number }[]> {
    const rows: { id: string; webhook_id: string; event_uuid: string; replays: number }[] = await this.db.query(
      `SELECT d.id, d.webhook_id, e.event_id AS event_uuid, d.replays FROM webhook_deliveries d JOIN published_events e ON e.id = d.event_id
        WHERE d.state = 'pending' AND d.attempts = 0 AND d.updated_at < $1 ORDER BY d.updated_at LIMIT $2`,
      [olderThan, limit],
    );
    return rows.map((r) => ({ id: r.id, webhookId: r.webhook_id, eventUuid: r.event_uuid, replays: r.replays }));
  }
}
