import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import pg from 'pg';
import { AppConfigService } from '../config/app-config.service.js';

/** A rendered storefront response: its strong ETag and its JSON as UTF-8 bytes, encoded once at render, sent as they are. */
export interface StorefrontBody {
  etag: string;
  bytes: Buffer;
}

export interface CachedBody extends StorefrontBody {
  expiresAt: number;
}

/** A render's JSON text as a StorefrontBody. */
export const storefrontBody = (etag: string, json: string): StorefrontBody => ({ etag, bytes: Buffer.from(json, 'utf8') });

/** Payload: '*' (everything) or product ids, comma-separated (StorefrontChangeRelay batches them). */
export const STOREFRONT_CHANGED_CHANNEL = 'candor_product_changed';
export const MAX_CACHED_PRODUCTS = 200_000;
/**
 * Renders kept per product (rating per prior, review pages per sort/limit/cursor). Cursors are client
 * input, so without a cap one product's map grows with every distinct cursor until the product changes;
 * the oldest render is dropped first.
 */
export const MAX_RENDERS_PER_PRODUCT = 64;
/**
 * Each render expires at a random point in the last fifth of RATINGS_CACHE_TTL_MS: renders stored together (the
 * warm-up stores up to 100,000 at boot) would otherwise all expire in the same instant and send every storefront
 * read to the database at once. The TTL stays the bound on staleness.
 */
const TTL_SPREAD = 0.2;
/** Remembered per-product invalidations; beyond this the record is dropped and every older read is refused. */
const MAX_REMEMBERED_INVALIDATIONS = 50_000;

/**
 * In-process cache of rendered storefront responses, per product. Invalidated by
 * LISTEN/NOTIFY: the aggregate trigger and reply changes append the product to
 * storefront_changes in the writer's transaction, and StorefrontChangeRelay notifies every
 * API process of the committed rows in batches, within RATINGS_CHANGE_POLL_MS. A TTL bounds
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
  /** Bumped by every invalidation; a render may only be stored if its product was not invalidated after its read began. */
  private generation = 0;
  private generationFloor = 0;
  private readonly invalidatedAt = new Map<string, number>();
  /** RATINGS_CACHE=on, read once: `enabled` is asked on every storefront read, and config.ratings builds an object per call. */
  private readonly configured: boolean;
  private readonly ttlMs: number;

  public constructor(private readonly config: AppConfigService) {
    this.configured = config.ratings.cache;
    this.ttlMs = config.ratings.cacheTtlMs;
  }

  public get enabled(): boolean {
    return this.configured && this.listening;
  }

  public async onModuleInit(): Promise<void> {
    if (this.configured) await this.listen();
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

  /** Take before reading the database for a render; pass to set() so a render older than an invalidation is dropped. */
  public readGeneration(): number {
    return this.generation;
  }

  public set(productId: string, key: string, body: StorefrontBody, readAt?: number): void {
    if (!this.enabled) return;
    if (readAt !== undefined && (readAt < this.generationFloor || (this.invalidatedAt.get(productId) ?? -1) > readAt)) return;
    if (this.entries.size >= MAX_CACHED_PRODUCTS && !this.entries.has(productId)) this.entries.delete(this.entries.keys().next().value as string);
    let forProduct = this.entries.get(productId);
    if (!forProduct) this.entries.set(productId, (forProduct = new Map()));
    if (forProduct.size >= MAX_RENDERS_PER_PRODUCT && !forProduct.has(key)) forProduct.delete(forProduct.keys().next().value as string);
    forProduct.set(key, { etag: body.etag, bytes: body.bytes, expiresAt: Date.now() + Math.round(this.ttlMs * (1 - TTL_SPREAD * this.spread())) });
  }

  /** Where in the spread a render's expiry falls, in [0, 1); a seam for tests. */
  protected spread(): number {
    return Math.random();
  }

  public invalidate(productId: string): void {
    this.generation += 1;
    if (productId === '*' || this.invalidatedAt.size >= MAX_REMEMBERED_INVALIDATIONS) {
      this.invalidatedAt.clear();
      this.generationFloor = this.generation;
    }
    if (productId === '*') this.entries.clear();
    else {
      this.invalidatedAt.set(productId, this.generation);
      this.entries.delete(productId);
    }
  }

  public get size(): number {
    return this.entries.size;
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.config.database.url, application_name: 'candor-storefront-cache' });
    client.on('notification', (msg) => {
      for (const productId of (msg.payload || '*').split(',')) this.invalidate(productId);
    });
    client.on('error', (error) => this.logger.warn(`cache listener: ${error.message}`));
    client.on('end', () => {
      this.listening = false;
      this.invalidate('*');
      if (!this.closing) setTimeout(() => void this.listen().catch(() => undefined), 1_000).unref();
    });
    await client.connect();
    await client.query(`LISTEN ${STOREFRONT_CHANGED_CHANNEL}`);
    this.client = client;
    this.listening = true;
  }
}
