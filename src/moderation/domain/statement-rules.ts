import { isAppealable } from './decision-policy.js';

export { appealDeadline } from './appeal-window.js';

/** Not final (escalation, re-check after an edit) or final within the platform (appeal outcomes). */
const NOT_APPEALABLE_ACTIONS = new Set(['escalate', 'resubmit_after_edit', 'appeal_uphold', 'appeal_overturn']);

/** Decisions an author can appeal: restrictive outcomes that are not themselves appeal outcomes. */
export function isAppealableDecision(action: string, toStatus: string): boolean {
  return !NOT_APPEALABLE_ACTIONS.has(action) && isAppealable(toStatus);
}
