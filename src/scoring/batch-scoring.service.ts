import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import type { ReviewEntity } from '../reviews/review.entity.js';
import { ReviewStatusWriter } from '../reviews/review-status.writer.js';
import { ReviewsRepository } from '../reviews/reviews.repository.js';
import { PercentileStore } from './percentile-store.js';
import { type ScoreOutcome, scoreOutcome, ScoringService } from './scoring.service.js';
import { VerdictsService } from './verdicts.service.js';

export interface ScoreRequest {
  reviewId: string;
  revision: number;
}

type Settled = PromiseSettledResult<ScoreOutcome>;

const SCORABLE = new Set(['received', 'scoring']);
const done = (value: ScoreOutcome): Settled => ({ status: 'fulfilled', value });
const settle = (run: Promise<ScoreOutcome>): Promise<Settled> => run.then(done, (reason: unknown) => ({ status: 'rejected', reason }));

/**
 * The score job's use case for a micro-batch of jobs: the same checks and the same writes
 * (VerdictsService.persistVerdicts) as ScoringService.scoreReview, with every step one statement for the whole
 * batch and the writes in one transaction, because per-review round trips and commits were most of a score job's cost. A batch
 * that fails as a whole is scored again one review at a time, so one bad review cannot fail the others.
 */
@Injectable()
export class BatchScoringService {
  private readonly logger = new Logger(BatchScoringService.name);

  public constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly reviews: ReviewsRepository,
    private readonly statuses: ReviewStatusWriter,
    private readonly scoring: ScoringService,
    private readonly verdicts: VerdictsService,
    private readonly percentiles: PercentileStore,
  ) {}

  /** One settled outcome per request, in order. */
  public async scoreMany(requests: ScoreRequest[]): Promise<Settled[]> {
    // Two jobs of one review (two revisions) in one batch: the first goes in the batch, later ones after it, alone.
    const seen = new Set<string>();
    const isFirst = requests.map((r) => !seen.has(r.reviewId) && Boolean(seen.add(r.reviewId)));
    const batch = requests.filter((_, i) => isFirst[i]);
    const outcomes = await this.scoreBatch(batch).catch((error: Error) => {
      this.logger.warn(`batch of ${batch.length} score jobs failed (${error.message}); scoring them one by one`);
      return this.oneByOne(batch);
    });
    const repeats = await this.oneByOne(requests.filter((_, i) => !isFirst[i]));
    return isFirst.map((first) => (first ? outcomes.shift() : repeats.shift()) as Settled);
  }

  private async oneByOne(requests: ScoreRequest[]): Promise<Settled[]> {
    const results: Settled[] = [];
    for (const r of requests) results.push(await settle(this.scoring.scoreReview(r.reviewId, r.revision)));
    return results;
  }

  /** Requests name distinct reviews. */
  private async scoreBatch(requests: ScoreRequest[]): Promise<Settled[]> {
    const found = new Map((await this.reviews.findByIds(requests.map((r) => r.reviewId))).map((r) => [r.id, r]));
    const outcomes = new Map<string, Settled>();
    const todo: ReviewEntity[] = [];
    for (const { reviewId, revision } of requests) {
      const review = found.get(reviewId);
      if (!review) outcomes.set(reviewId, { status: 'rejected', reason: new UnrecoverableError(`review ${reviewId} does not exist`) });
      else if (review.revision !== revision) outcomes.set(reviewId, done('stale'));
      else if (!SCORABLE.has(review.status)) outcomes.set(reviewId, done('already-decided'));
      else todo.push(review);
    }
    if (todo.length > 0) {
      await this.statuses.markScoring(this.db.manager, todo.map((r) => ({ id: r.id, revision: r.revision })));
      const evaluations = await this.scoring.evaluateMany(todo);
      const persisted = await this.db.transaction((manager) =>
        this.verdicts.persistVerdicts(manager, 'score', todo.map((review, i) => ({ review, evaluation: evaluations[i] }))));
      for (const [id, outcome] of persisted) outcomes.set(id, done(scoreOutcome(outcome)));
      await this.percentiles.observeMany(evaluations.filter((_, i) => persisted.get(todo[i].id) === 'applied')
        .map((e) => e.result.signals.map((s) => ({ id: s.id, value: s.value }))));
    }
    return requests.map((r) => outcomes.get(r.reviewId) as Settled);
  }
}
