/**
 * A restriction a human decided stands until a human lifts it (issue 16: an author's edit re-scored a removed
 * review and the engine published it). These human actions lock the review against automated publication.
 */
const LOCKING_ACTIONS: ReadonlySet<string> = new Set(['fold', 'hide', 'remove', 'request_edit', 'appeal_uphold']);

/** Statuses only a human decision reaches; an edit keeps them and goes to a moderator instead of scoring. */
export const HUMAN_RESTRICTED_STATUSES: readonly string[] = ['folded', 'hidden', 'removed'];

/** Reason on the queue item (not a DSA reason code against the author: the item waits for a human). */
export const EDITED_AFTER_DECISION = 'edited_after_decision';

/** Whether the newest human decision (escalations aside) still restricts the review. */
export const isHumanLock = (lastHumanAction: string | null | undefined): boolean => lastHumanAction != null && LOCKING_ACTIONS.has(lastHumanAction);
