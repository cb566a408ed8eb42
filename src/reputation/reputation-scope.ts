import { Injectable } from '@nestjs/common';
import type { AuthContext } from '../common/auth/auth-context.js';
import type { ScopeType } from './domain/taxonomy.js';
import { ALL_ID } from './domain/taxonomy.js';
import { ReputationError, ReputationErrorCode } from './reputation.error.js';
import { ReputationReadRepository, type RollupKey } from './reputation-read.repository.js';

export interface ResolvedScope {
  type: ScopeType;
  id: string | null;
  /** Rollup rows for the scope on all channels. */
  key: RollupKey;
  /** The merchant owning the scope, when there is one. */
  merchantId: string | null;
  /** The one channel the figures are restricted to (a channel scope, or a channel filter on another scope). */
  channelId: string | null;
}

const notFound = (type: string): ReputationError => new ReputationError(ReputationErrorCode.ScopeNotFound, `No such ${type}`);

/**
 * Who may see which scope: admins and moderators everything; a merchant key only its
 * own merchant and products (another merchant's answer 404, as if absent), never the
 * platform or a whole channel (403). Storefront and channel keys never reach here (@Roles).
 */
@Injectable()
export class ReputationScopeResolver {
  public constructor(private readonly read: ReputationReadRepository) {}

  /**
   * `channelId` narrows a platform, merchant or product scope to one channel (merchant × channel, product × channel):
   * how a merchant key reads its own figures per channel.
   */
  public async resolve(auth: AuthContext, type: ScopeType, id: string | undefined, channelId?: string): Promise<ResolvedScope> {
    const merchantKey = auth.role === 'merchant';
    if (merchantKey && (type === 'platform' || type === 'channel')) {
      throw new ReputationError(ReputationErrorCode.OutOfScope, `A merchant key can read only its own merchant and product scopes`);
    }
    if (channelId !== undefined && type === 'channel') {
      throw new ReputationError(ReputationErrorCode.ChannelFilterConflict, 'scope=channel takes the channel as id; channelId filters the other scopes');
    }
    const scope = await this.resolveUnfiltered(auth, type, id);
    if (channelId === undefined) return scope;
    if (!(await this.read.channelExists(channelId))) throw notFound('channel');
    return { ...scope, key: { ...scope.key, channelId }, channelId };
  }

  private async resolveUnfiltered(auth: AuthContext, type: ScopeType, id: string | undefined): Promise<ResolvedScope> {
    const merchantKey = auth.role === 'merchant';
    switch (type) {
      case 'platform':
        return { type, id: null, key: { scopeType: 'platform', scopeId: ALL_ID, channelId: ALL_ID }, merchantId: null, channelId: null };
      case 'channel': {
        const channelId = this.required(id, type);
        if (!(await this.read.channelExists(channelId))) throw notFound(type);
        return { type, id: channelId, key: { scopeType: 'platform', scopeId: ALL_ID, channelId }, merchantId: null, channelId };
      }
      case 'merchant': {
        const merchantId = id ?? (merchantKey ? auth.merchantId ?? undefined : undefined);
        const checked = this.required(merchantId, type);
        if ((merchantKey && checked !== auth.merchantId) || !(await this.read.merchantExists(checked))) throw notFound(type);
        return { type, id: checked, key: { scopeType: 'merchant', scopeId: checked, channelId: ALL_ID }, merchantId: checked, channelId: null };
      }
      case 'product': {
        const productId = this.required(id, type);
        const owner = await this.read.productMerchant(productId);
        if (owner === null || (merchantKey && owner !== auth.merchantId)) throw notFound(type);
        return { type, id: productId, key: { scopeType: 'product', scopeId: productId, channelId: ALL_ID }, merchantId: owner, channelId: null };
      }
    }
  }

  /** Audit scope: a merchant id (own only for merchant keys), or the platform (null) for admins/moderators. */
  public async auditMerchant(auth: AuthContext, merchantId: string | undefined): Promise<string | null> {
    if (auth.role !== 'merchant') {
      if (merchantId !== undefined && !(await this.read.merchantExists(merchantId))) throw notFound('merchant');
      return merchantId ?? null;
    }
    const own = auth.merchantId;
    if (!own) throw new ReputationError(ReputationErrorCode.OutOfScope, 'This merchant key is not bound to a merchant');
    if (merchantId !== undefined && merchantId !== own) throw notFound('merchant');
    return own;
  }

  private required(id: string | undefined, type: string): string {
    if (!id) throw new ReputationError(ReputationErrorCode.ScopeIdRequired, `scope=${type} needs id`);
    return id;
  }
}
