import { ApiProperty } from '@nestjs/swagger';
import { Injectable, Logger } from '@nestjs/common';
import { randomUUID, timingSafeEqual } from 'node:crypto';
import { AppConfigService } from '../../config/app-config.service.js';
import { Clock } from '../clock/clock.js';
import { CommonError, CommonErrorCode } from '../errors/common-error.js';
import { ApiKeyCache } from './api-key-cache.js';
import { ApiKeyEntity } from './api-key.entity.js';
import { generateApiKey, hashSecret, keyPrefixText, parseApiKey, secretMatches, type ParsedApiKey } from './api-key-format.js';
import { ApiKeysRepository } from './api-keys.repository.js';
import type { AuthContext } from './auth-context.js';
import { normaliseOrigin, ownLimit, PUBLISHABLE_IP_DEFAULT } from './key-quotas.js';
import { ROLES, type Role } from './role.js';

export class CreateApiKeyInput {
  @ApiProperty({ enum: ROLES })
  public role: Role;

  @ApiProperty({ type: 'string' })
  public label: string;

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true, required: false })
  public merchantId?: string | null;

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true, required: false })
  public channelId?: string | null;

  @ApiProperty({ type: 'boolean', required: false, description: 'Only for admin and moderator keys: may decide escalated moderation items.' })
  public senior?: boolean;

  @ApiProperty({ type: 'string', format: 'uuid', required: false, description: "An existing principal to issue the key to (a person's second key); a new principal when absent." })
  public principalId?: string;

  @ApiProperty({ type: 'number', required: false, description: "Own per-key limit; without it the role's documented default applies (key-quotas.ts)." })
  public rateLimitPerSecond?: number;

  @ApiProperty({ type: 'number', required: false })
  public burst?: number;

  @ApiProperty({ type: 'boolean', required: false, description: 'Storefront only: a read-only browser key bound to allowedOrigins, limited per client IP too.' })
  public publishable?: boolean;

  @ApiProperty({ type: 'string', isArray: true, required: false })
  public allowedOrigins?: string[];

  @ApiProperty({ type: 'number', required: false })
  public ipRateLimitPerSecond?: number;

  @ApiProperty({ type: 'number', required: false })
  public ipBurst?: number;
}

export class ApiKeyView {
  @ApiProperty({ type: 'string', format: 'uuid' })
  public id: string;

  @ApiProperty({ type: 'string', format: 'uuid' })
  public principalId: string;

  @ApiProperty({ type: 'string' })
  public prefix: string;

  @ApiProperty({ enum: ROLES })
  public role: Role;

  @ApiProperty({ type: 'string' })
  public label: string;

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true })
  public merchantId: string | null;

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true })
  public channelId: string | null;

  @ApiProperty({ type: 'boolean' })
  public senior: boolean;

  @ApiProperty({ type: 'number', nullable: true, description: "null: the role's documented default." })
  public rateLimitPerSecond: number | null;

  @ApiProperty({ type: 'number', nullable: true })
  public burst: number | null;

  @ApiProperty({ type: 'boolean' })
  public publishable: boolean;

  @ApiProperty({ type: 'string', isArray: true })
  public allowedOrigins: string[];

  @ApiProperty({ type: 'number', nullable: true })
  public ipRateLimitPerSecond: number | null;

  @ApiProperty({ type: 'number', nullable: true })
  public ipBurst: number | null;

  @ApiProperty({ type: 'string', format: 'date-time' })
  public createdAt: string;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  public revokedAt: string | null;
}

export function mapApiKey(entity: ApiKeyEntity): ApiKeyView {
  return {
    id: entity.id,
    principalId: entity.principalId,
    prefix: keyPrefixText(entity.prefix, entity.publishable),
    role: entity.role,
    label: entity.label,
    merchantId: entity.merchantId,
    channelId: entity.channelId,
    senior: entity.senior,
    rateLimitPerSecond: entity.rateLimitPerSecond,
    burst: entity.rateLimitBurst,
    publishable: entity.publishable,
    allowedOrigins: entity.allowedOrigins,
    ipRateLimitPerSecond: entity.ipRateLimitPerSecond,
    ipBurst: entity.ipRateLimitBurst,
    createdAt: entity.createdAt.toISOString(),
    revokedAt: entity.revokedAt ? entity.revokedAt.toISOString() : null,
  };
}

type Quotas = Pick<ApiKeyEntity, 'rateLimitPerSecond' | 'rateLimitBurst' | 'publishable' | 'allowedOrigins' | 'ipRateLimitPerSecond' | 'ipRateLimitBurst'>;

/** The quota columns of a new key, or a 400 naming what does not fit together. */
function checkQuotas(input: CreateApiKeyInput): Quotas {
  const fail = (message: string): never => {
    throw new CommonError(CommonErrorCode.ValidationFailed, message);
  };
  if (input.burst !== undefined && input.rateLimitPerSecond === undefined) fail('burst needs rateLimitPerSecond');
  if (input.ipBurst !== undefined && input.ipRateLimitPerSecond === undefined) fail('ipBurst needs ipRateLimitPerSecond');
  const publishable = input.publishable ?? false;
  if (publishable && input.role !== 'storefront') fail('publishable is only for storefront keys');
  if (!publishable && (input.allowedOrigins !== undefined || input.ipRateLimitPerSecond !== undefined)) fail('allowedOrigins and ipRateLimitPerSecond are only for publishable keys');
  const origins = (input.allowedOrigins ?? []).map((o) => normaliseOrigin(o) ?? fail(`allowedOrigins: '${o}' is not an origin (https://host[:port])`));
  if (publishable && origins.length === 0) fail('a publishable key needs at least one allowed origin');
  return {
    rateLimitPerSecond: input.rateLimitPerSecond ?? null, rateLimitBurst: input.rateLimitPerSecond === undefined ? null : (input.burst ?? input.rateLimitPerSecond * 2),
    publishable, allowedOrigins: [...new Set(origins)],
    ipRateLimitPerSecond: input.ipRateLimitPerSecond ?? null, ipRateLimitBurst: input.ipRateLimitPerSecond === undefined ? null : (input.ipBurst ?? input.ipRateLimitPerSecond * 3),
  };
}

export class CreatedApiKeyView extends ApiKeyView {
  @ApiProperty({ type: 'string', description: 'The full key; shown only in this answer', example: 'cnd_0a1b2c3d4e5f_R2V0IHlvdXIgb3duIGtleSwgdGhpcyBpcyBhbiBleGFtcGxl' })
  public key: string;
}

/** What a request authenticated by this key may do. */
const contextOf = (entity: ApiKeyEntity): AuthContext => ({
  keyId: entity.id, principalId: entity.principalId, role: entity.role, merchantId: entity.merchantId, channelId: entity.channelId, senior: entity.senior,
  rateLimit: ownLimit(entity.rateLimitPerSecond, entity.rateLimitBurst),
  publishable: entity.publishable
    ? { origins: entity.allowedOrigins, ipLimit: ownLimit(entity.ipRateLimitPerSecond, entity.ipRateLimitBurst) ?? PUBLISHABLE_IP_DEFAULT } : null,
});

@Injectable()
export class ApiKeysService {
  /**
   * The cache holds, by key prefix, the secret last verified against the stored keyed hash. A request presenting
   * it again is compared in constant time without recomputing the HMAC, which was the largest cost of a cached
   * storefront read after the socket write; any other secret takes the full path.
   */
  public constructor(
    private readonly cache: ApiKeyCache,
    private readonly keys: ApiKeysRepository,
    private readonly config: AppConfigService,
    private readonly clock: Clock,
  ) {}

  private readonly logger = new Logger(ApiKeysService.name);
  /** In-flight lookups by the raw key presented. */
  private readonly lookups = new Map<string, Promise<AuthContext>>();
  /** Prefixes being renewed in the background. */
  private readonly renewing = new Set<string>();

  public async create(input: CreateApiKeyInput): Promise<ApiKeyView & { key: string }> {
    if ((input.role === 'merchant') !== Boolean(input.merchantId)) {
      throw new CommonError(CommonErrorCode.ValidationFailed, 'merchantId is required for, and only for, merchant keys');
    }
    if ((input.role === 'channel') !== Boolean(input.channelId)) {
      throw new CommonError(CommonErrorCode.ValidationFailed, 'channelId is required for, and only for, channel keys');
    }
    if (input.senior && input.role !== 'moderator' && input.role !== 'admin') {
      throw new CommonError(CommonErrorCode.ValidationFailed, 'senior is only for moderator and admin keys');
    }
    if (input.principalId && !(await this.keys.principalExists(input.principalId))) {
      throw new CommonError(CommonErrorCode.ValidationFailed, `No principal ${input.principalId}; leave principalId out to create one`);
    }
    const quotas = checkQuotas(input);
    const generated = generateApiKey(quotas.publishable);
    try {
      const entity = await this.keys.insert({
        prefix: generated.prefix,
        secretHash: hashSecret(this.config.apiKeyPepper, generated.secret),
        role: input.role,
        principalId: input.principalId ?? randomUUID(),
        label: input.label,
        merchantId: input.merchantId ?? null,
        channelId: input.channelId ?? null,
        senior: input.senior ?? false,
        ...quotas,
      });
      return { ...mapApiKey(entity), key: generated.key };
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code === '23503') {
        throw new CommonError(CommonErrorCode.ValidationFailed, 'merchantId or channelId does not exist');
      }
      throw error;
    }
  }

  /**
   * The caller of a key this process verified moments ago, without a lookup; undefined otherwise. A hit on an
   * entry due for renewal also starts one background re-read of the key (see KEY_REFRESH_AFTER_MS).
   */
  public fromCache(raw: string | undefined): AuthContext | undefined {
    const parsed = raw ? parseApiKey(raw) : undefined;
    const now = this.clock.now().getTime();
    const cached = parsed ? this.cache.get(parsed.prefix, now) : undefined;
    if (!parsed || !cached) return undefined;
    // A publishable (cnd_pk_) key and a server key never stand in for each other, even with the same prefix.
    if (Boolean(cached.context.publishable) !== parsed.publishable) return undefined;
    const presented = Buffer.from(parsed.secret);
    if (presented.length !== cached.verifiedSecret.length || !timingSafeEqual(presented, cached.verifiedSecret)) return undefined;
    if (now >= cached.refreshAt) this.renew(parsed);
    return cached.context;
  }

  public async authenticate(raw: string | undefined): Promise<AuthContext> {
    const parsed = raw ? parseApiKey(raw) : undefined;
    if (!parsed || !raw) throw new CommonError(CommonErrorCode.Unauthenticated, 'A valid API key is required (Authorization: Bearer cnd_…)');
    const hit = this.fromCache(raw);
    if (hit) return hit;
    // Requests presenting the same key at once (a storefront's connections after a restart) share one lookup.
    let lookup = this.lookups.get(raw);
    if (!lookup) {
      lookup = this.lookUp(parsed).finally(() => this.lookups.delete(raw));
      this.lookups.set(raw, lookup);
    }
    return lookup;
  }

  private async lookUp(parsed: ParsedApiKey): Promise<AuthContext> {
    const readAt = this.cache.readGeneration();
    const now = this.clock.now().getTime();
    const entity = await this.keys.findActiveByPrefix(parsed.prefix);
    if (!entity || entity.publishable !== parsed.publishable || !secretMatches(this.config.apiKeyPepper, parsed.secret, entity.secretHash)) {
      throw new CommonError(CommonErrorCode.Unauthenticated, 'Unknown or revoked API key');
    }
    const context = contextOf(entity);
    this.cache.set(parsed.prefix, context, Buffer.from(parsed.secret), now, readAt);
    return context;
  }

  /**
   * Re-reads a cached key in the background, one at a time per key: still active, it is stored again (with any
   * changed limits or origins); gone, it is dropped. A failed read leaves the entry to expire as before.
   */
  private renew(parsed: ParsedApiKey): void {
    if (this.renewing.has(parsed.prefix)) return;
    this.renewing.add(parsed.prefix);
    void this.lookUp(parsed).then(
      () => undefined,
      (error: unknown) => {
        if (error instanceof CommonError && error.code === CommonErrorCode.Unauthenticated) this.cache.forget(parsed.prefix);
        else this.logger.warn(`API key renewal: ${(error as Error).message}`);
      },
    ).finally(() => this.renewing.delete(parsed.prefix));
  }

  public async list(): Promise<ApiKeyView[]> {
    return (await this.keys.listAll()).map(mapApiKey);
  }

  /** New secret with the same role and scope; the old key stops working now. */
  public async rotate(id: string): Promise<ApiKeyView & { key: string }> {
    const current = await this.keys.findActiveById(id);
    if (!current) throw new CommonError(CommonErrorCode.NotFound, `No active API key ${id}`);
    const created = await this.create({
      role: current.role, label: current.label, merchantId: current.merchantId, channelId: current.channelId, senior: current.senior,
      principalId: current.principalId,
      rateLimitPerSecond: current.rateLimitPerSecond ?? undefined, burst: current.rateLimitBurst ?? undefined, publishable: current.publishable,
      allowedOrigins: current.publishable ? current.allowedOrigins : undefined,
      ipRateLimitPerSecond: current.ipRateLimitPerSecond ?? undefined, ipBurst: current.ipRateLimitBurst ?? undefined,
    });
    await this.revoke(id);
    return created;
  }

  public async revoke(id: string): Promise<void> {
    const revoked = await this.keys.revoke(id, this.clock.now());
    if (!revoked) throw new CommonError(CommonErrorCode.NotFound, `No active API key ${id}`);
    // Every process drops the key when the revocation's NOTIFY arrives; this one drops it before answering.
    this.cache.forget();
  }
}
