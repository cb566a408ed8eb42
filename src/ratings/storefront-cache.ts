import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import pg from 'pg';
import { AppConfigService } from '../config/app-config.service.js';

export interface CachedBody {
  etag: string;
  json: string;
  expiresAt: number;
}

const CHANNEL = 'candor_product_changed';
const MAX_PRODUCTS = 200_000;

/**
 * In-process cache of rendered storefront responses, per product. Invalidated by
 * LISTEN/NOTIFY: the aggregate trigger and reply changes `pg_notify` the product id in
 * the writer's transaction, delivered at commit to every API process. A TTL bounds
 * staleness if a notification is ever missed (e.g. while the listener reconnects, when
 * the whole cache is dropped anyway). RATINGS_CACHE=off bypasses it for comparison.
 */
@Injectable()
export class StorefrontCache implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(StorefrontCache.name);
  private readonly entries = new Map<string, Map<string, CachedBody>>();
  private client?: pg.Client;
  private closing = false;
  private listening = false;

  public constructor(private readonly config: AppConfigService) {}

  public get enabled(): boolean {
    return this.config.ratings.cache && this.listening;
  }

  public async onModuleInit(): Promise<void> {
    if (this.config.ratings.cache) await this.listen();
  }

  public async onModuleDestroy(): Promise<void> {
    this.closing = true;
    await this.client?.end().catch(() => undefined);
  }

  public get(productId: string, key: string): CachedBody | undefined {
    const hit = this.entries.get(productId)?.get(key);
    if (!hit) return undefined;
    if (hit.expiresAt > Date.now()) return hit;
    this.entries.get(productId)?.delete(key);
    return undefined;
  }

  public set(productId: string, key: string, body: Omit<CachedBody, 'expiresAt'>): void {
    if (!this.enabled) return;
    if (this.entries.size >= MAX_PRODUCTS && !this.entries.has(productId)) this.entries.delete(this.entries.keys().next().value as string);
    let forProduct = this.entries.get(productId);
    if (!forProduct) this.entries.set(productId, (forProduct = new Map()));
    forProduct.set(key, { ...body, expiresAt: Date.now() + this.config.ratings.cacheTtlMs });
  }

  public invalidate(productId: string): void {
    if (productId === '*') this.entries.clear();
    else this.entries.delete(productId);
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.config.database.url, application_name: 'candor-storefront-cache' });
    client.on('notification', (msg) => this.invalidate(msg.payload ?? '*'));
    client.on('error', (error) => this.logger.warn(`cache listener: ${error.message}`));
    client.on('end', () => {
      this.listening = false;
      this.entries.clear();
      if (!this.closing) setTimeout(() => void this.listen().catch(() => undefined), 1_000).unref();
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.client = client;
    this.listening = true;
  }
}
