/** DSA art. 20: complaints may be lodged for at least six months after the decision. */
export const APPEAL_MONTHS = 6;

/** Calendar months (Jan 31 + 1 month clamps to the last day of February), in UTC. */
export function appealDeadline(decidedAt: Date): Date {
  const d = new Date(decidedAt.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + APPEAL_MONTHS);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return d;
}

export function appealWindowOpen(decidedAt: Date, now: Date): boolean {
  return now.getTime() <= appealDeadline(decidedAt).getTime();
}

export const APPEAL_REDRESS =
  'You may appeal this decision within 6 months through the site where you posted the review; a different moderator will review it.';
export const FINAL_REDRESS =
  'This is the outcome of your appeal. You may still use an out-of-court dispute settlement body or the courts.';
