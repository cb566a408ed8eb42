import { Injectable } from '@nestjs/common';
import { randomUUID, timingSafeEqual } from 'node:crypto';
import { AppConfigService } from '../../config/app-config.service.js';
import { Clock } from '../clock/clock.js';
import { CommonError, CommonErrorCode } from '../errors/common-error.js';
import { ApiKeyCache } from './api-key-cache.js';
import { ApiKeyEntity } from './api-key.entity.js';
import { generateApiKey, hashSecret, parseApiKey, secretMatches } from './api-key-format.js';
import { ApiKeysRepository } from './api-keys.repository.js';
import type { AuthContext } from './auth-context.js';
import type { Role } from './role.js';

export interface CreateApiKeyInput {
  role: Role;
  label: string;
  merchantId?: string | null;
  channelId?: string | null;
  /** Only for admin and moderator keys: may decide escalated moderation items. */
  senior?: boolean;
  /** An existing principal to issue the key to (a person's second key); a new principal when absent. */
  principalId?: string;
}

export interface ApiKeyView {
  id: string;
  principalId: string;
  prefix: string;
  role: Role;
  label: string;
  merchantId: string | null;
  channelId: string | null;
  senior: boolean;
  createdAt: string;
  revokedAt: string | null;
}

export function mapApiKey(entity: ApiKeyEntity): ApiKeyView {
  return {
    id: entity.id,
    principalId: entity.principalId,
    prefix: `cnd_${entity.prefix}`,
    role: entity.role,
    label: entity.label,
    merchantId: entity.merchantId,
    channelId: entity.channelId,
    senior: entity.senior,
    createdAt: entity.createdAt.toISOString(),
    revokedAt: entity.revokedAt ? entity.revokedAt.toISOString() : null,
  };
}

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
    const generated = generateApiKey();
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
      });
      return { ...mapApiKey(entity), key: generated.key };
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code === '23503') {
        throw new CommonError(CommonErrorCode.ValidationFailed, 'merchantId or channelId does not exist');
      }
      throw error;
    }
  }

  /** The caller of a key this process verified moments ago, without a lookup; undefined otherwise. */
  public fromCache(raw: string | undefined): AuthContext | undefined {
    const parsed = raw ? parseApiKey(raw) : undefined;
    const cached = parsed ? this.cache.get(parsed.prefix, this.clock.now().getTime()) : undefined;
    if (!parsed || !cached) return undefined;
    const presented = Buffer.from(parsed.secret);
    return presented.length === cached.verifiedSecret.length && timingSafeEqual(presented, cached.verifiedSecret) ? cached.context : undefined;
  }

  public async authenticate(raw: string | undefined): Promise<AuthContext> {
    const parsed = raw ? parseApiKey(raw) : undefined;
    if (!parsed) throw new CommonError(CommonErrorCode.Unauthenticated, 'A valid API key is required (Authorization: Bearer cnd_…)');
    const hit = this.fromCache(raw);
    if (hit) return hit;
    const now = this.clock.now().getTime();
    const entity = await this.keys.findActiveByPrefix(parsed.prefix);
    if (!entity || !secretMatches(this.config.apiKeyPepper, parsed.secret, entity.secretHash)) {
      throw new CommonError(CommonErrorCode.Unauthenticated, 'Unknown or revoked API key');
    }
    const context: AuthContext = { keyId: entity.id, principalId: entity.principalId, role: entity.role, merchantId: entity.merchantId, channelId: entity.channelId, senior: entity.senior };
    this.cache.set(parsed.prefix, context, Buffer.from(parsed.secret), now);
    return context;
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
