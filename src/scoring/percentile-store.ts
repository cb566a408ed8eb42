import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock/clock.js';
import { PERCENTILE_FLUSH_EVERY } from './domain/context-windows.js';
import { type PercentileTable, updatePercentileTable } from './domain/combine/percentile-table.js';

/**
 * Keeps the per-feature empirical CDFs (SpEagle-style rank prior) in memory,
 * batches new observations and persists them every PERCENTILE_FLUSH_EVERY items, so
 * scoring never scans history and every worker converges on the same tables.
 */
@Injectable()
export class PercentileStore implements OnApplicationShutdown {
  private readonly logger = new Logger(PercentileStore.name);
  private tables: Record<string, PercentileTable> = {};
  private pending = new Map<string, number[]>();
  private pendingItems = 0;
  private loaded?: Promise<void>;

  public constructor(@InjectDataSource() private readonly db: DataSource, private readonly clock: Clock) {}

  public async current(): Promise<Record<string, PercentileTable>> {
    this.loaded ??= this.load();
    await this.loaded;
    return this.tables;
  }

  public async observe(values: { id: string; value: number }[]): Promise<void> {
    await this.observeMany([values]);
  }

  /** Signal values of several scored items; flushes at most once per call. */
  public async observeMany(items: { id: string; value: number }[][]): Promise<void> {
    for (const values of items) {
      for (const { id, value } of values) {
        const batch = this.pending.get(id);
        if (batch) batch.push(value);
        else this.pending.set(id, [value]);
      }
    }
    this.pendingItems += items.length;
    if (this.pendingItems >= PERCENTILE_FLUSH_EVERY) await this.flush();
  }

  public async flush(): Promise<void> {
    if (this.pending.size === 0) return;
    const batch = this.pending;
    this.pending = new Map();
    this.pendingItems = 0;
    const next = { ...this.tables };
    for (const [id, values] of batch) next[id] = updatePercentileTable(next[id] ?? { quantiles: [], count: 0 }, values);
    this.tables = next;
    const ids = [...batch.keys()];
    await this.db.query(
      `INSERT INTO feature_percentiles (feature_id, quantiles, observations, updated_at)
       SELECT id, q, n, $4 FROM unnest($1::text[], $2::jsonb[], $3::bigint[]) AS t(id, q, n)
       ON CONFLICT (feature_id) DO UPDATE SET quantiles = EXCLUDED.quantiles, observations = EXCLUDED.observations, updated_at = EXCLUDED.updated_at`,
      [ids, ids.map((id) => JSON.stringify(next[id].quantiles)), ids.map((id) => next[id].count), this.clock.now()],
    );
  }

  public async onApplicationShutdown(): Promise<void> {
    await this.flush().catch((error: Error) => this.logger.warn(`percentile flush on shutdown failed: ${error.message}`));
  }

  private async load(): Promise<void> {
    const rows: { feature_id: string; quantiles: number[]; observations: string }[] = await this.db.query(
      'SELECT feature_id, quantiles, observations FROM feature_percentiles');
    this.tables = Object.fromEntries(rows.map((r) => [r.feature_id, { quantiles: r.quantiles, count: Number(r.observations) }]));
  }
}
