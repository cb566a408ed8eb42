import { Injectable } from '@nestjs/common';
import { CatalogService } from '../catalog/catalog.service.js';
import type { ProductRef } from '../catalog/catalog.repository.js';
import type { AuthContext } from '../common/auth/auth-context.js';
import { DomainError } from '../common/errors/domain-error.js';
import { IngestionError, IngestionErrorCode } from './ingestion.error.js';
import type { IntakeItem } from './intake-item.js';

export interface ResolvedItem {
  item: IntakeItem;
  channelId: string;
  product: ProductRef;
}

export type Resolution = { ok: true; value: ResolvedItem } | { ok: false; index: number; error: DomainError };

/** Turns channel codes and product references into ids, item by item, in a few set queries. */
@Injectable()
export class IntakeResolver {
  public constructor(private readonly catalog: CatalogService) {}

  public async resolve(auth: AuthContext, items: IntakeItem[]): Promise<Resolution[]> {
    const channelIds = await this.resolveChannels(auth, items);
    const byId = await this.catalog.resolveProductIds(items.filter((i) => i.productId).map((i) => i.productId as string));
    const bySku = await this.resolveSkus(items, channelIds);
    return items.map((item, n) => {
      const channel = channelIds[n];
      if (channel instanceof DomainError) return { ok: false, index: item.index, error: channel };
      if (!item.productId && !item.sku) {
        return { ok: false, index: item.index, error: new IngestionError(IngestionErrorCode.ProductRefRequired, 'Give productId or the channel sku') };
      }
      const product = item.productId ? byId.get(item.productId) : bySku.get(`${channel}|${item.sku}`);
      if (!product) {
        const ref = item.productId ? `product ${item.productId}` : `sku '${item.sku}' on this channel`;
        return { ok: false, index: item.index, error: new IngestionError(IngestionErrorCode.UnknownProduct, `Unknown ${ref}`) };
      }
      return { ok: true, value: { item, channelId: channel, product } };
    });
  }

  private async resolveChannels(auth: AuthContext, items: IntakeItem[]): Promise<(string | DomainError)[]> {
    const codes = [...new Set(items.map((i) => i.channel).filter((c): c is string => Boolean(c)))];
    const known = new Map<string, string>();
    for (const code of codes) {
      const channel = await this.catalog.requireChannel(code).catch(() => undefined);
      if (channel) known.set(code, channel.id);
    }
    return items.map((item) => {
      if (!item.channel) {
        return auth.channelId ?? new IngestionError(IngestionErrorCode.ChannelRequired, 'channel is required for keys not bound to a channel');
      }
      const id = known.get(item.channel);
      if (!id) return new IngestionError(IngestionErrorCode.UnknownChannel, `Unknown channel '${item.channel}'`);
      if (auth.role === 'channel' && auth.channelId !== id) {
        return new IngestionError(IngestionErrorCode.ChannelMismatch, `This key may only submit for its own channel, not '${item.channel}'`);
      }
      return id;
    });
  }

  private async resolveSkus(items: IntakeItem[], channelIds: (string | DomainError)[]): Promise<Map<string, ProductRef>> {
    const skusByChannel = new Map<string, string[]>();
    items.forEach((item, n) => {
      const channel = channelIds[n];
      if (item.productId || !item.sku || typeof channel !== 'string') return;
      const skus = skusByChannel.get(channel);
      if (skus) skus.push(item.sku);
      else skusByChannel.set(channel, [item.sku]);
    });
    const result = new Map<string, ProductRef>();
    for (const [channelId, skus] of skusByChannel) {
      for (const [sku, ref] of await this.catalog.resolveChannelSkus(channelId, skus)) result.set(`${channelId}|${sku}`, ref);
    }
    return result;
  }
}
