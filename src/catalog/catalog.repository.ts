import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { ChannelListingEntity } from './channel-listing.entity.js';
import { ChannelEntity } from './channel.entity.js';
import { MerchantEntity } from './merchant.entity.js';
import { ProductEntity } from './product.entity.js';

export interface ProductRef {
  productId: string;
  merchantId: string;
}

@Injectable()
export class CatalogRepository {
  public constructor(@InjectDataSource() private readonly db: DataSource) {}

  public insertMerchant(slug: string, name: string): Promise<MerchantEntity> {
    const repo = this.db.getRepository(MerchantEntity);
    return repo.save(repo.create({ slug, name }));
  }

  public listMerchants(limit: number, offset: number): Promise<MerchantEntity[]> {
    return this.db.getRepository(MerchantEntity).find({ order: { createdAt: 'ASC', id: 'ASC' }, take: limit, skip: offset });
  }

  public findMerchant(id: string): Promise<MerchantEntity | null> {
    return this.db.getRepository(MerchantEntity).findOneBy({ id });
  }

  public insertProduct(merchantId: string, sku: string, name: string): Promise<ProductEntity> {
    const repo = this.db.getRepository(ProductEntity);
    return repo.save(repo.create({ merchantId, sku, name }));
  }

  public findProduct(id: string): Promise<ProductEntity | null> {
    return this.db.getRepository(ProductEntity).findOneBy({ id });
  }

  public listProductsOfMerchant(merchantId: string, limit: number, offset: number): Promise<ProductEntity[]> {
    return this.db.getRepository(ProductEntity).find({ where: { merchantId }, order: { createdAt: 'ASC', id: 'ASC' }, take: limit, skip: offset });
  }

  public insertChannel(code: string, type: ChannelEntity['type'], name: string): Promise<ChannelEntity> {
    const repo = this.db.getRepository(ChannelEntity);
    return repo.save(repo.create({ code, type, name }));
  }

  public listChannels(): Promise<ChannelEntity[]> {
    return this.db.getRepository(ChannelEntity).find({ order: { code: 'ASC' } });
  }

  public findChannelByCode(code: string): Promise<ChannelEntity | null> {
    return this.db.getRepository(ChannelEntity).findOneBy({ code });
  }

  public findChannel(id: string): Promise<ChannelEntity | null> {
    return this.db.getRepository(ChannelEntity).findOneBy({ id });
  }

  public insertListing(channelId: string, externalSku: string, productId: string): Promise<ChannelListingEntity> {
    const repo = this.db.getRepository(ChannelListingEntity);
    return repo.save(repo.create({ channelId, externalSku, productId }));
  }

  public listListingsOfProduct(productId: string): Promise<ChannelListingEntity[]> {
    return this.db.getRepository(ChannelListingEntity).find({ where: { productId }, order: { createdAt: 'ASC' } });
  }

  public async findProductRefsByIds(ids: string[]): Promise<Map<string, ProductRef>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db.getRepository(ProductEntity).find({ select: { id: true, merchantId: true }, where: { id: In(ids) } });
    return new Map(rows.map((r) => [r.id, { productId: r.id, merchantId: r.merchantId }]));
  }

  public async findProductRefsBySkus(channelId: string, skus: string[]): Promise<Map<string, ProductRef>> {
    if (skus.length === 0) return new Map();
    const rows: { external_sku: string; product_id: string; merchant_id: string }[] = await this.db.query(
      `SELECT l.external_sku, p.id AS product_id, p.merchant_id
         FROM channel_listings l JOIN products p ON p.id = l.product_id
        WHERE l.channel_id = $1 AND l.external_sku = ANY($2::text[])`,
      [channelId, skus],
    );
    return new Map(rows.map((r) => [r.external_sku, { productId: r.product_id, merchantId: r.merchant_id }]));
  }
}
