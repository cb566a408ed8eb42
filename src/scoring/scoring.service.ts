import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock/clock.js';
import type { ReviewEntity } from '../reviews/review.entity.js';
import { ReviewStatusWriter } from '../reviews/review-status.writer.js';
import { ReviewsRepository } from '../reviews/reviews.repository.js';
import { scoreItem } from './domain/score-item.js';
import type { ScorableItem } from './domain/scoring.types.js';
import { PercentileStore } from './percentile-store.js';
import { fingerprintOf, ScoringContextLoader } from './scoring-context.loader.js';
import { ScoringEngine } from './scoring-engine.js';
import { type Evaluation, type PersistOutcome, VerdictsService } from './verdicts.service.js';

export type ScoreOutcome = 'scored' | 'stale' | 'already-decided';

export type { Evaluation } from './verdicts.service.js';

/** A score job's outcome for persistVerdicts' outcome in `score` mode. */
export function scoreOutcome(persisted: PersistOutcome): ScoreOutcome {
  if (persisted === 'applied') return 'scored';
  return persisted === 'stale' ? 'stale' : 'already-decided';
}

export function toScorable(review: ReviewEntity): ScorableItem {
  return {
    id: review.id, kind: review.kind, rating: review.rating, title: review.title ?? '', body: review.body, language: review.language ?? undefined,
    channel: review.channelId, productId: review.productId, merchantId: review.merchantId, reviewerId: review.reviewerId,
    verification: review.verification, incentivized: review.incentivized, incentiveType: review.incentiveType,
    submittedAt: review.submittedAt, receivedAt: review.receivedAt, intakeMode: review.intakeMode,
    ipHash: review.ipHash ?? undefined, deviceHash: review.deviceHash ?? undefined, mediaCount: review.mediaUrls.length,
  };
}

/** The score job's use case: load context → pure engine → persistVerdicts (verdict, record, queue item and event) in one transaction. */
@Injectable()
export class ScoringService {
  public constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly reviews: ReviewsRepository,
    private readonly statuses: ReviewStatusWriter,
    private readonly verdicts: VerdictsService,
    private readonly loader: ScoringContextLoader,
    private readonly engine: ScoringEngine,
    private readonly percentiles: PercentileStore,
    private readonly clock: Clock,
  ) {}

  public async scoreReview(reviewId: string, revision: number): Promise<ScoreOutcome> {
    const review = await this.reviews.findById(reviewId);
    if (!review) throw new UnrecoverableError(`review ${reviewId} does not exist`);
    if (review.revision !== revision) return 'stale';
    if (review.status !== 'received' && review.status !== 'scoring') return 'already-decided';
    await this.statuses.markScoring(this.db.manager, [{ id: reviewId, revision }]);
    const evaluation = await this.evaluate(review);
    const persisted = await this.db.transaction((manager) => this.verdicts.persistVerdicts(manager, 'score', [{ review, evaluation }]));
    const outcome = scoreOutcome(persisted.get(reviewId) ?? 'stale');
    if (outcome === 'scored') await this.percentiles.observe(evaluation.result.signals.map((s) => ({ id: s.id, value: s.value })));
    return outcome;
  }

  /** Context → pure engine, under the rules this process loaded. No writes. */
  public async evaluate(review: ReviewEntity): Promise<Evaluation> {
    const rules = this.engine.rules;
    const fingerprint = fingerprintOf(review);
    const context = await this.loader.load(review, fingerprint, rules, await this.percentiles.current());
    const now = this.clock.now();
    return { rules, fingerprint, now, result: scoreItem(toScorable(review), context, rules, this.engine.analyzer, now) };
  }

  /** `evaluate` for a micro-batch: contexts load in two round trips; one rule set, tables and `now` for all. */
  public async evaluateMany(reviews: ReviewEntity[]): Promise<Evaluation[]> {
    const rules = this.engine.rules;
    const requests = reviews.map((review) => ({ review, fingerprint: fingerprintOf(review) }));
    const contexts = await this.loader.loadMany(requests, rules, await this.percentiles.current());
    const now = this.clock.now();
    return requests.map(({ review, fingerprint }, i) => ({
      rules, fingerprint, now, result: scoreItem(toScorable(review), contexts[i], rules, this.engine.analyzer, now),
    }));
  }
}
