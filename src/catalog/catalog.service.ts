import { Injectable } from '@nestjs/common';
import type { AuthContext } from '../common/auth/auth-context.js';
import { PG_FOREIGN_KEY_VIOLATION, PG_UNIQUE_VIOLATION, pgErrorCode } from '../common/errors/pg-errors.js';
import { CatalogError, CatalogErrorCode } from './catalog.error.js';
import { CatalogRepository, ProductRef } from './catalog.repository.js';
import {
  ChannelListingView, ChannelView, CreateChannelDto, CreateChannelListingDto, CreateMerchantDto, CreateProductDto,
  mapChannel, mapListing, mapMerchant, mapProduct, MerchantView, ProductView,
} from './catalog.dto.js';
import type { ChannelEntity } from './channel.entity.js';

const PRODUCT_REF_CACHE_SIZE = 100_000;

async function translateConflict<T>(work: Promise<T>, unique: CatalogError, missing?: CatalogError): Promise<T> {
  try {
    return await work;
  } catch (error) {
    const code = pgErrorCode(error);
    if (code === PG_UNIQUE_VIOLATION) throw unique;
    if (code === PG_FOREIGN_KEY_VIOLATION && missing) throw missing;
    throw error;
  }
}

/**
 * The refs of `keys`: from `cache` (stored under `cacheKey(key)`) where it has them, the rest from one `load` of
 * the misses, which are then cached (bounded: a full cache is emptied). A key `load` does not find is not
 * remembered, so it is asked again next time.
 */
async function resolveThroughCache(
  cache: Map<string, ProductRef>, keys: string[], cacheKey: (key: string) => string, load: (missing: string[]) => Promise<Map<string, ProductRef>>,
): Promise<Map<string, ProductRef>> {
  const result = new Map<string, ProductRef>();
  const missing: string[] = [];
  for (const key of new Set(keys)) {
    const cached = cache.get(cacheKey(key));
    if (cached) result.set(key, cached);
    else missing.push(key);
  }
  if (missing.length === 0) return result;
  for (const [key, ref] of await load(missing)) {
    if (cache.size >= PRODUCT_REF_CACHE_SIZE) cache.clear();
    cache.set(cacheKey(key), ref);
    result.set(key, ref);
  }
  return result;
}

@Injectable()
export class CatalogService {
  private readonly channelsByCode = new Map<string, ChannelEntity>();
  private readonly productRefs = new Map<string, ProductRef>();
  /** `${channelId}|${externalSku}` → the listed product. */
  private readonly skuRefs = new Map<string, ProductRef>();

  public constructor(private readonly repo: CatalogRepository) {}

  public async createMerchant(dto: CreateMerchantDto): Promise<MerchantView> {
    const conflict = new CatalogError(CatalogErrorCode.DuplicateMerchantSlug, `Merchant slug '${dto.slug}' is taken`);
    return mapMerchant(await translateConflict(this.repo.insertMerchant(dto.slug, dto.name), conflict));
  }

  public async listMerchants(limit: number, offset: number): Promise<MerchantView[]> {
    return (await this.repo.listMerchants(limit, offset)).map(mapMerchant);
  }

  public async getMerchant(auth: AuthContext, id: string): Promise<MerchantView> {
    this.assertMerchantScope(auth, id);
    const merchant = await this.repo.findMerchant(id);
    if (!merchant) throw new CatalogError(CatalogErrorCode.MerchantNotFound, `No merchant ${id}`);
    return mapMerchant(merchant);
  }

  public async createProduct(auth: AuthContext, dto: CreateProductDto): Promise<ProductView> {
    this.assertMerchantScope(auth, dto.merchantId);
    const conflict = new CatalogError(CatalogErrorCode.DuplicateProductSku, `SKU '${dto.sku}' already exists for this merchant`);
    const missing = new CatalogError(CatalogErrorCode.MerchantNotFound, `No merchant ${dto.merchantId}`);
    return mapProduct(await translateConflict(this.repo.insertProduct(dto.merchantId, dto.sku, dto.name), conflict, missing));
  }

  public async getProduct(auth: AuthContext, id: string): Promise<ProductView> {
    const product = await this.repo.findProduct(id);
    if (!product || (auth.role === 'merchant' && auth.merchantId !== product.merchantId)) {
      // Another merchant's product is reported as absent, not forbidden: existence is not disclosed.
      throw new CatalogError(CatalogErrorCode.ProductNotFound, `No product ${id}`);
    }
    return mapProduct(product);
  }

  public async listProducts(auth: AuthContext, merchantId: string, limit: number, offset: number): Promise<ProductView[]> {
    this.assertMerchantScope(auth, merchantId);
    return (await this.repo.listProductsOfMerchant(merchantId, limit, offset)).map(mapProduct);
  }

  public async createChannel(dto: CreateChannelDto): Promise<ChannelView> {
    const conflict = new CatalogError(CatalogErrorCode.DuplicateChannelCode, `Channel code '${dto.code}' is taken`);
    return mapChannel(await translateConflict(this.repo.insertChannel(dto.code, dto.type, dto.name), conflict));
  }

  public async listChannels(): Promise<ChannelView[]> {
    return (await this.repo.listChannels()).map(mapChannel);
  }

  public async createListing(auth: AuthContext, dto: CreateChannelListingDto): Promise<ChannelListingView> {
    const channel = await this.requireChannel(dto.channel);
    if (auth.role === 'channel' && auth.channelId !== channel.id) {
      throw new CatalogError(CatalogErrorCode.OutOfScope, `This key may only map SKUs of its own channel`);
    }
    const conflict = new CatalogError(CatalogErrorCode.DuplicateListing, `SKU '${dto.externalSku}' is already mapped on '${dto.channel}'`);
    const missing = new CatalogError(CatalogErrorCode.ProductNotFound, `No product ${dto.productId}`);
    return mapListing(await translateConflict(this.repo.insertListing(channel.id, dto.externalSku, dto.productId), conflict, missing));
  }

  public async listListings(auth: AuthContext, productId: string): Promise<ChannelListingView[]> {
    await this.getProduct(auth, productId);
    return (await this.repo.listListingsOfProduct(productId)).map(mapListing);
  }

  /** Channels are few and immutable once created, so they are cached per process. */
  public async requireChannel(code: string): Promise<ChannelEntity> {
    const cached = this.channelsByCode.get(code);
    if (cached) return cached;
    const channel = await this.repo.findChannelByCode(code);
    if (!channel) throw new CatalogError(CatalogErrorCode.ChannelNotFound, `Unknown channel '${code}'`);
    this.channelsByCode.set(code, channel);
    return channel;
  }

  public findChannelById(id: string): Promise<ChannelEntity | null> {
    return this.repo.findChannel(id);
  }

  /** A product's merchant never changes, so refs are cached per process (bounded). */
  public resolveProductIds(ids: string[]): Promise<Map<string, ProductRef>> {
    return resolveThroughCache(this.productRefs, ids, (id) => id, (missing) => this.repo.findProductRefsByIds(missing));
  }

  /**
   * Listings are insert-only (no endpoint remaps or removes one; the key is unique per channel and SKU), so a
   * found mapping is cached per process like product refs; an unknown SKU is asked again every time, so a
   * listing created meanwhile by another process is seen at once.
   */
  public resolveChannelSkus(channelId: string, skus: string[]): Promise<Map<string, ProductRef>> {
    return resolveThroughCache(this.skuRefs, skus, (sku) => `${channelId}|${sku}`, (missing) => this.repo.findProductRefsBySkus(channelId, missing));
  }

  private assertMerchantScope(auth: AuthContext, merchantId: string): void {
    if (auth.role === 'merchant' && auth.merchantId !== merchantId) {
      throw new CatalogError(CatalogErrorCode.OutOfScope, 'Merchant keys may only act on their own merchant');
    }
  }
}
