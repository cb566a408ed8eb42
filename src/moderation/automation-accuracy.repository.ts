import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type AutomationAccuracyInput, type DecidedHoldRow, OVERTURNING_ACTIONS, UPHOLDING_ACTIONS } from './domain/automation-accuracy.js';

const MERITS_ACTIONS = [...OVERTURNING_ACTIONS, ...UPHOLDING_ACTIONS];

/**
 * Pairs each human merits decision taken in the period with the automated decision the human was looking at
 * (the latest automated record of the review before it), keeping only automated holds and only the first human
 * merits decision after that hold. The leading signal is the hold's largest contribution in its recorded facts
 * (the scorer keeps every non-zero signal there), else its reason code. Both lateral lookups use
 * IDX_decision_records_review_created; the period scan uses IDX_decision_records_created.
 */
const DECIDED_HOLDS_SQL = `
  WITH human AS (
    SELECT review_id, action, created_at FROM decision_records
     WHERE NOT automated AND action = ANY($3::text[]) AND created_at >= $1 AND created_at < $2),
  pairs AS (
    SELECT h.action, h.created_at, a.held_at, a.rule_set_version, a.lead_signal, r.received_at
      FROM human h
      CROSS JOIN LATERAL (
        SELECT x.action, x.created_at AS held_at, x.rule_set_version,
               COALESCE((SELECT s->>'id' FROM jsonb_array_elements(CASE WHEN jsonb_typeof(x.facts->'signals') = 'array' THEN x.facts->'signals' ELSE '[]'::jsonb END) s
                          ORDER BY (s->>'contribution')::float8 DESC NULLS LAST, s->>'id' LIMIT 1), x.reason_code) AS lead_signal
          FROM decision_records x
         WHERE x.review_id = h.review_id AND x.automated AND x.created_at <= h.created_at
         ORDER BY x.created_at DESC LIMIT 1) a
      JOIN reviews r ON r.id = h.review_id
     WHERE a.action = 'hold'
       AND NOT EXISTS (SELECT 1 FROM decision_records e
                        WHERE e.review_id = h.review_id AND NOT e.automated AND e.action = ANY($3::text[])
                          AND e.created_at >= a.held_at AND e.created_at < h.created_at))
  SELECT lead_signal AS "leadingSignal", rule_set_version AS "ruleSetVersion", outcome, count(*)::int AS count,
         GROUPING(lead_signal, rule_set_version, outcome) <> 0 AS total,
         percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY hold_s) AS hold,
         percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY receipt_s) AS receipt
    FROM (SELECT lead_signal, rule_set_version, CASE WHEN action = ANY($4::text[]) THEN 'approved' ELSE 'upheld' END AS outcome,
                 extract(epoch FROM created_at - held_at) AS hold_s, extract(epoch FROM created_at - received_at) AS receipt_s
            FROM pairs) p
   GROUP BY GROUPING SETS ((lead_signal, rule_set_version, outcome), ())`;

interface DecidedHoldSqlRow extends DecidedHoldRow { total: boolean; hold: number[] | null; receipt: number[] | null }

const seconds = (v: number | null | undefined): number | null => (v === null || v === undefined ? null : Number(v));
const pct = (p: number[] | null | undefined): { p50: number | null; p90: number | null } => ({ p50: seconds(p?.[0]), p90: seconds(p?.[1]) });

/** Automation-accuracy aggregates for a period, shared by moderation stats and the transparency report. */
@Injectable()
export class AutomationAccuracyRepository {
  public constructor(@InjectDataSource() private readonly db: DataSource) {}

  public async forPeriod(from: Date, to: Date): Promise<AutomationAccuracyInput> {
    const [mix, holds] = await Promise.all([
      this.db.query(
        `SELECT action, automated, count(*)::int AS count FROM decision_records WHERE created_at >= $1 AND created_at < $2 GROUP BY action, automated`,
        [from, to],
      ) as Promise<{ action: string; automated: boolean; count: number }[]>,
      this.db.query(DECIDED_HOLDS_SQL, [from, to, MERITS_ACTIONS, [...OVERTURNING_ACTIONS]]) as Promise<DecidedHoldSqlRow[]>,
    ]);
    const total = holds.find((h) => h.total);
    return {
      mix,
      decidedHolds: holds.filter((h) => !h.total).map(({ leadingSignal, ruleSetVersion, outcome, count }) => ({ leadingSignal, ruleSetVersion, outcome, count })),
      holdToDecision: pct(total?.hold),
      receiptToDecision: pct(total?.receipt),
    };
  }
}
