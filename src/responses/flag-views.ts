import type { ReportOutcome, ReportOutcomeStatus } from '../moderation/domain/report-outcome.js';
import type { ReviewFlagEntity } from './review-flag.entity.js';

/** `unrouted`: a flag from before flags reached moderation (no report); flagging again routes it. */
export type FlagStatus = ReportOutcomeStatus | 'unrouted';

export interface FlagView {
  id: string;
  reviewId: string;
  reasonCode: string;
  note: string | null;
  status: FlagStatus;
  createdAt: string;
  /** The moderator's decision once taken: action, decision time and public reason; never who decided or the internal note. */
  outcome: { action: string | null; reasonCode: string | null; reason: string | null; decidedAt: string | null } | null;
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
