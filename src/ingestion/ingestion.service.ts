import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthContext } from '../common/auth/auth-context.js';
import { Clock } from '../common/clock/clock.js';
import { DomainError } from '../common/errors/domain-error.js';
import { AppConfigService } from '../config/app-config.service.js';
import { canonicalContent } from '../reviews/domain/content-hash.js';
import { identityConflict } from '../reviews/domain/review-identity.js';
import { channelItemKey as keyOf, type ExistingReviewKey, type ReviewerUpsert } from '../reviews/new-review-row.js';
import { ReviewsRepository } from '../reviews/reviews.repository.js';
import { MicroBatcher } from '../common/batching/micro-batcher.js';
import { pgPoolOf } from '../database/pg/pg-pool.js';
import { insertReviewBatch, type InsertedReview, type NewReviewWrite } from '../reviews/review-batch-insert.js';
import { hashIdentifier, sha256 } from './identifier-hash.js';
import type { IntakeOutcome } from './ingestion.dto.js';
import { IngestionError, IngestionErrorCode } from './ingestion.error.js';
import type { IntakeItem } from './intake-item.js';
import { IntakeResolver, type ResolvedItem } from './intake-resolver.js';
import { ReviewEditor } from './review-editor.js';
import { checkSubmittedAt } from './submitted-at-window.js';
import type { IntakeMode } from '../reviews/review-status.js';

/** How a request's new reviews are stored: live intake, or history in bulk import mode (with its import id). */
export type IntakeOptions = { mode: 'live' } | { mode: 'import'; importId: string };
const LIVE: IntakeOptions = { mode: 'live' };

export type ItemOutcome =
  | { index: number; ok: true; id: string; outcome: IntakeOutcome; reviewStatus: string }
  | { index: number; ok: false; error: DomainError };


/**
 * Concurrent single POSTs share statements (group commit): at most this many statements in flight, each
 * taking up to SINGLE_BATCH reviews that arrived meanwhile. A lone request is written at once.
 */
const SINGLE_BATCH = 200;
const SINGLE_IN_FLIGHT = 4;

/** Intake write path: resolve, then one statement writes new reviews + outbox rows before we answer; resends take a transaction. */
@Injectable()
export class IngestionService {
  private readonly singles = new MicroBatcher<NewReviewWrite, InsertedReview | null>((writes) => this.insertSingles(writes), {
    maxBatch: SINGLE_BATCH, maxInFlight: SINGLE_IN_FLIGHT,
  });

  public constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly resolver: IntakeResolver,
    private readonly reviews: ReviewsRepository,
    private readonly editor: ReviewEditor,
    private readonly config: AppConfigService,
    private readonly clock: Clock,
  ) {}

  public async ingest(auth: AuthContext, items: IntakeItem[], options: IntakeOptions = LIVE): Promise<ItemOutcome[]> {
    const outcomes: ItemOutcome[] = [];
    const accepted: ResolvedItem[] = [];
    const seen = new Set<string>();
    const dated = this.refuseImpossibleDates(items, outcomes);
    for (const resolution of await this.resolver.resolve(auth, dated)) {
      if (!resolution.ok) {
        outcomes.push({ index: resolution.index, ok: false, error: resolution.error });
        continue;
      }
      const key = keyOf(resolution.value.channelId, resolution.value.item.externalId);
      if (seen.has(key)) {
        const error = new IngestionError(IngestionErrorCode.DuplicateInRequest, `externalId '${resolution.value.item.externalId}' appears earlier in this request`);
        outcomes.push({ index: resolution.value.item.index, ok: false, error });
        continue;
      }
      seen.add(key);
      accepted.push(resolution.value);
    }
    if (accepted.length > 0) outcomes.push(...(await this.write(this.refuseUnknownParents(accepted, outcomes, await this.parentProducts(accepted)), options)));
    return outcomes.sort((a, b) => a.index - b.index);
  }

  /** Items whose submittedAt no shopper can have written at are refused one by one (see submitted-at-window.ts). */
  private refuseImpossibleDates(items: IntakeItem[], outcomes: ItemOutcome[]): IntakeItem[] {
    const now = this.clock.now();
    return items.filter((item) => {
      const problem = item.submittedAt ? checkSubmittedAt(new Date(item.submittedAt), now) : null;
      if (problem) {
        const code = problem.code === 'future' ? IngestionErrorCode.SubmittedInFuture : IngestionErrorCode.SubmittedTooOld;
        outcomes.push({ index: item.index, ok: false, error: new IngestionError(code, problem.message) });
      }
      return problem === null;
    });
  }

  private parentProducts(items: ResolvedItem[]): Promise<Map<string, string>> {
    return this.reviews.findProductsOfItems(this.db.manager, items.flatMap((r) => (r.item.parentId ? [r.item.parentId] : [])));
  }

  /** A reply names an item of the same product; anything else is refused before it is written. */
  private refuseUnknownParents(items: ResolvedItem[], outcomes: ItemOutcome[], parentProducts: Map<string, string>): ResolvedItem[] {
    return items.filter(({ item, product }) => {
      const ok = !item.parentId || parentProducts.get(item.parentId) === product.productId;
      if (!ok) outcomes.push({ index: item.index, ok: false, error: new IngestionError(IngestionErrorCode.UnknownParent, `No item ${item.parentId} on this product`) });
      return ok;
    });
  }

  /**
   * The one write path for new reviews (issue 19): insertReviewBatch, one statement per request; a lone live
   * item shares its statement with the single POSTs that arrived meanwhile (group commit). Keys that already
   * exist come back null and go on to the resend path (duplicate, edit or refused identity change).
   */
  private async write(items: ResolvedItem[], options: IntakeOptions): Promise<ItemOutcome[]> {
    if (items.length === 0) return [];
    const now = this.clock.now();
    const reviewers = this.reviewerUpserts(items);
    const writes = items.map((resolved): NewReviewWrite => ({
      row: this.toRow(resolved, now, options), receivedAt: now,
      reviewer: reviewers.get(keyOf(resolved.channelId, resolved.item.reviewer.externalId)) as ReviewerUpsert,
    }));
    const inserted = writes.length === 1 && options.mode === 'live'
      ? [await this.singles.submit(writes[0])]
      : await insertReviewBatch(pgPoolOf(this.db), writes);
    const outcomes: ItemOutcome[] = [];
    const resent: { resolved: ResolvedItem; row: NewReviewWrite['row'] }[] = [];
    items.forEach((resolved, i) => {
      const stored = inserted[i];
      if (stored) outcomes.push({ index: resolved.item.index, ok: true, id: stored.id, outcome: 'accepted', reviewStatus: 'received' });
      else resent.push({ resolved, row: writes[i].row });
    });
    if (resent.length > 0) outcomes.push(...(await this.db.transaction((manager) => this.resendAll(manager, resent, now))));
    return outcomes;
  }

  /** One statement for the batch; if it fails, each review alone, so one review's error is its own. */
  private async insertSingles(writes: NewReviewWrite[]): Promise<PromiseSettledResult<InsertedReview | null>[]> {
    const pool = pgPoolOf(this.db);
    const alone = (write: NewReviewWrite): Promise<InsertedReview | null> => insertReviewBatch(pool, [write]).then(([inserted]) => inserted);
    if (writes.length === 1) return Promise.allSettled([alone(writes[0])]);
    try {
      return (await insertReviewBatch(pool, writes)).map((value) => ({ status: 'fulfilled', value }));
    } catch {
      return Promise.allSettled(writes.map(alone));
    }
  }

  private async resendAll(manager: EntityManager, items: { resolved: ResolvedItem; row: NewReviewWrite['row'] }[], now: Date): Promise<ItemOutcome[]> {
    const existing = await this.reviews.findExistingKeys(manager, items.map(({ row }) => row));
    const outcomes: ItemOutcome[] = [];
    for (const { resolved, row } of items) {
      const prior = existing.get(keyOf(row.channelId, row.externalId));
      // insertReviewBatch leaves a key alone only when it is stored, and reviews are never deleted.
      if (!prior) throw new Error('review vanished between insert and lookup');
      outcomes.push(await this.resend(manager, resolved, row, prior, now));
    }
    return outcomes;
  }

  /** A resend of an existing key: refused when it changes the review's identity, else a duplicate or an edit of its text. */
  private async resend(manager: EntityManager, resolved: ResolvedItem, row: NewReviewWrite['row'], prior: ExistingReviewKey, now: Date): Promise<ItemOutcome> {
    const { item } = resolved;
    const conflict = identityConflict(prior.identity, {
      kind: row.kind, productId: row.productId, parentId: row.parentId, reviewer: { externalId: item.reviewer.externalId },
      orderRef: row.orderRef, submittedAt: item.submittedAt,
    });
    if (conflict) {
      const error = new IngestionError(IngestionErrorCode.IdentityConflict,
        `Review '${item.externalId}' already exists with another ${conflict.fields.join(', ')}; only its text, title, rating and media can change`,
        { id: prior.id, ...conflict });
      return { index: item.index, ok: false, error };
    }
    if (prior.contentHash === row.contentHash) return { index: item.index, ok: true, id: prior.id, outcome: 'duplicate', reviewStatus: prior.status };
    const { rating, title, body, mediaUrls, contentHash } = row;
    const reviewStatus = await this.editor.apply(manager, prior.id, { rating, title, body, mediaUrls, contentHash }, { actorType: 'channel', actorId: null }, now);
    return { index: item.index, ok: true, id: prior.id, outcome: 'edited', reviewStatus };
  }

  /** Per reviewer key, the reviewer as the request's last item naming it describes it. */
  private reviewerUpserts(items: ResolvedItem[]): Map<string, ReviewerUpsert> {
    const unique = new Map<string, ReviewerUpsert>();
    for (const { channelId, item } of items) {
      const accountCreatedAt = item.reviewer.accountCreatedAt ? new Date(item.reviewer.accountCreatedAt) : null;
      unique.set(keyOf(channelId, item.reviewer.externalId), {
        channelId, externalId: item.reviewer.externalId, displayName: item.reviewer.displayName ?? null, accountCreatedAt,
      });
    }
    return unique;
  }

  private toRow(resolved: ResolvedItem, now: Date, options: IntakeOptions): NewReviewWrite['row'] {
    const { item, channelId, product } = resolved;
    const pepper = this.config.apiKeyPepper;
    return {
      kind: item.kind, channelId, externalId: item.externalId, productId: product.productId, merchantId: product.merchantId,
      parentId: item.parentId ?? null, rating: item.rating, title: item.title, body: item.body, language: item.language,
      mediaUrls: item.mediaUrls, orderRef: item.orderRef,
      verification: item.invitationId ? 'invitation' : 'none',
      incentivized: item.incentiveType !== null, incentiveType: item.incentiveType, recommends: item.recommends, npsScore: item.npsScore,
      contentHash: sha256(canonicalContent(item)),
      ipHash: item.ip ? hashIdentifier(pepper, 'ip', item.ip) : null,
      deviceHash: item.deviceId ? hashIdentifier(pepper, 'device', item.deviceId) : null,
      submittedAt: item.submittedAt ? new Date(item.submittedAt) : now,
      intakeMode: options.mode satisfies IntakeMode, importId: options.mode === 'import' ? options.importId : null,
    };
  }
}
