import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppConfigService } from '../config/app-config.service.js';
import { STOREFRONT_CHANGED_CHANNEL } from './storefront-cache.js';

/** Rows taken per pass, and product ids per notification (a NOTIFY payload must stay under 8,000 bytes). */
const BATCH = 5_000;
const IDS_PER_NOTIFY = 200;

/**
 * One statement, so it is atomic without a transaction round trip: take committed change rows (SKIP LOCKED:
 * every API process runs this, none waits for another), and notify their distinct product ids, comma-joined.
 * With nothing to take it writes nothing and notifies nothing, so an idle pass costs one index probe.
 */
const TAKE_AND_NOTIFY = `
  WITH taken AS (
    DELETE FROM storefront_changes WHERE id IN (SELECT id FROM storefront_changes ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
    RETURNING product_id
  ), products AS (
    SELECT DISTINCT product_id FROM taken
  ), chunks AS (
    SELECT string_agg(product_id::text, ',') AS payload
      FROM (SELECT product_id, (row_number() OVER () - 1) / ${IDS_PER_NOTIFY} AS chunk FROM products) numbered
     GROUP BY chunk
  )
  SELECT (SELECT count(*) FROM taken)::int AS taken, count(pg_notify('${STOREFRONT_CHANGED_CHANNEL}', payload))::int AS notifications FROM chunks`;

/**
 * Carries storefront changes from the database to every API process's cache. The ratings trigger and
 * reply writes append to storefront_changes in the writer's transaction; a pg_notify there would make
 * PostgreSQL commit every such writer one at a time (the notify queue lock is held until the commit
 * record is flushed). Here one statement per RATINGS_CHANGE_POLL_MS notifies a whole batch, so a
 * storefront shows a change at most about one poll interval late. Runs in processes that serve HTTP.
 */
@Injectable()
export class StorefrontChangeRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(StorefrontChangeRelay.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private failing = false;

  public constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly adapterHost: HttpAdapterHost,
    private readonly config: AppConfigService,
  ) {}

  public onApplicationBootstrap(): void {
    if (!this.adapterHost.httpAdapter) return;
    this.schedule();
  }

  public async onModuleDestroy(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Takes and notifies one batch: how many change rows it took and how many notifications it sent. */
  public async pass(): Promise<{ taken: number; notifications: number }> {
    const rows: { taken: number; notifications: number }[] = await this.db.query(TAKE_AND_NOTIFY);
    return rows[0] ?? { taken: 0, notifications: 0 };
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      this.running = this.drain().finally(() => {
        this.running = undefined;
        if (this.timer) this.schedule();
      });
    }, this.config.ratings.changePollMs);
    this.timer.unref();
  }

  /** Passes until a batch is not full; a database outage is logged once, and the next poll retries. */
  private async drain(): Promise<void> {
    try {
      while ((await this.pass()).taken === BATCH && this.timer);
      if (this.failing) this.logger.log('storefront change relay recovered');
      this.failing = false;
    } catch (error) {
      if (!this.failing) this.logger.warn(`storefront change relay: ${(error as Error).message}`);
      this.failing = true;
    }
  }
}
