import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { queryPrepared } from '../database/pg/prepared-query.js';
import { OUTBOX_INSERT_TARGET } from '../publishing/outbox.repository.js';
import { OutboxTopic } from '../publishing/outbox-topic.js';
import { reviewDecisionCtes } from '../reviews/review-status.writer.js';
import { ACTIONABLE_STATUSES } from './domain/decision-policy.js';
import { claimCtes, queueRowsOf, type ClaimSpec } from './moderation-items.repository.js';
import type { QueueRow } from './moderation-views.js';

/** Everything a human decision writes, decided by the service before the statement runs. */
export interface DecisionWrite {
  decisionId: string;
  itemId: string;
  version: number;
  actorId: string;
  actorType: string;
  /** Admins decide without claiming. */
  bypassClaim: boolean;
  senior: boolean;
  action: string;
  /** null: the review keeps its status (escalate). */
  toStatus: string | null;
  closesItem: boolean;
  reasonCode: string | null;
  /** Facts from the request (reason text, note, …); the item's and review's facts are added from the rows. */
  requestFacts: Record<string, unknown>;
  redress: string | null;
  reportResolution: 'upheld' | 'rejected' | null;
  /** The author's notice without `channelId` (added from the review); null when the author is not told. */
  authorNotice: Record<string, unknown> | null;
  now: Date;
}

export interface DecisionRow {
  decision_review_id: string;
  decision_from_status: string;
  decision_to_status: string;
  decision_item_version: number;
  decision_item_escalated: boolean;
}

/** The decision row, and the next item's queue row when a claim was asked for and one was free (else its columns are null). */
export type DecidedRow = DecisionRow & Partial<QueueRow>;

/** The item after the decision: closed for good, or back in the queue, unassigned, for a senior moderator (escalate). */
const CLOSE_ITEM = `state = 'decided', decided_at = $12, decided_by = $3, decision_record_id = record.id, lease_until = NULL, version = m.version + 1`;
const ESCALATE_ITEM = `escalated = true, state = 'open', claimed_by = NULL, lease_until = NULL, version = m.version + 1`;

/**
 * One statement for the whole decision (data-modifying CTEs, so it is atomic without a transaction round trip):
 * the item is locked only if the caller may decide it at this version; the review is locked only if its status
 * is actionable; then the review status, the append-only decision record with its facts and rule-set version,
 * the item, the open reports and the outbox events are written together. Any failed condition leaves `record`
 * empty, every write depends on it, and the statement returns no row: the service then explains the refusal.
 */
function decisionCtes(closesItem: boolean): string {
  return `subject AS MATERIALIZED (
      SELECT id, review_id, source, fake_score, priority, reason_codes, report_count, escalated
        FROM moderation_items
       WHERE id = $1 AND version = $2 AND state <> 'decided' AND (NOT escalated OR $5::boolean)
         AND ($4::boolean OR (state = 'claimed' AND claimed_by = $3 AND lease_until > $12::timestamptz))
         FOR UPDATE
    ), ${reviewDecisionCtes({ subject: 'subject', statuses: '$15::text[]', toStatus: '$7::text', at: '$12::timestamptz' })},
    record AS (
      INSERT INTO decision_records (id, review_id, action, from_status, to_status, reason_code, facts, rule_set_version, automated, actor_type, actor_id, redress, created_at)
      SELECT $13::uuid, review.id, $6, review.status, review.to_status, $8,
             jsonb_build_object('itemId', subject.id, 'itemSource', subject.source, 'revision', review.revision, 'fakeScore', subject.fake_score,
                                'priority', subject.priority, 'signalReasonCodes', subject.reason_codes, 'reportCount', subject.report_count,
                                'escalatedBefore', subject.escalated) || $9::jsonb,
             (SELECT s.rule_set_version FROM review_scores s WHERE s.review_id = review.id ORDER BY s.revision DESC, s.scored_at DESC LIMIT 1),
             false, $10, $3, $11, $12
        FROM subject JOIN review ON review.id = subject.review_id
      RETURNING id, review_id, from_status, to_status
    ), item_set AS (
      UPDATE moderation_items m SET ${closesItem ? CLOSE_ITEM : ESCALATE_ITEM} FROM record WHERE m.id = $1 RETURNING m.version, m.escalated
    ), resolved AS (
      UPDATE moderation_reports rep SET state = $14, resolved_at = $12, resolution_decision_id = $13
        FROM record WHERE $14::text IS NOT NULL AND rep.review_id = record.review_id AND rep.state = 'open'
      RETURNING rep.id, rep.reporter_ref, rep.state, rep.created_at
    ), events AS (
      INSERT INTO ${OUTBOX_INSERT_TARGET}
      SELECT e.topic, 'review', review.id, e.payload, $12 FROM review JOIN record ON record.review_id = review.id, LATERAL (
        SELECT 0 AS ord, NULL::timestamptz AS at, '${OutboxTopic.ReviewDecided}' AS topic, jsonb_build_object(
                 'action', $6::text, 'fromStatus', review.status, 'toStatus', review.to_status, 'automated', false, 'revision', review.revision,
                 'merchantId', review.merchant_id, 'productId', review.product_id, 'channelId', review.channel_id) AS payload
        UNION ALL
        SELECT 1, NULL, '${OutboxTopic.NoticeAuthor}', $16::jsonb || jsonb_build_object('channelId', review.channel_id) WHERE $16::jsonb IS NOT NULL
        UNION ALL
        SELECT 2, r.created_at, '${OutboxTopic.NoticeReporter}', jsonb_build_object(
                 'kind', 'report_resolved', 'reportId', r.id, 'reporterRef', r.reporter_ref, 'outcome', r.state, 'decisionId', $13::uuid, 'action', $6::text)
          FROM resolved r
      ) e ORDER BY e.ord, e.at
    )`;
}

const DECISION_COLUMNS = `record.review_id AS decision_review_id, record.from_status AS decision_from_status, record.to_status AS decision_to_status,
  item_set.version AS decision_item_version, item_set.escalated AS decision_item_escalated`;

/** Human decisions as single statements (see decisionCtes), prepared per connection: each runs outside any transaction. */
@Injectable()
export class ModerationDecisionsRepository {
  /**
   * Decides, and with `next` also claims the next best item in the same statement (only if the decision went
   * through). null when the decision was refused: nothing was written.
   */
  public async decide(pool: Pool, w: DecisionWrite, next?: ClaimSpec): Promise<DecidedRow | null> {
    const params: unknown[] = [
      w.itemId, w.version, w.actorId, w.bypassClaim, w.senior, w.action, w.toStatus, w.reasonCode, JSON.stringify(w.requestFacts), w.actorType,
      w.redress, w.now, w.decisionId, w.reportResolution, ACTIONABLE_STATUSES, w.authorNotice === null ? null : JSON.stringify(w.authorNotice),
    ];
    const ctes = [decisionCtes(w.closesItem)];
    if (next) ctes.push(claimCtes(params, { ...next, exceptId: w.itemId }, w.now, 'EXISTS (SELECT 1 FROM record)'));
    const sql = next
      ? `WITH ${ctes.join(', ')} SELECT ${DECISION_COLUMNS}, nx.* FROM record CROSS JOIN item_set LEFT JOIN (${queueRowsOf('claimed')}) nx ON true`
      : `WITH ${ctes.join(', ')} SELECT ${DECISION_COLUMNS} FROM record CROSS JOIN item_set`;
    const rows = await queryPrepared<DecidedRow>(pool, sql, params);
    return rows[0] ?? null;
  }
}
