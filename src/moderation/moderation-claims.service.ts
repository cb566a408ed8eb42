import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthContext } from '../common/auth/auth-context.js';
import { Clock } from '../common/clock/clock.js';
import { AppConfigService } from '../config/app-config.service.js';
import { pgPoolOf } from '../database/pg/pg-pool.js';
import type { ClaimItemsDto } from './moderation.dto.js';
import { ModerationError, ModerationErrorCode } from './moderation.error.js';
import { ModerationItemsRepository, type LockedItem } from './moderation-items.repository.js';
import { mapQueueItem, type ClaimResult, type QueueItemView } from './moderation-views.js';

/** Admins act as senior moderators: they can always take over. */
export const isSenior = (auth: AuthContext): boolean => auth.role === 'admin' || auth.senior === true;

export const leaseActive = (item: Pick<LockedItem, 'state' | 'leaseUntil'>, now: Date): boolean =>
  item.state === 'claimed' && item.leaseUntil !== null && item.leaseUntil.getTime() > now.getTime();

/**
 * Claims with leases. Expiry is lazy: nothing sweeps expired claims; every claim query treats
 * `lease_until <= now` as open, so an abandoned item is claimable the moment its lease runs out.
 */
@Injectable()
export class ModerationClaimsService {
  public constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly items: ModerationItemsRepository,
    private readonly config: AppConfigService,
    private readonly clock: Clock,
  ) {}

  public async claimMany(auth: AuthContext, dto: ClaimItemsDto): Promise<ClaimResult> {
    const now = this.clock.now();
    const leaseSeconds = this.config.moderation.leaseSeconds;
    const leaseUntil = new Date(now.getTime() + leaseSeconds * 1000);
    // One statement, atomic on its own: no transaction round trips.
    const rows = await this.items.claimTop(pgPoolOf(this.db), { me: auth.principalId, count: dto.count, senior: isSenior(auth), filters: dto.filters ?? {}, leaseUntil }, now);
    return { items: rows.map((r) => mapQueueItem(r, now)), leaseSeconds };
  }

  /**
   * Claims one item, or renews the caller's own lease on it: one statement (the console's path on opening an
   * item). When it refuses, the checks run again on the locked row to say why; if nothing is wrong by then (the
   * item changed between the two), the claim is tried again.
   */
  public async claimOne(auth: AuthContext, id: string): Promise<QueueItemView> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const now = this.clock.now();
      const leaseUntil = new Date(now.getTime() + this.config.moderation.leaseSeconds * 1000);
      const row = await this.items.claimById(pgPoolOf(this.db), { id, me: auth.principalId, senior: isSenior(auth), leaseUntil }, now);
      if (row) return mapQueueItem(row, now);
      await this.explainClaimRefusal(auth, id, now);
    }
    throw new ModerationError(ModerationErrorCode.AlreadyClaimed, 'The item kept changing while claiming it; reload it');
  }

  /** Throws the reason a claim of `id` is refused now; returns if there is none. */
  private async explainClaimRefusal(auth: AuthContext, id: string, now: Date): Promise<void> {
    await this.db.transaction(async (manager) => {
      const item = await this.lockOpen(manager, id);
      if (item.escalated && !isSenior(auth)) throw new ModerationError(ModerationErrorCode.SeniorRequired, 'Escalated items are for senior moderators');
      if (leaseActive(item, now) && item.claimedBy !== auth.principalId) {
        throw new ModerationError(ModerationErrorCode.AlreadyClaimed, 'Another moderator holds this item', { leaseUntil: item.leaseUntil });
      }
    });
  }

  public async release(auth: AuthContext, id: string): Promise<void> {
    const now = this.clock.now();
    await this.db.transaction(async (manager) => {
      const item = await this.lockOpen(manager, id);
      if (!leaseActive(item, now)) throw new ModerationError(ModerationErrorCode.NotClaimed, 'Nobody holds this item');
      if (item.claimedBy !== auth.principalId && auth.role !== 'admin') throw new ModerationError(ModerationErrorCode.NotClaimant, 'Another moderator holds this item');
      await this.items.releaseClaim(manager, id);
    });
  }

  private async lockOpen(manager: Parameters<ModerationItemsRepository['lock']>[0], id: string): Promise<LockedItem> {
    const item = await this.items.lock(manager, id);
    if (!item) throw new ModerationError(ModerationErrorCode.ItemNotFound, `No moderation item ${id}`);
    if (item.state === 'decided') throw new ModerationError(ModerationErrorCode.ItemClosed, 'This item has already been decided');
    return item;
  }
}
