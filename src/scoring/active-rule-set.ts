import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { resolve } from 'node:path';
import pg from 'pg';
import { Clock } from '../common/clock/clock.js';
import { AppConfigService } from '../config/app-config.service.js';
import { parseRuleSet, type RawRuleFiles } from './domain/rules/parse-rule-set.js';
import type { RuleSet } from './domain/rules/rule-set.types.js';
import { RULE_SET_ACTIVATED_CHANNEL, RuleSetVersionsRepository } from './rule-set-versions.repository.js';
import { readRuleSetFiles } from './rules.loader.js';

/** Fallback behind LISTEN/NOTIFY (a dropped listener connection, a NOTIFY lost in a failover). */
const RECHECK_MS = 10_000;

/**
 * The one place a process gets its rule set: the version active in PostgreSQL, seeded from moderation-rules/
 * at boot. An activation anywhere NOTIFYs every process, which reloads within a moment; a periodic re-check
 * covers a missed notification. Scoring reads `current()` per job, so a switch needs no restart.
 */
@Injectable()
export class ActiveRuleSet implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(ActiveRuleSet.name);
  private rules?: RuleSet;
  private raw?: RawRuleFiles;
  private client?: pg.Client;
  private timer?: NodeJS.Timeout;
  private closing = false;
  private seeded = false;
  private committed?: { version: string; hash: string; raw: RawRuleFiles };

  public constructor(private readonly versions: RuleSetVersionsRepository, private readonly config: AppConfigService, private readonly clock: Clock) {}

  public async onModuleInit(): Promise<void> {
    const files = await readRuleSetFiles(resolve(this.config.scoringFiles.rulesDir));
    const parsed = parseRuleSet(files.raw, files.hash); // invalid files fail the boot, as before
    this.committed = { version: parsed.version, hash: files.hash, raw: files.raw };
    try {
      await this.syncWithDatabase();
    } catch (error) {
      // PostgreSQL down while the process starts (the worker must survive that): hold the committed files, which
      // nothing can be scored with until the database is back anyway, and let the re-check seed and switch.
      this.rules = parsed;
      this.raw = files.raw;
      this.logger.warn(`rule sets: ${(error as Error).message}; holding the committed files until PostgreSQL answers`);
    }
    await this.listen().catch((error: Error) => this.logger.warn(`rule-set listener: ${error.message}; re-checking every ${RECHECK_MS} ms`));
    this.timer = setInterval(() => void this.syncWithDatabase().catch((error: Error) => this.logger.warn(`rule-set re-check: ${error.message}`)), RECHECK_MS);
    this.timer.unref();
  }

  /** Seeds the committed files once (they may have changed with this deploy), then loads the active version. */
  private async syncWithDatabase(): Promise<RuleSet> {
    if (!this.seeded && this.committed) {
      await this.versions.seedFromFiles(this.committed, this.clock.now());
      this.seeded = true;
    }
    return this.refresh();
  }

  public async onModuleDestroy(): Promise<void> {
    this.closing = true;
    clearInterval(this.timer);
    await this.client?.end().catch(() => undefined);
  }

  public current(): RuleSet {
    if (!this.rules) throw new Error('ActiveRuleSet used before init');
    return this.rules;
  }

  /** The active version as stored (candidates sent without lexicons take these). */
  public currentRaw(): RawRuleFiles {
    if (!this.raw) throw new Error('ActiveRuleSet used before init');
    return this.raw;
  }

  /** Loads the active version when it differs from the one held; returns the rules now in use. */
  public async refresh(): Promise<RuleSet> {
    const hash = await this.versions.activeHash();
    if (hash === null || hash === this.rules?.hash) return this.current();
    const active = await this.versions.active();
    if (!active) return this.current();
    this.rules = parseRuleSet(active.raw, active.hash);
    this.raw = active.raw;
    this.logger.log(`rules ${this.rules.version} (${this.rules.hash.slice(0, 12)}) active`);
    return this.rules;
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.config.database.url, application_name: 'candor-rule-set' });
    client.on('notification', () => void this.refresh().catch((error: Error) => this.logger.warn(`rule-set reload: ${error.message}`)));
    client.on('error', (error) => this.logger.warn(`rule-set listener: ${error.message}`));
    client.on('end', () => {
      if (!this.closing) setTimeout(() => void this.listen().catch(() => undefined), 1_000).unref();
    });
    await client.connect();
    await client.query(`LISTEN ${RULE_SET_ACTIVATED_CHANNEL}`);
    this.client = client;
  }
}
