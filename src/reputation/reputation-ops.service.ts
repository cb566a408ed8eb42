import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type { AuthContext } from '../common/auth/auth-context.js';
import { Clock } from '../common/clock/clock.js';
import { merchantRollupJobId, reputationRollupJobId } from '../queue/job-ids.js';
import { JobName, QueueName, ROLLUP_REPUTATION_JOB_OPTIONS, type RollupReputationJob } from '../queue/queue.constants.js';
import { parseDay, resolvePeriod } from './domain/period.js';
import { ReputationError, ReputationErrorCode } from './reputation.error.js';
import { ReputationReadRepository } from './reputation-read.repository.js';
import { ReputationRollupRepository } from './reputation-rollup.repository.js';
import { ReputationRollupService } from './reputation-rollup.service.js';
import type { OrderCountItemDto, OrderCountsResult, PutOrderCountsDto, RefreshResult, RefreshRollupsDto, RollupStatusView } from './reputation.dto.js';
import { mapRollupStatus } from './reputation.views.js';

/** A merchant's own refresh is a real rebuild; one a minute keeps a refresh button from becoming a load test. */
export const MERCHANT_REFRESH_INTERVAL_MS = 60_000;

/** Inputs and operations around the rollups: supplied order counts, manual refresh, job status. */
@Injectable()
export class ReputationOpsService {
  public constructor(
    @InjectQueue(QueueName.Reputation) private readonly queue: Queue<RollupReputationJob>,
    private readonly read: ReputationReadRepository,
    private readonly rollup: ReputationRollupService,
    private readonly rollups: ReputationRollupRepository,
    private readonly clock: Clock,
  ) {}

  /** Upserts daily order counts; the days touched are recomputed by the next rollup run. */
  public async putOrderCounts(auth: AuthContext, dto: PutOrderCountsDto): Promise<OrderCountsResult> {
    const owners = await this.checkOrderItems(auth, dto.items);
    const rows = dto.items.map((i) => ({
      day: i.day, productId: i.productId, channelId: i.channelId, merchantId: owners.get(i.productId) as string, orders: i.orders, complaints: i.complaints ?? 0,
    }));
    const now = this.clock.now();
    await this.rollups.transaction((manager) => this.rollups.upsertOrderCounts(manager, rows, now));
    return { upserted: dto.items.length };
  }

  /** Admins refresh everything; a merchant key its own rows, at most once per MERCHANT_REFRESH_INTERVAL_MS (429 + Retry-After). */
  public async refresh(auth: AuthContext, dto: RefreshRollupsDto): Promise<RefreshResult> {
    if ((dto.from === undefined) !== (dto.to === undefined)) {
      throw new ReputationError(ReputationErrorCode.InvalidPeriod, 'from and to go together');
    }
    if (dto.from !== undefined) {
      const period = resolvePeriod(dto.from, dto.to, this.clock.now());
      if ('error' in period) throw new ReputationError(ReputationErrorCode.InvalidPeriod, period.error);
    }
    if (auth.role === 'merchant') return this.refreshMerchant(auth, dto);
    const jobId = reputationRollupJobId(dto.from, dto.to);
    // add(), not addBulk(): only add() honours jobId deduplication.
    const job = await this.queue.add(JobName.RollupReputation, { from: dto.from, to: dto.to }, { ...ROLLUP_REPUTATION_JOB_OPTIONS, jobId });
    return { jobId, state: await job.getState() };
  }

  private async refreshMerchant(auth: AuthContext, dto: RefreshRollupsDto): Promise<RefreshResult> {
    const merchantId = auth.merchantId;
    if (!merchantId) throw new ReputationError(ReputationErrorCode.OutOfScope, 'This merchant key is not bound to a merchant');
    const now = this.clock.now();
    const waitMs = await this.rollups.claimRefresh(`merchant:${merchantId}`, now, MERCHANT_REFRESH_INTERVAL_MS);
    if (waitMs !== null) {
      const retryAfterSeconds = Math.max(1, Math.ceil(waitMs / 1000));
      throw new ReputationError(ReputationErrorCode.RefreshRateLimited, `a refresh was accepted recently; retry in ${retryAfterSeconds} s`, { retryAfterSeconds });
    }
    const jobId = merchantRollupJobId(merchantId, now);
    const job = await this.queue.add(JobName.RollupReputation, { from: dto.from, to: dto.to, merchantId }, { ...ROLLUP_REPUTATION_JOB_OPTIONS, jobId });
    return { jobId, state: await job.getState() };
  }

  public async status(): Promise<RollupStatusView> {
    return mapRollupStatus(await this.rollup.status());
  }

  private async checkOrderItems(auth: AuthContext, items: OrderCountItemDto[]): Promise<Map<string, string>> {
    const keys = new Set<string>();
    for (const [i, item] of items.entries()) {
      if (!parseDay(item.day)) throw new ReputationError(ReputationErrorCode.InvalidPeriod, `items[${i}].day is not a calendar date`);
      const key = `${item.day}/${item.productId}/${item.channelId}`;
      if (keys.has(key)) throw new ReputationError(ReputationErrorCode.DuplicateInRequest, `items[${i}] repeats ${key}`);
      keys.add(key);
      if (auth.role === 'channel' && item.channelId !== auth.channelId) {
        throw new ReputationError(ReputationErrorCode.ChannelMismatch, `items[${i}]: a channel key may supply counts only for its own channel`);
      }
    }
    const owners = await this.read.productMerchants([...new Set(items.map((i) => i.productId))]);
    const channels = await this.read.existingChannels([...new Set(items.map((i) => i.channelId))]);
    for (const [i, item] of items.entries()) {
      const owner = owners.get(item.productId);
      // Another merchant's product is answered like an unknown one: merchants cannot probe ids.
      if (!owner || (auth.role === 'merchant' && owner !== auth.merchantId)) {
        throw new ReputationError(ReputationErrorCode.UnknownProduct, `items[${i}].productId is not a known product`);
      }
      if (!channels.has(item.channelId)) throw new ReputationError(ReputationErrorCode.UnknownChannel, `items[${i}].channelId is not a known channel`);
    }
    return owners;
  }
}
