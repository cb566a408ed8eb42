import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnrecoverableError } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../common/clock/clock.js';
import { DecisionRecordsService } from '../moderation/decision-records.service.js';
import { OutboxTopic } from '../publishing/outbox-topic.js';
import { OutboxService } from '../publishing/outbox.service.js';
import type { ReviewEntity } from '../reviews/review.entity.js';
import { ReviewStatusWriter } from '../reviews/review-status.writer.js';
import { ReviewsRepository } from '../reviews/reviews.repository.js';
import { EDITED_AFTER_DECISION } from '../moderation/domain/human-lock.js';
import { verdictAfterHumanDecision } from './domain/after-human-decision.js';
import { scoreItem } from './domain/score-item.js';
import type { ScorableItem, ScoreResult, Verdict } from './domain/scoring.types.js';
import { PercentileStore } from './percentile-store.js';
import { fingerprintOf, type Fingerprint, ScoringContextLoader } from './scoring-context.loader.js';
import type { RuleSet } from './domain/rules/rule-set.types.js';
import { ScoringEngine } from './scoring-engine.js';
import { ScoringRepository } from './scoring.repository.js';

export type ScoreOutcome = 'scored' | 'stale' | 'already-decided';

export interface Evaluation {
  rules: RuleSet;
  fingerprint: Fingerprint;
  result: ScoreResult;
  now: Date;
}

export const STATUS_FOR_VERDICT: Record<Verdict, string> = { publish: 'published', hold: 'held', withhold: 'withheld' };
export const APPEAL_REDRESS = 'You may appeal this decision within 6 months; a different moderator will review it.';

export function toScorable(review: ReviewEntity): ScorableItem {
  return {
    id: review.id, kind: review.kind, rating: review.rating, title: review.title ?? '', body: review.body, language: review.language ?? undefined,
    channel: review.channelId, productId: review.productId, merchantId: review.merchantId, reviewerId: review.reviewerId,
    verification: review.verification, incentivized: review.incentivized, incentiveType: review.incentiveType,
    submittedAt: review.submittedAt, receivedAt: review.receivedAt, intakeMode: review.intakeMode,
    ipHash: review.ipHash ?? undefined, deviceHash: review.deviceHash ?? undefined, mediaCount: review.mediaUrls.length,
  };
}

/** The score job's use case: load context → pure engine → persist verdict, record, queue item and event in one transaction. */
@Injectable()
export class ScoringService {
  public constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly reviews: ReviewsRepository,
    private readonly statuses: ReviewStatusWriter,
    private readonly scoring: ScoringRepository,
    private readonly loader: ScoringContextLoader,
    private readonly engine: ScoringEngine,
    private readonly percentiles: PercentileStore,
    private readonly decisions: DecisionRecordsService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  public async scoreReview(reviewId: string, revision: number): Promise<ScoreOutcome> {
    const review = await this.reviews.findById(reviewId);
    if (!review) throw new UnrecoverableError(`review ${reviewId} does not exist`);
    if (review.revision !== revision) return 'stale';
    if (review.status !== 'received' && review.status !== 'scoring') return 'already-decided';
    await this.scoring.markScoring(this.db.manager, reviewId, revision);
    const { rules, fingerprint, result, now } = await this.evaluate(review);
    const outcome = await this.db.transaction(async (manager) => {
      const locked = await this.reviews.lockById(manager, reviewId);
      if (!locked || locked.revision !== revision) return 'stale' as const;
      if (locked.status !== 'received' && locked.status !== 'scoring') return 'already-decided' as const;
      if (!(await this.scoring.insertScore(manager, reviewId, revision, rules.hash, result, now))) return 'already-decided' as const;
      await this.scoring.saveFingerprint(manager, review, fingerprint);
      await this.applyAutomatedVerdict(manager, locked, result, now);
      return 'scored' as const;
    });
    if (outcome === 'scored') await this.percentiles.observe(result.signals.map((s) => ({ id: s.id, value: s.value })));
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

  /** Status, queue item, automated decision record and event for an engine verdict, in the caller's transaction. */
  public async applyAutomatedVerdict(manager: EntityManager, review: ReviewEntity, result: ScoreResult, now: Date): Promise<void> {
    await this.applyAutomatedVerdicts(manager, [{ review, result }], now);
  }

  /** `applyAutomatedVerdict` for many reviews (each at most once), one statement per table. */
  public async applyAutomatedVerdicts(manager: EntityManager, verdicts: { review: ReviewEntity; result: ScoreResult }[], now: Date): Promise<void> {
    if (verdicts.length === 0) return;
    const humans = await this.decisions.lastHumanDecisions(manager, verdicts.map(({ review }) => review.id));
    const decided = verdicts.map(({ review, result: scored }) => {
      const { verdict, heldForHuman } = verdictAfterHumanDecision(scored.verdict, humans.get(review.id)?.action);
      const result = { ...scored, verdict };
      return { review, result, heldForHuman, toStatus: STATUS_FOR_VERDICT[verdict] };
    });
    await this.statuses.setStatuses(manager, decided.map(({ review, toStatus }) => ({ id: review.id, status: toStatus })), now);
    await this.scoring.openModerationItems(manager, decided.filter(({ result }) => result.verdict === 'hold').map(({ review, result, heldForHuman }) => ({
      reviewId: review.id, result: heldForHuman ? { ...result, reasonCodes: [EDITED_AFTER_DECISION, ...result.reasonCodes] } : result,
    })), now);
    await this.decisions.record(manager, decided.map(({ review, result, heldForHuman, toStatus }) => ({
      reviewId: review.id, action: result.verdict, fromStatus: review.status, toStatus, reasonCode: result.reasonCodes[0] ?? null,
      facts: {
        fakeScore: result.fakeScore, priority: result.priority, reasonCodes: result.reasonCodes, revision: review.revision,
        signals: result.signals.filter((s) => s.contribution !== 0),
        note: heldForHuman
          ? 'Edited after a moderator restricted it: held for a moderator, whatever the scoring engine found.'
          : 'Automated decision by the scoring engine; star rating and sentiment never decide publication.',
        ...(heldForHuman ? { heldFor: EDITED_AFTER_DECISION, previousDecisionId: humans.get(review.id)?.id } : {}),
      },
      ruleSetVersion: result.ruleSetVersion, automated: true, actorType: 'system', actorId: null,
      redress: result.verdict === 'publish' ? null : APPEAL_REDRESS, createdAt: now,
    })));
    await this.outbox.append(manager, decided.map(({ review, result, toStatus }) => ({
      topic: OutboxTopic.ReviewDecided, aggregateType: 'review', aggregateId: review.id,
      payload: {
        action: result.verdict, fromStatus: review.status, toStatus, automated: true, revision: review.revision,
        merchantId: review.merchantId, productId: review.productId, channelId: review.channelId,
        // An imported review's verdict is history, not news: consumers and webhooks can tell it apart.
        ...(review.intakeMode === 'import' ? { historical: true } : {}),
      },
    })), now);
  }
}
