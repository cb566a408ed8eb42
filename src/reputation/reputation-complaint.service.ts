import { Injectable } from '@nestjs/common';
import type { AuthContext } from '../common/auth/auth-context.js';
import { Clock } from '../common/clock/clock.js';
import { ReputationComplaintRepository, type NewComplaint, type StoredComplaint } from './reputation-complaint.repository.js';
import type { ComplaintResult, CreateComplaintDto } from './reputation.dto.js';
import { ReputationError, ReputationErrorCode } from './reputation.error.js';
import { ReputationReadRepository } from './reputation-read.repository.js';

/** Channel clocks drift; beyond this a future occurredAt is a client bug, not drift. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

const sameComplaint = (a: NewComplaint, b: StoredComplaint): boolean =>
  a.productId === b.productId && a.category === b.category && a.orderRef === b.orderRef && a.occurredAt.getTime() === new Date(b.occurredAt).getTime();

/**
 * Complaint intake: idempotent per (channel, externalId). A resend of the same complaint answers 200 with the
 * first id; the same id with different content is a 409 (complaints are counted once, never silently replaced).
 */
@Injectable()
export class ReputationComplaintService {
  public constructor(
    private readonly complaints: ReputationComplaintRepository,
    private readonly read: ReputationReadRepository,
    private readonly clock: Clock,
  ) {}

  public async record(auth: AuthContext, dto: CreateComplaintDto): Promise<ComplaintResult> {
    const now = this.clock.now();
    const channelId = this.channelOf(auth, dto.channelId);
    if (!(await this.read.channelExists(channelId))) throw new ReputationError(ReputationErrorCode.UnknownChannel, 'channelId is not a known channel');
    const merchantId = await this.read.productMerchant(dto.productId);
    if (merchantId === null) throw new ReputationError(ReputationErrorCode.UnknownProduct, 'productId is not a known product');
    const occurredAt = dto.occurredAt ? new Date(dto.occurredAt) : now;
    if (occurredAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
      throw new ReputationError(ReputationErrorCode.OccurredInFuture, 'occurredAt is in the future');
    }
    const complaint: NewComplaint = {
      channelId, externalId: dto.externalId, productId: dto.productId, merchantId, category: dto.category ?? null, orderRef: dto.orderRef ?? null, occurredAt,
    };
    const id = await this.complaints.insertIfNew(complaint, now);
    if (id !== null) return { id, duplicate: false };
    const stored = await this.complaints.findByKey(channelId, dto.externalId);
    // A defaulted occurredAt is "now", never equal on a resend: compare it only when the channel sent one.
    const comparable = stored && (dto.occurredAt ? complaint : { ...complaint, occurredAt: new Date(stored.occurredAt) });
    if (!stored || !comparable || !sameComplaint(comparable, stored)) {
      throw new ReputationError(ReputationErrorCode.ComplaintConflict, `complaint ${dto.externalId} was already recorded with other content`);
    }
    return { id: stored.id, duplicate: true };
  }

  private channelOf(auth: AuthContext, channelId: string | undefined): string {
    if (auth.role === 'channel') {
      if (channelId !== undefined && channelId !== auth.channelId) {
        throw new ReputationError(ReputationErrorCode.ChannelMismatch, 'a channel key records complaints only for its own channel');
      }
      return auth.channelId as string;
    }
    if (channelId === undefined) throw new ReputationError(ReputationErrorCode.ChannelRequired, 'channelId is required with an admin key');
    return channelId;
  }
}
