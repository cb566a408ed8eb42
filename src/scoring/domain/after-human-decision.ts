import { isHumanLock } from '../../moderation/domain/human-lock.js';
import type { Verdict } from './scoring.types.js';

/**
 * The engine's verdict for a review a human restricted (e.g. asked the author to edit it): a publish becomes a
 * hold for a moderator, because only a human lifts a human restriction. Hold and withhold stand as they are.
 */
export function verdictAfterHumanDecision(verdict: Verdict, lastHumanAction: string | null | undefined): { verdict: Verdict; heldForHuman: boolean } {
  const locked = isHumanLock(lastHumanAction);
  if (locked && verdict === 'publish') return { verdict: 'hold', heldForHuman: true };
  return { verdict, heldForHuman: locked && verdict === 'hold' };
}
