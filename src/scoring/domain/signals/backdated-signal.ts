/**
 * Backdating: event-time scoring trusts `submittedAt`, so a live sender could date a campaign
 * weeks back to spread it thin and dodge the burst signals. This reports how long before it
 * reached Candor the item claims to have been written, or how long before the product was
 * listed, whichever is longer. Imports are history by definition and never count.
 */
import { round, type RawSignal, type SignalInput } from './signal.types.js';

const DAY_MS = 86_400_000;

export function backdatedSignal(input: SignalInput): RawSignal | null {
  const { item } = input;
  if (item.intakeMode === 'import') return null;
  const written = item.submittedAt.getTime();
  const lagDays = Math.max(0, (item.receivedAt.getTime() - written) / DAY_MS);
  const listedAt = input.context.product.activity.listedAt;
  const beforeListingDays = listedAt ? Math.max(0, (listedAt.getTime() - written) / DAY_MS) : 0;
  const value = round(Math.max(lagDays, beforeListingDays), 2);
  const reason = beforeListingDays > lagDays
    ? `written ${round(beforeListingDays, 1)} day(s) before the product was listed, outside an import`
    : `written ${round(lagDays, 1)} day(s) before it was received, outside an import`;
  return { id: 'backdated', value, reason };
}
