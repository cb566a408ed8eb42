import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, ValidateIf, validateSync, type ValidationArguments, ValidatorConstraint, Validate, type ValidatorConstraintInterface } from 'class-validator';

export enum NodeEnv {
  Development = 'development',
  Production = 'production',
  Test = 'test',
}

const toInt = ({ value }: { value: unknown }): unknown => (value === undefined || value === '' ? undefined : Number(value));
const toBool = ({ value }: { value: unknown }): unknown => (value === 'true' ? true : value === 'false' ? false : value);

/** Loopback webhook receivers are for development and tests: a production process refuses to start with them. */
@ValidatorConstraint({ name: 'notInProduction' })
class NotInProduction implements ValidatorConstraintInterface {
  public validate(value: unknown, args: ValidationArguments): boolean {
    return value !== true || (args.object as EnvDto).NODE_ENV !== NodeEnv.Production;
  }

  public defaultMessage(args: ValidationArguments): string {
    return `${args.property}=true is for development and tests only, not NODE_ENV=production`;
  }
}

/** The only place that reads process.env (STYLE rule 12). */
export class EnvDto {
  @IsEnum(NodeEnv)
  public NODE_ENV: NodeEnv = NodeEnv.Development;

  @IsOptional() @IsString()
  public HOST = '127.0.0.1';

  @Transform(toInt) @IsInt() @Min(0) @Max(65535)
  public PORT = 3000;

  /**
   * HTTP processes sharing PORT (node:cluster; the primary hands out connections). One Node
   * process serves requests on one core; set this to the cores the API may use.
   */
  @Transform(toInt) @IsInt() @Min(1) @Max(64)
  public API_PROCESSES = 1;

  /** Unset: an embedded PostgreSQL is started under EMBEDDED_PG_DIR. */
  @IsOptional() @IsString() @MinLength(1)
  public DATABASE_URL?: string;

  @IsString()
  public EMBEDDED_PG_DIR = '.data/pg';

  /** Set: BullMQ runs on Redis; unset: on the PostgreSQL backend in schema `bullmq`. */
  @IsOptional() @IsString() @MinLength(1)
  public REDIS_URL?: string;

  @IsEnum(['fatal', 'error', 'warn', 'log', 'debug', 'verbose'])
  public LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'log' | 'debug' | 'verbose' = 'log';

  @Transform(toInt) @IsInt() @Min(1024) @Max(256 * 1024 * 1024)
  public BODY_LIMIT_BYTES = 32 * 1024 * 1024;

  /**
   * Reviews each worker process holds for scoring at once: score jobs are chunks of up to SCORE_BATCH_SIZE
   * reviews, so the worker takes SCORE_CONCURRENCY / SCORE_BATCH_SIZE (rounded up) jobs at once. They are
   * scored in micro-batches of up to SCORE_BATCH_SIZE (one transaction each), so this should be about twice
   * the batch size: one batch commits while the next loads its context.
   */
  @Transform(toInt) @IsInt() @Min(1) @Max(512)
  public SCORE_CONCURRENCY = 128;

  /** Most score jobs handled in one batch (one set of queries and one transaction); 1 = one job at a time. */
  @Transform(toInt) @IsInt() @Min(1) @Max(256)
  public SCORE_BATCH_SIZE = 64;

  @Transform(toInt) @IsInt() @Min(1) @Max(200)
  public DB_POOL_SIZE = 20;

  /**
   * Score-job lock (BullMQ lockDuration): how long a job a dead worker held stays invisible before
   * the stalled check hands it to another worker. Renewed at half this while the worker lives.
   */
  @Transform(toInt) @IsInt() @Min(1_000) @Max(600_000)
  public SCORE_LOCK_MS = 30_000;

  /** How often each worker looks for stalled score jobs (BullMQ stalledInterval). */
  @Transform(toInt) @IsInt() @Min(500) @Max(600_000)
  public SCORE_STALLED_INTERVAL_MS = 30_000;

  /**
   * How often the worker re-enqueues score jobs for reviews stuck in received/scoring (a queue that lost
   * its data, e.g. a Redis restart without persistence); 0 disables. Job ids make live jobs no-ops.
   */
  @Transform(toInt) @IsInt() @Min(0) @Max(86_400_000)
  public SCORE_SWEEP_EVERY_MS = 60_000;

  /** A review counts as stuck once it has waited this long since its last change. */
  @Transform(toInt) @IsInt() @Min(1_000) @Max(86_400_000)
  public SCORE_SWEEP_GRACE_MS = 300_000;

  /** Keyed hash for API keys; required in production so keys survive restarts and stay secret. */
  @ValidateIf((env: EnvDto) => env.NODE_ENV === NodeEnv.Production)
  @IsString() @MinLength(32)
  public API_KEY_PEPPER?: string;

  @Transform(toInt) @IsInt() @Min(50) @Max(60_000)
  public OUTBOX_POLL_MS = 200;

  /** Connections of BullMQ's PostgreSQL backend per process (on top of DB_POOL_SIZE). */
  @Transform(toInt) @IsInt() @Min(1) @Max(100)
  public QUEUE_PG_POOL_SIZE = 10;

  /** Namespace for queue keys/tables, so several deployments (or test runs) can share one Redis. */
  @IsString() @Matches(/^[a-z0-9_-]{1,40}$/)
  public QUEUE_PREFIX = 'candor';

  /** How long a moderator's claim holds an item; expired claims return to the queue lazily. */
  @Transform(toInt) @IsInt() @Min(1) @Max(86_400)
  public MODERATION_LEASE_SECONDS = 600;

  /** Target time from receipt to first human decision; older items count as SLA breaches. */
  @Transform(toInt) @IsInt() @Min(1) @Max(720)
  public MODERATION_SLA_HOURS = 24;

  /** Storefront read cache (ratings + review lists); `off` for the uncached comparison in the bench. */
  @IsEnum(['on', 'off'])
  public RATINGS_CACHE: 'on' | 'off' = 'on';

  /** Safety net behind LISTEN/NOTIFY invalidation: a cached storefront entry is never older than this. */
  @Transform(toInt) @IsInt() @Min(100) @Max(3_600_000)
  public RATINGS_CACHE_TTL_MS = 300_000;

  /**
   * At API start, render this many products' ratings into the cache in the background (most-rated
   * first), so the first visitor of each product is not the one who pays for the miss. 0: off.
   */
  @Transform(toInt) @IsInt() @Min(0) @Max(200_000)
  public RATINGS_CACHE_WARM_PRODUCTS = 100_000;

  /**
   * How often each API process takes committed storefront changes (storefront_changes) and notifies
   * every API process's cache: the longest a storefront shows a rating or review page after it changed.
   */
  @Transform(toInt) @IsInt() @Min(5) @Max(10_000)
  public RATINGS_CHANGE_POLL_MS = 50;

  /** Bayesian prior: this many ratings at the prior mean. */
  @Transform(toInt) @IsInt() @Min(0) @Max(1000)
  public RATING_PRIOR_WEIGHT = 7;

  /** Fixed prior mean; unset: the platform mean of all public ratings (refreshed every minute). */
  @IsOptional() @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value))) @Min(1) @Max(5)
  public RATING_PRIOR_MEAN?: number;

  /** First webhook retry delay; doubles per attempt (BullMQ exponential backoff). */
  @Transform(toInt) @IsInt() @Min(10) @Max(3_600_000)
  public WEBHOOK_BACKOFF_MS = 5_000;

  @Transform(toInt) @IsInt() @Min(1) @Max(30)
  public WEBHOOK_ATTEMPTS = 8;

  /** Whole attempt (connect, send, answer): a hanging receiver holds a delivery slot this long at most. */
  @Transform(toInt) @IsInt() @Min(100) @Max(60_000)
  public WEBHOOK_TIMEOUT_MS = 5_000;

  /** Deliveries to one webhook in flight at once per worker process, so one slow receiver cannot take every slot. */
  @Transform(toInt) @IsInt() @Min(1) @Max(64)
  public WEBHOOK_CONCURRENCY_PER_WEBHOOK = 4;

  /** Consecutive failed attempts that open a webhook's circuit (its deliveries then wait, never dropped). */
  @Transform(toInt) @IsInt() @Min(1) @Max(1_000)
  public WEBHOOK_CIRCUIT_FAILURES = 5;

  /** First open period of a circuit before a probe; doubles per failed probe up to WEBHOOK_CIRCUIT_MAX_COOLDOWN_MS. */
  @Transform(toInt) @IsInt() @Min(100) @Max(3_600_000)
  public WEBHOOK_CIRCUIT_COOLDOWN_MS = 10_000;

  @Transform(toInt) @IsInt() @Min(100) @Max(86_400_000)
  public WEBHOOK_CIRCUIT_MAX_COOLDOWN_MS = 300_000;

  /** Allow webhook URLs on loopback (127.0.0.0/8, ::1) — development and tests only; every other private range stays refused. */
  @Transform(toBool) @IsBoolean() @Validate(NotInProduction)
  public WEBHOOK_ALLOW_LOOPBACK = false;

  /** Suppression audit: how much worse (absolute) negative reviews may fare than positive ones before an alert. */
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value))) @Min(0) @Max(1)
  public SUPPRESSION_ALERT_MARGIN = 0.05;

  /** Suppression audit: fewer reviews than this in either group → no verdict, the test would be noise. */
  @Transform(toInt) @IsInt() @Min(1) @Max(1_000_000)
  public SUPPRESSION_ALERT_MIN_SAMPLE = 30;

  /** Suppression audit: one-sided significance level of the tests. */
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value))) @Min(0.000001) @Max(0.5)
  public SUPPRESSION_ALERT_ALPHA = 0.01;

  /** How often the worker's repeatable reputation rollup runs; 0 disables the schedule (manual refresh only). */
  @Transform(toInt) @IsInt() @Min(0) @Max(86_400_000)
  public REPUTATION_ROLLUP_EVERY_MS = 300_000;

  /** Requests per second per API key (token bucket, per process); 0 disables. */
  @Transform(toInt) @IsInt() @Min(0) @Max(1_000_000)
  public RATE_LIMIT_PER_SECOND = 200;

  /** Bucket size: short bursts above the rate that are still allowed. */
  @Transform(toInt) @IsInt() @Min(1) @Max(10_000_000)
  public RATE_LIMIT_BURST = 400;

  /** Failed authentications (no, malformed or unknown key) per minute per client address, per process; 0 disables. */
  @Transform(toInt) @IsInt() @Min(0) @Max(1_000_000)
  public FAILED_AUTH_PER_MINUTE = 120;

  /** Failed authentications an address may make in a burst before it gets 429 without a key lookup. */
  @Transform(toInt) @IsInt() @Min(1) @Max(10_000_000)
  public FAILED_AUTH_BURST = 20;

  /** Folder of the moderation rules (YAML); every API and worker process must load the same content. */
  @IsString() @MinLength(1)
  public RULES_DIR = 'moderation-rules';

  /** Folder of the trained text-model artefacts (npm run train). */
  @IsString() @MinLength(1)
  public MODELS_DIR = 'models';

  /** Set by the test harness so API processes don't also run the relay. */
  @IsOptional() @IsEnum(['api', 'worker', 'all'])
  public PROCESS_ROLE?: 'api' | 'worker' | 'all';
}

export class EnvValidationError extends Error {}

export function validateEnv(raw: Record<string, unknown>): EnvDto {
  const env = plainToInstance(EnvDto, raw, { exposeDefaultValues: true });
  const errors = validateSync(env, { whitelist: false, skipMissingProperties: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => `  ${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new EnvValidationError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return env;
}
