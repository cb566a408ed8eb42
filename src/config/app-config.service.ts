import { Injectable } from '@nestjs/common';
import { EnvDto, NodeEnv } from './env.dto.js';

/** Typed, grouped view of the validated environment. */
@Injectable()
export class AppConfigService {
  public constructor(private readonly env: EnvDto) {}

  public get isProduction(): boolean {
    return this.env.NODE_ENV === NodeEnv.Production;
  }

  public get http(): { host: string; port: number; bodyLimit: number } {
    return { host: this.env.HOST, port: this.env.PORT, bodyLimit: this.env.BODY_LIMIT_BYTES };
  }

  /** After bootstrap DATABASE_URL is always set (embedded PostgreSQL fills it in). */
  public get database(): { url: string; poolSize: number } {
    if (!this.env.DATABASE_URL) throw new Error('DATABASE_URL not resolved; call resolveDatabaseUrl() before boot');
    return { url: this.env.DATABASE_URL, poolSize: this.env.DB_POOL_SIZE };
  }

  public get queue(): {
    backend: 'redis' | 'postgres'; redisUrl?: string; scoreConcurrency: number; scoreBatchSize: number; outboxPollMs: number; prefix: string; pgPoolSize: number;
  } {
    return {
      pgPoolSize: this.env.QUEUE_PG_POOL_SIZE,
      prefix: this.env.QUEUE_PREFIX,
      backend: this.env.REDIS_URL ? 'redis' : 'postgres',
      redisUrl: this.env.REDIS_URL,
      scoreConcurrency: this.env.SCORE_CONCURRENCY,
      scoreBatchSize: this.env.SCORE_BATCH_SIZE,
      outboxPollMs: this.env.OUTBOX_POLL_MS,
    };
  }

  /** Score worker lock/stalled timings: how fast a job held by a killed worker is handed to another. */
  public get scoreWorker(): { lockMs: number; stalledIntervalMs: number; sweepEveryMs: number; sweepGraceMs: number } {
    return {
      lockMs: this.env.SCORE_LOCK_MS, stalledIntervalMs: this.env.SCORE_STALLED_INTERVAL_MS,
      sweepEveryMs: this.env.SCORE_SWEEP_EVERY_MS, sweepGraceMs: this.env.SCORE_SWEEP_GRACE_MS,
    };
  }

  public get moderation(): { leaseSeconds: number; slaHours: number } {
    return { leaseSeconds: this.env.MODERATION_LEASE_SECONDS, slaHours: this.env.MODERATION_SLA_HOURS };
  }

  public get ratings(): { cache: boolean; cacheTtlMs: number; warmProducts: number; changePollMs: number; priorWeight: number; priorMean: number | undefined } {
    return {
      cache: this.env.RATINGS_CACHE === 'on', cacheTtlMs: this.env.RATINGS_CACHE_TTL_MS, warmProducts: this.env.RATINGS_CACHE_WARM_PRODUCTS,
      changePollMs: this.env.RATINGS_CHANGE_POLL_MS,
      priorWeight: this.env.RATING_PRIOR_WEIGHT, priorMean: this.env.RATING_PRIOR_MEAN,
    };
  }

  public get reputation(): { alertMargin: number; alertMinSample: number; alertAlpha: number; rollupEveryMs: number } {
    return {
      alertMargin: this.env.SUPPRESSION_ALERT_MARGIN, alertMinSample: this.env.SUPPRESSION_ALERT_MIN_SAMPLE,
      alertAlpha: this.env.SUPPRESSION_ALERT_ALPHA, rollupEveryMs: this.env.REPUTATION_ROLLUP_EVERY_MS,
    };
  }

  public get webhooks(): {
    backoffMs: number; attempts: number; timeoutMs: number; perWebhookConcurrency: number; allowLoopback: boolean; requireHttps: boolean;
    circuit: { failureThreshold: number; cooldownMs: number; maxCooldownMs: number };
  } {
    return {
      backoffMs: this.env.WEBHOOK_BACKOFF_MS, attempts: this.env.WEBHOOK_ATTEMPTS, timeoutMs: this.env.WEBHOOK_TIMEOUT_MS,
      perWebhookConcurrency: this.env.WEBHOOK_CONCURRENCY_PER_WEBHOOK, allowLoopback: this.env.WEBHOOK_ALLOW_LOOPBACK, requireHttps: this.isProduction,
      circuit: { failureThreshold: this.env.WEBHOOK_CIRCUIT_FAILURES, cooldownMs: this.env.WEBHOOK_CIRCUIT_COOLDOWN_MS, maxCooldownMs: this.env.WEBHOOK_CIRCUIT_MAX_COOLDOWN_MS },
    };
  }

  public get scoringFiles(): { rulesDir: string; modelsDir: string } {
    return { rulesDir: this.env.RULES_DIR, modelsDir: this.env.MODELS_DIR };
  }

  public get rateLimit(): { perSecond: number; burst: number } {
    return { perSecond: this.env.RATE_LIMIT_PER_SECOND, burst: this.env.RATE_LIMIT_BURST };
  }

  public get failedAuthLimit(): { perSecond: number; burst: number } {
    return { perSecond: this.env.FAILED_AUTH_PER_MINUTE / 60, burst: this.env.FAILED_AUTH_BURST };
  }

  public get apiKeyPepper(): string {
    // Development/test fallback is deliberately fixed: keys made by the CLI keep working across restarts.
    return this.env.API_KEY_PEPPER ?? 'candor-development-pepper-not-for-production-use';
  }

  public get logLevel(): EnvDto['LOG_LEVEL'] {
    return this.env.LOG_LEVEL;
  }

  public get processRole(): 'api' | 'worker' | 'all' | undefined {
    return this.env.PROCESS_ROLE;
  }
}
