import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AutomatedItemsService } from '../moderation/automated-items.service.js';
import { DecisionRecordsService } from '../moderation/decision-records.service.js';
import { APPEAL_REDRESS } from '../moderation/domain/appeal-window.js';
import { EDITED_AFTER_DECISION } from '../moderation/domain/human-lock.js';
import { OutboxTopic } from '../publishing/outbox-topic.js';
import { OutboxService } from '../publishing/outbox.service.js';
import type { ReviewEntity } from '../reviews/review.entity.js';
import { ReviewStatusWriter } from '../reviews/review-status.writer.js';
import { ReviewsRepository } from '../reviews/reviews.repository.js';
import { verdictAfterHumanDecision } from './domain/after-human-decision.js';
import type { ScoreResult, Verdict } from './domain/scoring.types.js';
import type { Fingerprint } from './scoring-context.loader.js';
import { ScoringRepository } from './scoring.repository.js';
import type { RuleSet } from './domain/rules/rule-set.types.js';

export const STATUS_FOR_VERDICT: Record<Verdict, string> = { publish: 'published', hold: 'held', withhold: 'withheld' };

/** One review's engine run, as persistVerdicts takes it. */
export interface Evaluation {
  rules: RuleSet;
  fingerprint: Fingerprint;
  result: ScoreResult;
  now: Date;
}

/**
 * `score`: a new or edited review waiting for its first verdict (status received/scoring).
 * `rescore`: a decided review under new rules; its verdict changes only where the last decision was automated.
 */
export type PersistMode = 'score' | 'rescore';

/**
 * stale: the review changed (or vanished) since it was evaluated; not-due: its status is not one this mode decides;
 * scored-before: this revision already has a score under these rules; kept: scored, verdict unchanged; applied: verdict written.
 */
export type PersistOutcome = 'stale' | 'not-due' | 'scored-before' | 'kept' | 'applied';

const DUE: Record<PersistMode, ReadonlySet<string>> = {
  score: new Set(['received', 'scoring']),
  rescore: new Set(['published', 'held', 'withheld']),
};

/**
 * The one check → lock → insert → verdict sequence for scoring, batch scoring and re-scoring (issue 19): each
 * step is one statement for all reviews, in the caller's transaction; a single review is a batch of one.
 */
@Injectable()
export class VerdictsService {
  public constructor(
    private readonly reviews: ReviewsRepository,
    private readonly statuses: ReviewStatusWriter,
    private readonly writes: ScoringRepository,
    private readonly items: AutomatedItemsService,
    private readonly decisions: DecisionRecordsService,
    private readonly outbox: OutboxService,
  ) {}

  /** `evaluated` name distinct reviews as they were read before evaluation; outcomes by review id. */
  public async persistVerdicts(manager: EntityManager, mode: PersistMode, evaluated: { review: ReviewEntity; evaluation: Evaluation }[]): Promise<Map<string, PersistOutcome>> {
    const outcomes = new Map<string, PersistOutcome>();
    if (evaluated.length === 0) return outcomes;
    const locked = new Map((await this.reviews.lockByIds(manager, evaluated.map(({ review }) => review.id))).map((r) => [r.id, r]));
    const due: { locked: ReviewEntity; evaluation: Evaluation }[] = [];
    for (const { review, evaluation } of evaluated) {
      const current = locked.get(review.id);
      if (!current || current.revision !== review.revision) outcomes.set(review.id, 'stale');
      else if (!DUE[mode].has(current.status)) outcomes.set(review.id, 'not-due');
      else due.push({ locked: current, evaluation });
    }
    const inserted = await this.writes.insertScores(manager, due.map(({ locked: l, evaluation: e }) => ({
      reviewId: l.id, revision: l.revision, ruleSetHash: e.rules.hash, result: e.result, at: e.now,
    })));
    const scored = due.filter(({ locked: l }) => inserted.has(l.id));
    for (const { locked: l } of due) if (!inserted.has(l.id)) outcomes.set(l.id, 'scored-before');
    if (scored.length === 0) return outcomes;
    await this.writes.saveFingerprints(manager, scored.map(({ locked: l, evaluation }) => ({ review: l, fingerprint: evaluation.fingerprint })));
    const now = scored[0].evaluation.now;
    const apply = mode === 'score' ? scored : await this.rescoreChanges(manager, scored, now);
    for (const { locked: l } of scored) outcomes.set(l.id, 'kept');
    for (const { locked: l } of apply) outcomes.set(l.id, 'applied');
    await this.applyAutomatedVerdicts(manager, apply.map(({ locked: l, evaluation }) => ({ review: l, result: evaluation.result })), now);
    return outcomes;
  }

  /** Re-scored reviews whose verdict moves: the last decision was automated and no moderator holds a claim. */
  private async rescoreChanges<T extends { locked: ReviewEntity; evaluation: Evaluation }>(manager: EntityManager, scored: T[], now: Date): Promise<T[]> {
    const changes: T[] = [];
    for (const entry of scored) {
      const { locked: l, evaluation } = entry;
      if (STATUS_FOR_VERDICT[evaluation.result.verdict] === l.status) continue;
      const last = await this.decisions.findLatestForReview(l.id, manager);
      if ((last && !last.automated) || (await this.items.isClaimed(manager, l.id, now))) continue;
      if (l.status === 'held') await this.items.closeForRescore(manager, l.id, now);
      changes.push(entry);
    }
    return changes;
  }

  /** Status, queue item, automated decision record and event per engine verdict (each review at most once), one statement per table. */
  private async applyAutomatedVerdicts(manager: EntityManager, verdicts: { review: ReviewEntity; result: ScoreResult }[], now: Date): Promise<void> {
    if (verdicts.length === 0) return;
    const humans = await this.decisions.lastHumanDecisions(manager, verdicts.map(({ review }) => review.id));
    const decided = verdicts.map(({ review, result: scored }) => {
      const { verdict, heldForHuman } = verdictAfterHumanDecision(scored.verdict, humans.get(review.id)?.action);
      const result = { ...scored, verdict };
      return { review, result, heldForHuman, toStatus: STATUS_FOR_VERDICT[verdict] };
    });
    await this.statuses.setStatuses(manager, decided.map(({ review, toStatus }) => ({ id: review.id, status: toStatus })), now);
    await this.items.openForHolds(manager, decided.filter(({ result }) => result.verdict === 'hold').map(({ review, result, heldForHuman }) => ({
      reviewId: review.id, priority: result.priority, fakeScore: result.fakeScore,
      reasonCodes: heldForHuman ? [EDITED_AFTER_DECISION, ...result.reasonCodes] : result.reasonCodes,
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
