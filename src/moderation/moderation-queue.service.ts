import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthContext } from '../common/auth/auth-context.js';
import { Clock } from '../common/clock/clock.js';
import { DecisionRecordsService } from './decision-records.service.js';
import { confirmDuplicates, type ItemDetailView, mapAuthorHistory, mapScore, mapStaffReview } from './item-detail.view.js';
import type { OpenItemDto, QueueQueryDto } from './moderation.dto.js';
import { ModerationError, ModerationErrorCode } from './moderation.error.js';
import { ModerationItemsRepository, type QueueCursor } from './moderation-items.repository.js';
import { ModerationReadRepository } from './moderation-read.repository.js';
import { ModerationReportsRepository } from './moderation-reports.repository.js';
import { mapQueueItem, mapReport, type QueueItemView, type QueuePage } from './moderation-views.js';

const OPENABLE = ['published', 'folded', 'hidden', 'held'];

export function encodeCursor(c: QueueCursor): string {
  return Buffer.from(JSON.stringify([c.rank, c.id])).toString('base64url');
}

export function decodeCursor(raw: string): QueueCursor {
  try {
    const [rank, id] = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as [unknown, unknown];
    if (typeof rank === 'number' && Number.isFinite(rank) && typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id)) return { rank, id };
  } catch {
    // fall through: any malformed cursor is the client's error
  }
  throw new ModerationError(ModerationErrorCode.InvalidCursor, 'cursor is not a value returned as nextCursor');
}

/** Queue listing, the item view, and opening an item by hand (to act on a published review). */
@Injectable()
export class ModerationQueueService {
  public constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly items: ModerationItemsRepository,
    private readonly read: ModerationReadRepository,
    private readonly reports: ModerationReportsRepository,
    private readonly decisions: DecisionRecordsService,
    private readonly clock: Clock,
  ) {}

  public async list(auth: AuthContext, query: QueueQueryDto): Promise<QueuePage> {
    const now = this.clock.now();
    const limit = query.limit ?? 50;
    const { assigned, cursor, limit: _limit, ...filters } = query;
    const rows = await this.items.listQueue(this.db.manager, {
      filters, assigned: assigned ?? 'any', me: auth.principalId, cursor: cursor ? decodeCursor(cursor) : undefined, limit: limit + 1,
    }, now);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return { items: page.map((r) => mapQueueItem(r, now)), nextCursor: rows.length > limit && last ? encodeCursor({ rank: last.queue_rank, id: last.id }) : null };
  }

  public async detail(id: string): Promise<ItemDetailView> {
    const m = this.db.manager;
    const [row] = await this.items.findRowsByIds(m, [id]);
    if (!row) throw new ModerationError(ModerationErrorCode.ItemNotFound, `No moderation item ${id}`);
    const review = await this.read.staffReview(m, row.review_id);
    if (!review) throw new ModerationError(ModerationErrorCode.ReviewNotFound, `No review ${row.review_id}`);
    const [history, product, score, fingerprint, reports, decisions] = await Promise.all([
      this.read.authorHistory(m, review.reviewer_id, review.id), this.read.productContext(m, review.product_id), this.read.latestScore(m, review.id),
      this.read.ownFingerprint(m, review.id), this.reports.listForReview(m, review.id), this.decisions.listForReview(review.id),
    ]);
    const candidates = fingerprint ? await this.read.duplicateCandidates(m, review.id, fingerprint.exact_hash) : [];
    return {
      item: mapQueueItem(row, this.clock.now()), review: mapStaffReview(review), authorHistory: mapAuthorHistory(history),
      productContext: { productId: review.product_id, publishedCount: product.published, meanRating: product.mean, byStatus: product.byStatus },
      duplicates: fingerprint ? confirmDuplicates(fingerprint.signature, review.reviewer_id, review.product_id, candidates) : [],
      score: mapScore(score), reports: reports.map(mapReport), decisions,
    };
  }

  /** Opens (or returns the open) item for a review a moderator wants to act on; `created` says which. */
  public async open(dto: OpenItemDto): Promise<{ created: boolean; item: QueueItemView }> {
    const now = this.clock.now();
    return this.db.transaction(async (manager) => {
      const review = await this.read.staffReview(manager, dto.reviewId);
      if (!review) throw new ModerationError(ModerationErrorCode.ReviewNotFound, `No review ${dto.reviewId}`);
      const existing = await this.items.lockOpenForReview(manager, dto.reviewId);
      if (!existing && !OPENABLE.includes(review.status)) {
        throw new ModerationError(ModerationErrorCode.InvalidTransition, `A ${review.status} review cannot be put in the queue`);
      }
      const score = existing ? null : await this.read.latestScore(manager, dto.reviewId);
      const id = existing?.id ?? await this.items.openIfNone(manager, {
        reviewId: dto.reviewId, priority: score?.priority ?? 50, fakeScore: score?.fake_score ?? 0, reasonCodes: ['manual'], source: 'manual',
      }, now);
      const [row] = await this.items.findRowsByIds(manager, [id]);
      return { created: !existing, item: mapQueueItem(row, now) };
    });
  }
}
