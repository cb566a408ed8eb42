import type { ReasonCode } from './reason-codes.js';

export const ACTIONS = ['approve', 'fold', 'hide', 'remove', 'escalate', 'request_edit'] as const;
export type ModerationAction = (typeof ACTIONS)[number];

/**
 * Review statuses a moderator may act on: held items, public or restricted items after a report, and removed
 * items whose author edited them afterwards (the edit reopens an item; only a human may publish them again).
 */
export const ACTIONABLE_STATUSES = ['held', 'published', 'folded', 'hidden', 'removed'] as const;

export interface DecisionOutcome {
  toStatus: string;
  /** false only for escalate: the item stays in the queue for a senior moderator. */
  closesItem: boolean;
  escalates: boolean;
}

export type DecisionCheck =
  | { ok: true; outcome: DecisionOutcome }
  | { ok: false; problem: 'INVALID_TRANSITION' | ReasonProblem };

const TARGET: Record<Exclude<ModerationAction, 'escalate'>, string> = {
  approve: 'published', fold: 'folded', hide: 'hidden', remove: 'removed',
  // The author's edit re-enters scoring (ReviewEditor), which queues it again if still doubtful.
  request_edit: 'held',
};

/** Approving or escalating needs no reason against the author; every restriction does (DSA art. 17). */
export const needsReasonCode = (action: ModerationAction): boolean => action !== 'approve' && action !== 'escalate';

export type ReasonProblem = 'REASON_CODE_REQUIRED' | 'REASON_TEXT_REQUIRED';

/** What the action does wherever the review stands; `toStatus` null means the review keeps its status (escalate). */
export function plannedOutcome(action: ModerationAction): { toStatus: string | null; closesItem: boolean; escalates: boolean } {
  if (action === 'escalate') return { toStatus: null, closesItem: false, escalates: true };
  return { toStatus: TARGET[action], closesItem: true, escalates: false };
}

/** The reason checks alone: they depend on the request only, so they can run before touching the database. */
export function reasonProblem(action: ModerationAction, reasonCode: ReasonCode | undefined, reasonText: string | undefined): ReasonProblem | null {
  if (needsReasonCode(action) && !reasonCode) return 'REASON_CODE_REQUIRED';
  if (reasonCode === 'other' && !reasonText?.trim()) return 'REASON_TEXT_REQUIRED';
  return null;
}

export function checkDecision(action: ModerationAction, fromStatus: string, reasonCode: ReasonCode | undefined, reasonText: string | undefined): DecisionCheck {
  if (!(ACTIONABLE_STATUSES as readonly string[]).includes(fromStatus)) return { ok: false, problem: 'INVALID_TRANSITION' };
  const problem = reasonProblem(action, reasonCode, reasonText);
  if (problem) return { ok: false, problem };
  const planned = plannedOutcome(action);
  return { ok: true, outcome: { ...planned, toStatus: planned.toStatus ?? fromStatus } };
}

/** Whether open reports on the review were right: a restriction upholds them, an approval rejects them. */
export function reportResolution(action: ModerationAction): 'upheld' | 'rejected' | null {
  if (action === 'fold' || action === 'hide' || action === 'remove' || action === 'request_edit') return 'upheld';
  if (action === 'approve') return 'rejected';
  return null;
}

/** Statuses an author can want to get out of; approvals and publications are not appealable. */
export function isAppealable(toStatus: string): boolean {
  return toStatus !== 'published';
}

/**
 * Where an overturned decision leaves the review. Public statuses come back as they were; a hold or an
 * unscored state becomes published, because the appeal moderator has just reviewed the item itself and
 * sending it back to the hold queue would only ask a third person to repeat that work.
 */
export function overturnTarget(fromStatus: string | null): string {
  return fromStatus === 'published' || fromStatus === 'folded' ? fromStatus : 'published';
}
