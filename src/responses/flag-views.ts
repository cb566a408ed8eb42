import { ApiProperty } from '@nestjs/swagger';
import type { ReportOutcome, ReportOutcomeStatus } from '../moderation/domain/report-outcome.js';
import type { ReviewFlagEntity } from './review-flag.entity.js';

/** `unrouted`: a flag from before flags reached moderation (no report); flagging again routes it. */
export type FlagStatus = ReportOutcomeStatus | 'unrouted';

export class FlagView {
  @ApiProperty({ type: 'string', format: 'uuid' })
  public id: string;

  @ApiProperty({ type: 'string', format: 'uuid' })
  public reviewId: string;

  @ApiProperty({ type: 'string' })
  public reasonCode: string;

  @ApiProperty({ type: 'string', nullable: true })
  public note: string | null;

  @ApiProperty({ enum: ['open', 'actioned', 'dismissed', 'unrouted'] })
  public status: FlagStatus;

  @ApiProperty({ type: 'string', format: 'date-time' })
  public createdAt: string;

  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: "The moderator's decision once taken: action, decision time and public reason; never who decided or the internal note." })
  public outcome: { action: string | null; reasonCode: string | null; reason: string | null; decidedAt: string | null } | null;
}

export function mapFlag(f: ReviewFlagEntity, outcome: ReportOutcome | undefined): FlagView {
  const status: FlagStatus = outcome?.status ?? 'unrouted';
  return {
    id: f.id, reviewId: f.reviewId, reasonCode: f.reasonCode, note: f.note, status, createdAt: f.createdAt.toISOString(),
    outcome: outcome && outcome.status !== 'open'
      ? { action: outcome.action, reasonCode: outcome.reasonCode, reason: outcome.reason, decidedAt: outcome.decidedAt }
      : null,
  };
}
