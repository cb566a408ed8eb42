import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '../common/clock/clock.js';
import { chunkDays, dayRange, parseDay } from './domain/period.js';
import { ReputationRollupRepository, type RollupState } from './reputation-rollup.repository.js';

/** Changes committed slightly before the previous run's start may not have been visible to it. */
const WATERMARK_OVERLAP_MS = 10 * 60_000;
/** Days per transaction: small enough to keep locks short, large enough to amortise the scan. */
const DAYS_PER_CHUNK = 14;
/** Rebuilding at least this many days changes the tables enough to re-plan the dashboard reads. */
const ANALYZE_AFTER_DAYS = 28;

export interface RollupOutcome {
  days: number;
  chunks: number;
  watermark: string;
}

/**
 * Incremental rollup: recompute only the days whose facts changed since the
 * watermark (plus a forced range if asked), one transaction per chunk of days,
 * reporting progress after each chunk. Idempotent: a day is always rebuilt whole.
 */
@Injectable()
export class ReputationRollupService {
  private readonly logger = new Logger(ReputationRollupService.name);

  public constructor(private readonly repo: ReputationRollupRepository, private readonly clock: Clock) {}

  public async run(forced: { from?: string; to?: string } = {}, onProgress: (fraction: number) => Promise<void> = async () => undefined): Promise<RollupOutcome> {
    const startedAt = this.clock.now();
    const state = await this.repo.loadState();
    const days = await this.daysToRebuild(state, forced);
    const chunks = chunkDays(days, DAYS_PER_CHUNK);
    await this.repo.markStarted(startedAt, days.length);
    for (const [i, chunk] of chunks.entries()) {
      await this.repo.transaction((manager) => this.repo.rebuildDays(manager, chunk, this.clock.now()));
      const fraction = (i + 1) / chunks.length;
      await this.repo.markProgress(fraction);
      await onProgress(fraction);
    }
    if (days.length >= ANALYZE_AFTER_DAYS) await this.repo.analyze();
    await this.repo.markFinished(startedAt, this.clock.now());
    if (days.length > 0) this.logger.log(`reputation rollup: ${days.length} day(s) in ${chunks.length} chunk(s)`);
    return { days: days.length, chunks: chunks.length, watermark: startedAt.toISOString() };
  }

  /**
   * A merchant's own refresh: rebuilds only its merchant and product rows for the days changed since the
   * platform watermark (plus a forced range). Platform and channel rows and the watermark stay with the
   * scheduled run, so a merchant's refresh never races the platform's bookkeeping.
   */
  public async runForMerchant(merchantId: string, forced: { from?: string; to?: string } = {},
    onProgress: (fraction: number) => Promise<void> = async () => undefined): Promise<RollupOutcome> {
    const state = await this.repo.loadState();
    const days = await this.daysToRebuild(state, forced);
    const chunks = chunkDays(days, DAYS_PER_CHUNK);
    for (const [i, chunk] of chunks.entries()) {
      await this.repo.transaction((manager) => this.repo.rebuildDays(manager, chunk, this.clock.now(), merchantId));
      await onProgress((i + 1) / chunks.length);
    }
    return { days: days.length, chunks: chunks.length, watermark: state.watermark?.toISOString() ?? '' };
  }

  public status(): Promise<RollupState> {
    return this.repo.loadState();
  }

  private async daysToRebuild(state: RollupState, forced: { from?: string; to?: string }): Promise<string[]> {
    const changed = state.watermark === null
      ? await this.repo.allDays()
      : await this.repo.touchedDaysSince(new Date(state.watermark.getTime() - WATERMARK_OVERLAP_MS));
    const from = forced.from ? parseDay(forced.from) : null;
    const to = forced.to ? parseDay(forced.to) : null;
    return from && to ? [...changed, ...dayRange(from, to)] : changed;
  }
}
