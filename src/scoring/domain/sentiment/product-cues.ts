/**
 * Short product praise often states a fact and holds no opinion word: "Pitched in ten minutes, dry all
 * night." The n-gram model then reads it by its nouns, and the largest English domain (movie snippets)
 * taught it that "minutes" is a complaint about length. Two fact patterns that are praise in product
 * reviews are rewritten to a plain opinion word before features are extracted (at training and at
 * scoring time alike), like the negated complaints. Hand-written from general usage, not fitted to data.
 *
 * - quick setup: a setup verb, then "in / under / within" a few seconds or minutes ("assembled in ten
 *   minutes", "pairs within seconds") → "easy";
 * - kept dry: "stayed / kept (us) dry", or "dry all night / through …" → "satisfied"; not after a body
 *   or food word ("my skin felt dry all day" is a complaint). The weather it was dry through ("through a
 *   storm", "in heavy rain") is the hardship the product beat, not a complaint, so it is dropped.
 */
const SETUP_VERBS: ReadonlySet<string> = new Set([
  'set', 'sets', 'setup', 'pitch', 'pitched', 'pitches', 'assemble', 'assembled', 'assembles', 'install', 'installed', 'installs',
  'mounted', 'built', 'connected', 'connects', 'paired', 'pairs', 'charges', 'charged', 'boots', 'booted',
]);
const WITHIN: ReadonlySet<string> = new Set(['in', 'under', 'within']);
const QUICK_UNITS: ReadonlySet<string> = new Set(['seconds', 'second', 'secs', 'minutes', 'minute', 'mins', 'min']);
const QUANTITY: ReadonlySet<string> = new Set([
  'a', 'an', 'few', 'couple', 'of', 'less', 'than', 'about', 'just', 'only', 'one', 'two', 'three', 'five', 'ten', 'fifteen', 'twenty', 'thirty',
]);
/** Tokens allowed between the verb and "in": "set it up in", "put the tent together in". */
const SETUP_FILLER: ReadonlySet<string> = new Set(['it', 'up', 'together', 'the', 'tent', 'them', 'everything', 'all']);

const KEEP_VERBS: ReadonlySet<string> = new Set(['stayed', 'stays', 'stay', 'kept', 'keeps', 'keep', 'remained', 'remains']);
const DRY_AFTER: ReadonlySet<string> = new Set(['through', 'inside']);
const HARDSHIP_START: ReadonlySet<string> = new Set(['through', 'in']);
const CLAUSE_END: ReadonlySet<string> = new Set([',', '.', '!', '?', ';', ':']);
const MAX_HARDSHIP_TOKENS = 4;
const BODY: ReadonlySet<string> = new Set(['skin', 'hair', 'lips', 'mouth', 'eyes', 'scalp', 'face', 'hands', 'throat', 'cake', 'meat', 'chicken', 'bread']);

const TRIGGERS: ReadonlySet<string> = new Set([...SETUP_VERBS, 'dry']);

export function rewriteEnglishProductCues(tokens: readonly string[]): readonly string[] {
  if (!tokens.some((t) => TRIGGERS.has(t))) return tokens;
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const quickEnd = SETUP_VERBS.has(tokens[i]) ? quickSetupEnd(tokens, i) : -1;
    if (quickEnd >= 0) {
      out.push('easy');
      i = quickEnd;
    } else if (tokens[i] === 'dry' && keptDry(tokens, i)) {
      out.push('satisfied');
      i = hardshipEnd(tokens, i);
    } else out.push(tokens[i]);
  }
  return out;
}

/** Index of the time unit that ends "<verb> [filler] in <quantity> <unit>", or −1. */
function quickSetupEnd(tokens: readonly string[], i: number): number {
  let j = i + 1;
  while (j < tokens.length && j <= i + 3 && SETUP_FILLER.has(tokens[j])) j++;
  if (!WITHIN.has(tokens[j] ?? '')) return -1;
  for (let k = j + 1; k < tokens.length && k <= j + 4; k++) {
    if (QUICK_UNITS.has(tokens[k])) return k;
    if (!QUANTITY.has(tokens[k]) && !/^\d+$/.test(tokens[k])) return -1;
  }
  return -1;
}

function keptDry(tokens: readonly string[], i: number): boolean {
  for (let k = Math.max(0, i - 3); k < i; k++) if (BODY.has(tokens[k])) return false;
  if (KEEP_VERBS.has(tokens[i - 1] ?? '') || KEEP_VERBS.has(tokens[i - 2] ?? '')) return true;
  const next = tokens[i + 1] ?? '';
  return DRY_AFTER.has(next) || (next === 'all' && tokens[i + 2] === 'night');
}

/** Last index of "through / in" + up to a few words after a kept-dry cue (to the clause end), else i. */
function hardshipEnd(tokens: readonly string[], i: number): number {
  if (!HARDSHIP_START.has(tokens[i + 1] ?? '')) return i;
  let k = i + 1;
  while (k + 1 < tokens.length && k - i < MAX_HARDSHIP_TOKENS && !CLAUSE_END.has(tokens[k + 1])) k++;
  return k;
}
