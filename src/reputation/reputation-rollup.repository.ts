import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { alternation, RECOMMEND_NO_PATTERNS, RECOMMEND_YES_PATTERNS } from './domain/recommendation.js';
import { FAKE_REASON_CODES } from './domain/taxonomy.js';
import { ALL_DAYS_SQL, CREATE_FACTS_SQL, INSERT_DAILY_SQL, INSERT_SUPPRESSION_SQL, TOUCHED_DAYS_SQL } from './reputation-rollup.sql.js';

export const ROLLUP_STATE_ID = 'default';

export interface OrderCountRow {
  day: string;
  productId: string;
  channelId: string;
  merchantId: string;
  orders: number;
  complaints: number;
}

export interface RollupState {
  watermark: Date | null;
  lastStartedAt: Date | null;
  lastFinishedAt: Date | null;
  lastDays: number;
  progress: number;
}

/** Writes of the rollup job: which days changed, and rebuilding a run of days. */
@Injectable()
export class ReputationRollupRepository {
  public constructor(@InjectDataSource() private readonly db: DataSource) {}

  public transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  public async touchedDaysSince(since: Date): Promise<string[]> {
    const rows: { day: string }[] = await this.db.query(TOUCHED_DAYS_SQL, [since]);
    return rows.map((r) => r.day);
  }

  public async allDays(): Promise<string[]> {
    const rows: { day: string }[] = await this.db.query(ALL_DAYS_SQL);
    return rows.map((r) => r.day);
  }

  /**
   * Replaces every rollup row of `days` (sorted) with freshly computed ones; with `merchantId`, only that
   * merchant's merchant and product rows (its own refresh), leaving platform and channel rows to the scheduled run.
   */
  public async rebuildDays(manager: EntityManager, days: string[], now: Date, merchantId: string | null = null): Promise<void> {
    // Serialises concurrent runs (schedule + manual trigger) on the same days.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('reputation-rollup'))`);
    if (merchantId === null) {
      await manager.query('DELETE FROM reputation_daily WHERE day = ANY($1::date[])', [days]);
      await manager.query('DELETE FROM reputation_suppression_daily WHERE day = ANY($1::date[])', [days]);
    } else {
      await manager.query(
        `DELETE FROM reputation_daily WHERE day = ANY($1::date[])
            AND ((scope_type = 'merchant' AND scope_id = $2) OR (scope_type = 'product' AND scope_id IN (SELECT id FROM products WHERE merchant_id = $2)))`,
        [days, merchantId]);
      await manager.query('DELETE FROM reputation_suppression_daily WHERE day = ANY($1::date[]) AND merchant_id = $2', [days, merchantId]);
    }
    const start = new Date(`${days[0]}T00:00:00.000Z`);
    const end = new Date(new Date(`${days[days.length - 1]}T00:00:00.000Z`).getTime() + 86_400_000);
    await manager.query(CREATE_FACTS_SQL, [
      days, start, end, [...FAKE_REASON_CODES], alternation(RECOMMEND_NO_PATTERNS), alternation(RECOMMEND_YES_PATTERNS), merchantId,
    ]);
    await manager.query(INSERT_DAILY_SQL, [now, merchantId !== null]);
    await manager.query(INSERT_SUPPRESSION_SQL, [now]);
    await manager.query('DROP TABLE reputation_facts');
  }

  /** Supplied order counts; a newer `updated_at` makes the next run rebuild those days. */
  public async upsertOrderCounts(manager: EntityManager, rows: OrderCountRow[], now: Date): Promise<void> {
    for (const r of rows) {
      await manager.query(
        `INSERT INTO reputation_order_counts (day, product_id, channel_id, merchant_id, orders, complaints, updated_at)
         VALUES ($1::date, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (day, product_id, channel_id) DO UPDATE SET orders = EXCLUDED.orders, complaints = EXCLUDED.complaints, updated_at = EXCLUDED.updated_at`,
        [r.day, r.productId, r.channelId, r.merchantId, r.orders, r.complaints, now]);
    }
  }

  /** After a bulk rebuild the planner's statistics are stale until autovacuum gets there; refresh them now. */
  public async analyze(): Promise<void> {
    await this.db.query('ANALYZE reputation_daily, reputation_suppression_daily');
  }

  /**
   * Claims a refresh for `id` unless one was accepted less than `intervalMs` ago (atomic across API processes).
   * Returns null when claimed, else how long until the next claim may succeed.
   */
  public async claimRefresh(id: string, now: Date, intervalMs: number): Promise<number | null> {
    const claimed: unknown[] = await this.db.query(
      `INSERT INTO reputation_rollup_state (id, last_requested_at) VALUES ($1, $2)
       ON CONFLICT (id) DO UPDATE SET last_requested_at = EXCLUDED.last_requested_at
        WHERE reputation_rollup_state.last_requested_at IS NULL
           OR reputation_rollup_state.last_requested_at <= $2::timestamptz - make_interval(secs => $3::double precision / 1000)
       RETURNING id`, [id, now, intervalMs]);
    if (claimed.length > 0) return null;
    const rows: { at: Date }[] = await this.db.query('SELECT last_requested_at AS at FROM reputation_rollup_state WHERE id = $1', [id]);
    return Math.max(0, rows[0].at.getTime() + intervalMs - now.getTime());
  }

  public async loadState(): Promise<RollupState> {
    const rows: RollupState[] = await this.db.query(
      `SELECT watermark, last_started_at AS "lastStartedAt", last_finished_at AS "lastFinishedAt", last_days AS "lastDays", progress
         FROM reputation_rollup_state WHERE id = $1`, [ROLLUP_STATE_ID]);
    return rows[0] ?? { watermark: null, lastStartedAt: null, lastFinishedAt: null, lastDays: 0, progress: 0 };
  }

  public async markStarted(startedAt: Date, days: number): Promise<void> {
    await this.db.query(
      `INSERT INTO reputation_rollup_state (id, last_started_at, last_days, progress) VALUES ($1, $2, $3, 0)
       ON CONFLICT (id) DO UPDATE SET last_started_at = EXCLUDED.last_started_at, last_days = EXCLUDED.last_days, progress = 0`,
      [ROLLUP_STATE_ID, startedAt, days]);
  }

  public async markProgress(progress: number): Promise<void> {
    await this.db.query('UPDATE reputation_rollup_state SET progress = $2 WHERE id = $1', [ROLLUP_STATE_ID, progress]);
  }

  /** The watermark only moves forward: a slow older run finishing last must not rewind it. */
  public async markFinished(watermark: Date, finishedAt: Date): Promise<void> {
    await this.db.query(
      `UPDATE reputation_rollup_state SET watermark = GREATEST(coalesce(watermark, $2), $2), last_finished_at = $3, progress = 1 WHERE id = $1`,
      [ROLLUP_STATE_ID, watermark, finishedAt]);
  }
}
