import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import pg from 'pg';
import { AppConfigService } from '../../config/app-config.service.js';
import type { AuthContext } from './auth-context.js';

/** Channel of the api_keys revocation trigger; the payload is the revoked key's prefix. */
export const API_KEY_REVOKED_CHANNEL = 'candor_api_keys_revoked';

/** How long a verified key is trusted without a lookup; revocations are pushed, so this only bounds memory churn. */
const TTL_MS = 60_000;
const MAX_ENTRIES = 50_000;

export interface CachedKey {
  context: AuthContext;
  verifiedSecret: Buffer;
  expiresAt: number;
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

  public set(prefix: string, context: AuthContext, verifiedSecret: Buffer, now: number): void {
    if (!this.listening) return;
    if (this.entries.size >= MAX_ENTRIES && !this.entries.has(prefix)) this.entries.clear();
    this.entries.set(prefix, { context, verifiedSecret, expiresAt: now + TTL_MS });
  }

  public forget(prefix?: string): void {
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
