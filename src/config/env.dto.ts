import { plainToInstance, Transform } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, ValidateIf, validateSync } from 'class-validator';

export enum NodeEnv {
  Development = 'development',
  Production = 'production',
  Test = 'test',
}

const toInt = ({ value }: { value: unknown }): unknown => (value === undefined || value === '' ? undefined : Number(value));

/** The only place that reads process.env (STYLE rule 12). */
export class EnvDto {
  @IsEnum(NodeEnv)
  public NODE_ENV: NodeEnv = NodeEnv.Development;

  @IsOptional() @IsString()
  public HOST = '127.0.0.1';

  @Transform(toInt) @IsInt() @Min(0) @Max(65535)
  public PORT = 3000;

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

  @Transform(toInt) @IsInt() @Min(1) @Max(256)
  public SCORE_CONCURRENCY = 8;

  @Transform(toInt) @IsInt() @Min(1) @Max(200)
  public DB_POOL_SIZE = 20;

  /** Keyed hash for API keys; required in production so keys survive restarts and stay secret. */
  @ValidateIf((env: EnvDto) => env.NODE_ENV === NodeEnv.Production)
  @IsString() @MinLength(32)
  public API_KEY_PEPPER?: string;

  @Transform(toInt) @IsInt() @Min(50) @Max(60_000)
  public OUTBOX_POLL_MS = 200;

  /** Namespace for queue keys/tables, so several deployments (or test runs) can share one Redis. */
  @IsString() @Matches(/^[a-z0-9_-]{1,40}$/)
  public QUEUE_PREFIX = 'candor';

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
