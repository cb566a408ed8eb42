import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import type { EntityManager } from 'typeorm';
import { queryPrepared } from '../database/pg/prepared-query.js';
import { rowsOf } from './sql-rows.js';
import type { Assigned, QueueFilterDto } from './moderation.dto.js';
import type { QueueRow } from './moderation-views.js';

export interface LockedItem {
  id: string;
  reviewId: string;
  state: 'open' | 'claimed' | 'decided';
  claimedBy: string | null;
  leaseUntil: Date | null;
  version: number;
  escalated: boolean;
  priority: number;
  fakeScore: number;
  reasonCodes: string[];
  source: string;
  reportCount: number;
}

/** A held review's queue item as the scoring engine opens it. */
export interface AutomatedHold {
  reviewId: string;
  priority: number;
  fakeScore: number;
  reasonCodes: readonly string[];
}

export interface QueueCursor {
  rank: number;
  id: string;
}

const QUEUE_COLUMNS = `
  mi.id, mi.review_id, mi.state, mi.priority, mi.reason_codes, mi.fake_score, mi.source, mi.claimed_by, mi.lease_until,
  mi.version, mi.created_at, mi.decided_at, mi.escalated, mi.product_exposure, mi.queue_rank, mi.report_count, mi.report_reasons,
  r.merchant_id, r.product_id, r.channel_id, r.language, r.rating, r.title, left(r.body, 280) AS excerpt,
  r.status AS review_status, r.received_at, r.submitted_at, r.intake_mode,
  p.name AS product_name, m.name AS merchant_name, c.name AS channel_name, c.code AS channel_code, top_signal.signal AS leading_signal`;

/**
 * The leading signal is the latest score's signal with the largest contribution, i.e. weight × its normalised value
 * (the raw value is in its own unit: days, counts), as automation accuracy counts it. A moderator scanning the queue
 * sees why each item is there, and the console presets the decision reason from it.
 */
const LEADING_SIGNAL = `LEFT JOIN LATERAL (
    SELECT s->>'id' AS signal
      FROM (SELECT signals FROM review_scores rs WHERE rs.review_id = r.id ORDER BY rs.revision DESC, rs.scored_at DESC LIMIT 1) last,
           jsonb_array_elements(CASE WHEN jsonb_typeof(last.signals) = 'array' THEN last.signals ELSE '[]'::jsonb END) s
     WHERE (s->>'contribution')::float8 > 0
     ORDER BY (s->>'contribution')::float8 DESC, s->>'id' LIMIT 1) top_signal ON true`;

/** The queue row (QueueRow) of every item in `items` (a table or CTE aliased `mi`). */
export const queueRowsOf = (items: string): string => `SELECT ${QUEUE_COLUMNS} FROM ${items} mi JOIN reviews r ON r.id = mi.review_id
  JOIN products p ON p.id = r.product_id JOIN merchants m ON m.id = r.merchant_id JOIN channels c ON c.id = r.channel_id ${LEADING_SIGNAL}`;

const QUEUE_SELECT = queueRowsOf('moderation_items');

export interface ClaimSpec {
  me: string;
  count: number;
  senior: boolean;
  filters: QueueFilterDto;
  leaseUntil: Date;
  /** An item the same statement is deciding: never hand it out again. */
  exceptId?: string;
}

/** Appends `value` to `params` and returns its placeholder. */
export const bind = (params: unknown[], value: unknown): string => {
  params.push(value);
  return `$${params.length}`;
};

/** WHERE fragments for the queue filters; values are bound, never interpolated. */
export function filterClauses(f: QueueFilterDto, params: unknown[], now: Date): string[] {
  const where: string[] = [];
  if (f.merchantId) where.push(`r.merchant_id = ${bind(params, f.merchantId)}`);
  if (f.productId) where.push(`r.product_id = ${bind(params, f.productId)}`);
  if (f.channelId) where.push(`r.channel_id = ${bind(params, f.channelId)}`);
  if (f.reasonCode) where.push(`${bind(params, f.reasonCode)} = ANY(mi.reason_codes)`);
  if (f.signal) {
    where.push(`EXISTS (SELECT 1 FROM review_scores s CROSS JOIN LATERAL jsonb_array_elements(s.signals) e
                         WHERE s.review_id = mi.review_id AND s.revision = r.revision
                           AND e->>'id' = ${bind(params, f.signal)} AND (e->>'contribution')::double precision <> 0)`);
  }
  if (f.language) {
    const p = bind(params, f.language.toLowerCase());
    where.push(`(lower(r.language) = ${p} OR lower(r.language) LIKE ${p} || '-%')`);
  }
  if (f.minAgeMinutes !== undefined) where.push(`mi.created_at <= ${bind(params, new Date(now.getTime() - f.minAgeMinutes * 60_000))}`);
  if (f.minPriority !== undefined) where.push(`mi.priority >= ${bind(params, f.minPriority)}`);
  if (f.maxPriority !== undefined) where.push(`mi.priority <= ${bind(params, f.maxPriority)}`);
  if (f.escalated !== undefined) where.push(`mi.escalated = ${bind(params, f.escalated)}`);
  return where;
}

function assignedClause(assigned: Assigned, me: string, params: unknown[], now: Date): string | null {
  if (assigned === 'mine') return `(mi.state = 'claimed' AND mi.claimed_by = ${bind(params, me)} AND mi.lease_until > ${bind(params, now)})`;
  if (assigned === 'unassigned') return `(mi.state = 'open' OR mi.lease_until <= ${bind(params, now)})`;
  return null;
}

/**
 * The claim's LIMIT as a literal: with a bound LIMIT, the generic plan of a prepared claim is costed for an
 * unknown row count, so PostgreSQL never adopts it and plans every claim afresh. Counts are validated integers.
 */
function limitOf(count: number): string {
  if (!Number.isSafeInteger(count) || count < 1) throw new Error(`claim count must be a positive integer, got ${count}`);
  return String(count);
}

/**
 * CTEs `picked` (the `count` best claimable items) and `claimed` (those items after the claim, all columns).
 * SKIP LOCKED makes concurrent claimers pass over rows another transaction is taking; a row committed by another
 * claimer meanwhile is re-checked against the WHERE (READ COMMITTED re-evaluation) and dropped, so no item is ever
 * handed to two moderators. `onlyIf` gates the claim on a condition of the enclosing statement.
 */
export function claimCtes(params: unknown[], c: ClaimSpec, now: Date, onlyIf?: string): string {
  const where = [`mi.state IN ('open','claimed')`, `(mi.state = 'open' OR mi.lease_until <= ${bind(params, now)})`, ...filterClauses(c.filters, params, now)];
  if (!c.senior) where.push('NOT mi.escalated');
  if (c.exceptId) where.push(`mi.id <> ${bind(params, c.exceptId)}::uuid`);
  if (onlyIf) where.push(onlyIf);
  return `picked AS (
      SELECT mi.id FROM moderation_items mi JOIN reviews r ON r.id = mi.review_id
       WHERE ${where.join(' AND ')}
       ORDER BY mi.queue_rank DESC, mi.id DESC LIMIT ${limitOf(c.count)}
         FOR UPDATE OF mi SKIP LOCKED
    ), claimed AS (
      UPDATE moderation_items m SET state = 'claimed', claimed_by = ${bind(params, c.me)}, lease_until = ${bind(params, c.leaseUntil)}, version = m.version + 1
        FROM picked WHERE m.id = picked.id RETURNING m.*
    )`;
}

/** Queue reads and the item's own state changes; every write takes the caller's transaction. */
@Injectable()
export class ModerationItemsRepository {
  public async listQueue(
    manager: EntityManager, query: { filters: QueueFilterDto; assigned: Assigned; me: string; cursor?: QueueCursor; limit: number }, now: Date,
  ): Promise<QueueRow[]> {
    const params: unknown[] = [];
    const where = [`mi.state IN ('open','claimed')`, ...filterClauses(query.filters, params, now)];
    const assigned = assignedClause(query.assigned, query.me, params, now);
    if (assigned) where.push(assigned);
    if (query.cursor) where.push(`(mi.queue_rank, mi.id) < (${bind(params, query.cursor.rank)}::double precision, ${bind(params, query.cursor.id)}::uuid)`);
    return manager.query(`${QUEUE_SELECT} WHERE ${where.join(' AND ')} ORDER BY mi.queue_rank DESC, mi.id DESC LIMIT ${bind(params, query.limit)}`, params);
  }

  public findRowsByIds(manager: EntityManager, ids: string[]): Promise<QueueRow[]> {
    return manager.query(`${QUEUE_SELECT} WHERE mi.id = ANY($1::uuid[]) ORDER BY mi.queue_rank DESC, mi.id DESC`, [ids]);
  }

  /** Claims the `count` best claimable items (see claimCtes) and returns their queue rows, in one prepared statement of its own. */
  public async claimTop(pool: Pool, claim: ClaimSpec, now: Date): Promise<QueueRow[]> {
    const params: unknown[] = [];
    const ctes = claimCtes(params, claim, now);
    return queryPrepared<QueueRow>(pool, `WITH ${ctes} ${queueRowsOf('claimed')} ORDER BY mi.queue_rank DESC, mi.id DESC`, params);
  }

  /**
   * Claims one named item, or renews the caller's own lease on it, in one prepared statement: only if it is not
   * decided, not escalated beyond the caller, and not under another moderator's live lease. A competing claim
   * committed meanwhile is re-checked against the WHERE (READ COMMITTED), so only one of two racers gets it.
   * null: refused, nothing written (the service says why).
   */
  public async claimById(pool: Pool, claim: { id: string; me: string; senior: boolean; leaseUntil: Date }, now: Date): Promise<QueueRow | null> {
    const rows = await queryPrepared<QueueRow>(pool, `WITH claimed AS (
        UPDATE moderation_items m SET state = 'claimed', claimed_by = $2, lease_until = $3, version = m.version + 1
         WHERE m.id = $1 AND m.state <> 'decided' AND (NOT m.escalated OR $4::boolean)
           AND NOT (m.state = 'claimed' AND COALESCE(m.lease_until > $5, false) AND m.claimed_by IS DISTINCT FROM $2)
        RETURNING m.*
      ) ${queueRowsOf('claimed')}`, [claim.id, claim.me, claim.leaseUntil, claim.senior, now]);
    return rows[0] ?? null;
  }

  public async lock(manager: EntityManager, id: string): Promise<LockedItem | null> {
    const rows: LockedItem[] = await manager.query(
      `SELECT id, review_id AS "reviewId", state, claimed_by AS "claimedBy", lease_until AS "leaseUntil", version, escalated, priority,
              fake_score AS "fakeScore", reason_codes AS "reasonCodes", source, report_count AS "reportCount"
         FROM moderation_items WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ?? null;
  }

  public async lockOpenForReview(manager: EntityManager, reviewId: string): Promise<LockedItem | null> {
    const rows: { id: string }[] = await manager.query(`SELECT id FROM moderation_items WHERE review_id = $1 AND state IN ('open','claimed')`, [reviewId]);
    return rows[0] ? this.lock(manager, rows[0].id) : null;
  }

  /** Returns a claimed item to the queue (claims themselves are claimTop and claimById). */
  public async releaseClaim(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`UPDATE moderation_items SET state = 'open', claimed_by = NULL, lease_until = NULL, version = version + 1 WHERE id = $1`, [id]);
  }

  public async close(manager: EntityManager, id: string, by: string, decisionId: string, now: Date): Promise<number> {
    const rows = rowsOf<{ version: number }>(await manager.query(
      `UPDATE moderation_items SET state = 'decided', decided_at = $3, decided_by = $2, decision_record_id = $4, lease_until = NULL,
              version = version + 1 WHERE id = $1 RETURNING version`,
      [id, by, now, decisionId],
    ));
    return rows[0].version;
  }

  /** Opens an item for a review that has none (reports, manual review of a published item); returns the open item either way. */
  public async openIfNone(manager: EntityManager, row: { reviewId: string; priority: number; fakeScore: number; reasonCodes: string[]; source: string }, now: Date): Promise<string> {
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO moderation_items (review_id, state, priority, reason_codes, fake_score, source, created_at)
       VALUES ($1, 'open', $2, $3, $4, $5, $6) ON CONFLICT (review_id) WHERE state IN ('open','claimed') DO NOTHING RETURNING id`,
      [row.reviewId, row.priority, row.reasonCodes, row.fakeScore, row.source, now],
    );
    if (inserted[0]) return inserted[0].id;
    const existing: { id: string }[] = await manager.query(`SELECT id FROM moderation_items WHERE review_id = $1 AND state IN ('open','claimed')`, [row.reviewId]);
    return existing[0].id;
  }

  /** One queue item per held review; a review appears at most once per call (ON CONFLICT cannot touch a row twice). */
  public async openOrRefresh(manager: EntityManager, items: AutomatedHold[], source: string, at: Date): Promise<void> {
    if (items.length === 0) return;
    await manager.query(
      `INSERT INTO moderation_items (review_id, state, priority, reason_codes, fake_score, source, created_at)
       SELECT review_id, 'open', priority, reason_codes, fake_score, $2, $3
         FROM jsonb_to_recordset($1::jsonb) AS x(review_id uuid, priority smallint, reason_codes text[], fake_score float8)
       ON CONFLICT (review_id) WHERE state IN ('open','claimed')
       DO UPDATE SET priority = EXCLUDED.priority, reason_codes = EXCLUDED.reason_codes, fake_score = EXCLUDED.fake_score`,
      [JSON.stringify(items.map((i) => ({
        review_id: i.reviewId, priority: Math.max(0, Math.min(100, Math.round(i.priority))), reason_codes: i.reasonCodes, fake_score: i.fakeScore,
      }))), source, at],
    );
  }

  public async hasLiveClaim(manager: EntityManager, reviewId: string, at: Date): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM moderation_items WHERE review_id = $1 AND state = 'claimed' AND lease_until > $2`, [reviewId, at]);
    return rows.length > 0;
  }

  /** Closes the review's open item without a human decider (decided_by null marks it automated). */
  public async closeOpenAutomated(manager: EntityManager, reviewId: string, at: Date): Promise<void> {
    await manager.query(
      `UPDATE moderation_items SET state = 'decided', decided_at = $2, version = version + 1
        WHERE review_id = $1 AND state IN ('open', 'claimed')`, [reviewId, at]);
  }

  public async addReasonCode(manager: EntityManager, id: string, code: string): Promise<void> {
    await manager.query(
      `UPDATE moderation_items SET reason_codes = array_append(reason_codes, $2), version = version + 1 WHERE id = $1 AND NOT $2 = ANY(reason_codes)`,
      [id, code],
    );
  }

  /** A report or merchant flag: its weight, and its reason code so the queue shows why someone asked for a look. */
  public async raiseForReport(manager: EntityManager, id: string, priority: number, weight: number, reasonCode: string): Promise<{ priority: number; reportCount: number }> {
    const rows = rowsOf<{ priority: number; report_count: number }>(await manager.query(
      `UPDATE moderation_items SET priority = $2, report_count = report_count + 1, report_weight = report_weight + $3,
              reason_codes = CASE WHEN 'reported' = ANY(reason_codes) THEN reason_codes ELSE array_append(reason_codes, 'reported') END,
              report_reasons = CASE WHEN $4 = ANY(report_reasons) THEN report_reasons ELSE array_append(report_reasons, $4) END,
              version = version + 1
        WHERE id = $1 RETURNING priority, report_count`,
      [id, priority, weight, reasonCode],
    ));
    return { priority: rows[0].priority, reportCount: rows[0].report_count };
  }
}
