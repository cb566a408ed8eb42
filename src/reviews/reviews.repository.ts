import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { channelItemKey as key, type ExistingReviewKey, type ReviewerUpsert } from './new-review-row.js';
import { ReviewRevisionEntity } from './review-revision.entity.js';
import { ReviewEntity } from './review.entity.js';
import type { ReviewStatus } from './review-status.js';


interface ExistingRow {
  id: string;
  channel_id: string;
  external_id: string;
  content_hash: string;
  status: string;
  revision: number;
  kind: string;
  product_id: string;
  parent_id: string | null;
  reviewer_external_id: string;
  order_ref: string | null;
  submitted_at: Date;
}

/** Set-based SQL (unnest) because bulk intake must commit ≥ 10k reviews/s. */
@Injectable()
export class ReviewsRepository {
  public constructor(@InjectDataSource() private readonly db: DataSource) {}

  public async upsertReviewers(manager: EntityManager, rows: ReviewerUpsert[], now: Date): Promise<Map<string, string>> {
    if (rows.length === 0) return new Map();
    const result: { id: string; channel_id: string; external_id: string }[] = await manager.query(
      `INSERT INTO reviewers (channel_id, external_id, display_name, account_created_at, first_seen_at)
       SELECT c, e, d, a, $5 FROM unnest($1::uuid[], $2::text[], $3::text[], $4::timestamptz[]) AS t(c, e, d, a)
       ON CONFLICT (channel_id, external_id) DO UPDATE
         SET display_name = COALESCE(EXCLUDED.display_name, reviewers.display_name),
             account_created_at = COALESCE(reviewers.account_created_at, EXCLUDED.account_created_at)
       RETURNING id, channel_id, external_id`,
      [rows.map((r) => r.channelId), rows.map((r) => r.externalId), rows.map((r) => r.displayName), rows.map((r) => r.accountCreatedAt), now],
    );
    return new Map(result.map((r) => [key(r.channel_id, r.external_id), r.id]));
  }

  /** Existing reviews under these keys, with the identity a resend must not change (reviewer by its channel id). */
  public async findExistingKeys(manager: EntityManager, keys: { channelId: string; externalId: string }[]): Promise<Map<string, ExistingReviewKey>> {
    if (keys.length === 0) return new Map();
    const rows: ExistingRow[] = await manager.query(
      `SELECT r.id, r.channel_id, r.external_id, r.content_hash, r.status, r.revision, r.kind, r.product_id, r.parent_id,
              v.external_id AS reviewer_external_id, r.order_ref, r.submitted_at
         FROM reviews r JOIN unnest($1::uuid[], $2::text[]) AS k(c, e) ON r.channel_id = k.c AND r.external_id = k.e
         JOIN reviewers v ON v.id = r.reviewer_id`,
      [keys.map((k) => k.channelId), keys.map((k) => k.externalId)],
    );
    return new Map(rows.map((r) => [key(r.channel_id, r.external_id), {
      id: r.id, channelId: r.channel_id, externalId: r.external_id, contentHash: r.content_hash, status: r.status, revision: r.revision,
      identity: {
        kind: r.kind, productId: r.product_id, parentId: r.parent_id, reviewer: { externalId: r.reviewer_external_id },
        orderRef: r.order_ref, submittedAt: r.submitted_at.toISOString(),
      },
    }]));
  }

  public findById(id: string, manager?: EntityManager): Promise<ReviewEntity | null> {
    return (manager ?? this.db.manager).getRepository(ReviewEntity).findOneBy({ id });
  }

  public lockById(manager: EntityManager, id: string): Promise<ReviewEntity | null> {
    return manager.getRepository(ReviewEntity).createQueryBuilder('r').setLock('pessimistic_write').where('r.id = :id', { id }).getOne();
  }

  public findByIds(ids: string[], manager?: EntityManager): Promise<ReviewEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return (manager ?? this.db.manager).getRepository(ReviewEntity).createQueryBuilder('r').where('r.id IN (:...ids)', { ids }).getMany();
  }

  /** Row locks in id order, so two transactions locking overlapping sets cannot deadlock on each other. */
  public lockByIds(manager: EntityManager, ids: string[]): Promise<ReviewEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return manager.getRepository(ReviewEntity).createQueryBuilder('r').setLock('pessimistic_write')
      .where('r.id IN (:...ids)', { ids }).orderBy('r.id').getMany();
  }

  public async saveRevisionAndEdit(manager: EntityManager, current: ReviewEntity, next: Pick<ReviewEntity, 'rating' | 'title' | 'body' | 'mediaUrls' | 'contentHash'>, status: ReviewStatus, now: Date): Promise<void> {
    await manager.getRepository(ReviewRevisionEntity).insert({
      reviewId: current.id, revision: current.revision, rating: current.rating, title: current.title,
      body: current.body, mediaUrls: current.mediaUrls, supersededAt: now,
    });
    // Only the authored content: callers may hand in a whole intake row, whose identity must not ride along.
    const { rating, title, body, mediaUrls, contentHash } = next;
    await manager.getRepository(ReviewEntity).update({ id: current.id }, {
      rating, title, body, mediaUrls, contentHash, revision: current.revision + 1, version: current.version + 1, status, lastEditedAt: now, updatedAt: now,
    });
  }

  public listRevisions(reviewId: string): Promise<ReviewRevisionEntity[]> {
    return this.db.getRepository(ReviewRevisionEntity).find({ where: { reviewId }, order: { revision: 'ASC' } });
  }

  public async findReviewerName(reviewerId: string): Promise<string | null> {
    const rows: { display_name: string | null }[] = await this.db.query('SELECT display_name FROM reviewers WHERE id = $1', [reviewerId]);
    return rows[0]?.display_name ?? null;
  }

  public async findChannelCode(channelId: string): Promise<{ code: string; type: string } | null> {
    const rows: { code: string; type: string }[] = await this.db.query('SELECT code, type FROM channels WHERE id = $1', [channelId]);
    return rows[0] ?? null;
  }

  public async insertPurchase(manager: EntityManager, row: { channelId: string; orderRef: string; reviewerId: string; productId: string; purchasedAt: Date }): Promise<{ id: string; created: boolean }> {
    const rows: { id: string; created: boolean }[] = await manager.query(
      `INSERT INTO purchases (channel_id, order_ref, reviewer_id, product_id, purchased_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (channel_id, order_ref, product_id) DO UPDATE SET order_ref = EXCLUDED.order_ref
       RETURNING id, (xmax = 0) AS created`,
      [row.channelId, row.orderRef, row.reviewerId, row.productId, row.purchasedAt],
    );
    return rows[0];
  }

  public async findProductsOfItems(manager: EntityManager, ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; product_id: string }[] = await manager.query('SELECT id, product_id FROM reviews WHERE id = ANY($1::uuid[])', [ids]);
    return new Map(rows.map((r) => [r.id, r.product_id]));
  }
}
