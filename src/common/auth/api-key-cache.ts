import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import pg from 'pg';
import { AppConfigService } from '../../config/app-config.service.js';
import type { AuthContext } from './auth-context.js';

/** Channel of the api_keys revocation trigger; the payload is the revoked key's prefix. */
export const API_KEY_REVOKED_CHANNEL = 'candor_api_keys_revoked';

/** How long a verified key is trusted without a lookup; revocations are pushed, so this only bounds memory churn. */
export const KEY_TTL_MS = 60_000;
/**
 * From this age on, a hit also re-reads the key in the background (ApiKeysService), so a key in steady use is
 * renewed before it expires: an expiry used to send every request in flight down the full path to the
 * database at once, a stall in the storefront's latency tail once a minute.
 */
export const KEY_REFRESH_AFTER_MS = KEY_TTL_MS / 2;
const MAX_ENTRIES = 50_000;

export interface CachedKey {
  context: AuthContext;
  verifiedSecret: Buffer;
  expiresAt: number;
  refreshAt: number;
}

/**
 * Keys this process verified, by prefix. A revocation committed by any process (API, CLI, SQL) is pushed here
 * by LISTEN/NOTIFY (issue 16: it used to take up to 5 s). While the listener is down nothing is cached, so a
 * revocation can never be missed; every key is then looked up.
 */
@Injectable()
export class ApiKeyCache implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(ApiKeyCache.name);
  private readonly entries = new Map<string, CachedKey>();
  private client?: pg.Client;
  private listening = false;
  private closing = false;
  /** Bumped by every forget: a lookup that read the key before a revocation arrived must not store it again. */
  private generation = 0;

  public constructor(private readonly config: AppConfigService) {}

  public async onModuleInit(): Promise<void> {
    await this.listen().catch((error: Error) => this.logger.warn(`key revocation listener: ${error.message}; keys are looked up on every request`));
  }

  public async onModuleDestroy(): Promise<void> {
    this.closing = true;
    await this.client?.end().catch(() => undefined);
  }

  public get(prefix: string, now: number): CachedKey | undefined {
    const hit = this.entries.get(prefix);
    return hit && hit.expiresAt > now ? hit : undefined;
  }

  /** Take before reading a key from the database; pass to set(). */
  public readGeneration(): number {
    return this.generation;
  }

  /** Stores a verified key, unless a revocation (any forget) arrived after `readAt`, its database read. */
  public set(prefix: string, context: AuthContext, verifiedSecret: Buffer, now: number, readAt: number): void {
    if (!this.listening || readAt !== this.generation) return;
    if (this.entries.size >= MAX_ENTRIES && !this.entries.has(prefix)) this.entries.clear();
    this.entries.set(prefix, { context, verifiedSecret, expiresAt: now + KEY_TTL_MS, refreshAt: now + KEY_REFRESH_AFTER_MS });
  }

  public forget(prefix?: string): void {
    this.generation += 1;
    if (prefix) this.entries.delete(prefix);
    else this.entries.clear();
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.config.database.url, application_name: 'candor-api-key-cache' });
    client.on('notification', (msg) => this.forget(msg.payload || undefined));
    client.on('error', (error) => this.logger.warn(`key revocation listener: ${error.message}`));
    client.on('end', () => {
      this.listening = false;
      this.forget();
      if (!this.closing) setTimeout(() => void this.listen().catch(() => undefined), 1_000).unref();
    });
    await client.connect();
    await client.query(`LISTEN ${API_KEY_REVOKED_CHANNEL}`);
    this.client = client;
    this.listening = true;
  }
}
