import { REASON_CODES, REASON_LABELS, type ReasonCode } from './reason-codes.js';

/** What a reporter (a shopper through a storefront, or a merchant's flag) learns about its report. */
export type ReportOutcomeStatus = 'open' | 'actioned' | 'dismissed';

export interface ResolvedReport {
  state: 'open' | 'upheld' | 'rejected';
  resolvedAt: Date | null;
  /** The resolving decision: action, reason code and the reason text written for the author (public). */
  action: string | null;
  reasonCode: string | null;
  reasonText: string | null;
}

export interface ReportOutcome {
  status: ReportOutcomeStatus;
  decidedAt: string | null;
  action: string | null;
  reasonCode: string | null;
  /** Plain text built from the public parts of the decision only; never the moderator or the internal note. */
  reason: string | null;
}

const STATUS: Record<ResolvedReport['state'], ReportOutcomeStatus> = { open: 'open', upheld: 'actioned', rejected: 'dismissed' };

const ACTIONED: Record<string, string> = {
  fold: 'The review stays visible but is shown collapsed, with a label',
  hide: 'The review is hidden while it is looked into',
  remove: 'The review has been removed from public view (it is kept on record)',
  request_edit: 'The author has been asked to edit the review',
};

const isReasonCode = (code: string | null): code is ReasonCode => code !== null && (REASON_CODES as readonly string[]).includes(code);

function reasonText(r: ResolvedReport): string | null {
  if (r.state === 'open') return null;
  if (r.state === 'rejected') return 'A moderator reviewed it and found it within the rules; it stays published.';
  const what = ACTIONED[r.action ?? ''] ?? 'A moderator acted on the review';
  const why = isReasonCode(r.reasonCode) ? ` because ${REASON_LABELS[r.reasonCode]}` : '';
  const text = r.reasonText?.trim();
  return `${what}${why}.${text ? ` ${text}` : ''}`;
}

/** Upheld reports were acted on, rejected ones dismissed; an escalation leaves the report open. */
export function reportOutcome(r: ResolvedReport): ReportOutcome {
  const decided = r.state !== 'open';
  return {
    status: STATUS[r.state], decidedAt: decided && r.resolvedAt ? r.resolvedAt.toISOString() : null,
    action: decided ? r.action : null, reasonCode: decided ? r.reasonCode : null, reason: reasonText(r),
  };
}
