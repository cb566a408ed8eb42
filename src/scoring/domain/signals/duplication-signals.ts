/** Duplication family: exact copies, near copies, same-author copies across products. */
import { param, round, type RawSignal, type SignalInput } from './signal.types.js';

/**
 * Count of earlier items with the same normalised body. Short stock phrases
 * ("好评", "good") are excluded below `minUnits`: honest buyers repeat them.
 */
export function exactDuplicateSignal(input: SignalInput): RawSignal {
  const minUnits = param(input, 'exact_duplicate', 'minUnits', 8);
  const matches = input.context.exactDuplicates.filter((m) => !m.sameAuthor);
  if (input.text.units.length < minUnits) return tooShortToCompare('exact_duplicate', input.text.units.length, minUnits);
  if (matches.length === 0) return { id: 'exact_duplicate', value: 0, reason: 'no identical text from other authors' };
  const products = matches.filter((m) => !m.sameProduct).length;
  return {
    id: 'exact_duplicate',
    value: matches.length,
    reason: `identical text already posted ${matches.length}× by other authors (${products} on other products)`,
  };
}

/** Short texts are not compared at all; saying "no copies" would claim a check that did not run. */
function tooShortToCompare(id: 'exact_duplicate' | 'near_duplicate', units: number, minUnits: number): RawSignal {
  return { id, value: 0, reason: `text too short to compare (${units} of ${minUnits} units needed); short stock phrases repeat honestly` };
}

/** Highest verified MinHash similarity to another author's item; copy rings edit a few characters. */
export function nearDuplicateSignal(input: SignalInput): RawSignal {
  const minUnits = param(input, 'near_duplicate', 'minUnits', 12);
  const others = input.context.nearDuplicates.filter((m) => !m.sameAuthor);
  if (input.text.units.length < minUnits) return tooShortToCompare('near_duplicate', input.text.units.length, minUnits);
  if (others.length === 0) return { id: 'near_duplicate', value: 0, reason: 'no near-identical text from other authors' };
  const best = Math.max(...others.map((m) => m.similarity));
  return {
    id: 'near_duplicate',
    value: round(best, 3),
    reason: `${others.length} near-identical item(s) by other authors, best similarity ${round(best * 100, 0)}%`,
  };
}

/** The same author reusing one text on different products (templated seeding). */
export function sameAuthorCopySignal(input: SignalInput): RawSignal {
  const minUnits = param(input, 'same_author_copy', 'minUnits', 8);
  const hash = input.text.bodyHash;
  const history = input.context.reviewer.previousBodyHashes;
  // Counted, not filtered: a reviewer's history can be long and this runs for every item.
  let exact = 0;
  for (const h of history) if (h.hash === hash && h.productId !== input.item.productId) exact++;
  let near = 0;
  for (const m of input.context.nearDuplicates) if (m.sameAuthor && !m.sameProduct) near++;
  const copies = input.text.units.length < minUnits ? 0 : Math.max(exact, near);
  return {
    id: 'same_author_copy',
    value: copies,
    reason: copies > 0 ? `author posted this text on ${copies} other product(s)` : 'author has not reused this text',
  };
}
