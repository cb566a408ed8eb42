/**
 * Incentive / disclosure language ("好评返现", "in exchange for my honest
 * review") read in context: an author who complains about or reports a
 * merchant's 好评返现 offer, or denies being paid, is not incentivised.
 */
import { normalizeFolded, normalizeText } from '../duplication/normalize-text.js';
import type { IncentiveLexicon } from '../rules/rule-set.types.js';
import { phraseMatcher } from '../text/phrase-matcher.js';
import { containsAnyPhrase, phraseIndexes } from './phrase-match.js';
import type { RawSignal, SignalInput } from './signal.types.js';

export type IncentiveStatus = 'none' | 'incentivised' | 'complaint' | 'negated';

export interface IncentiveFinding {
  status: IncentiveStatus;
  term?: string;
  sentence?: string;
}

// Sentence ends; commas are kept inside so "要求好评返现，太恶心" stays one unit.
const SENTENCE_END = /[。！？!?；;\n]+|\.(?=\s|$)/u;
// Characters before a term searched for a denial ("不是为了好评返现", "did not receive … for free").
const NEGATION_WINDOW = 8;
const NEGATION_WINDOW_LATIN = 24;

/** `normalized`: `normalizeText(text)`, when the caller has it. */
export function detectIncentive(text: string, lexicon: IncentiveLexicon, normalized = normalizeText(text)): IncentiveFinding {
  // A sentence's normalised form is a substring of the whole text's (separators become a space or
  // vanish either way, folding never spans a sentence end), so a text whose normalised form holds
  // no term anywhere has none in any sentence: most texts stop here after one pass.
  if (!phraseMatcher(lexicon.terms).matchesAny(normalized, true)) return { status: 'none' };
  let weaker: IncentiveFinding = { status: 'none' };
  for (const raw of text.split(SENTENCE_END)) {
    const sentence = normalizeText(raw);
    for (const term of lexicon.terms) {
      const finding = classifyHit(sentence, term, lexicon);
      if (finding === null) continue;
      if (finding.status === 'incentivised') return finding;
      weaker = finding;
    }
  }
  return weaker;
}

function classifyHit(sentence: string, term: string, lexicon: IncentiveLexicon): IncentiveFinding | null {
  const hits = phraseIndexes(sentence, term);
  if (hits.length === 0) return null;
  if (containsAnyPhrase(sentence, lexicon.complaintCues)) {
    return { status: 'complaint', term, sentence };
  }
  const negatedEverywhere = hits.every((at) => {
    const window = /\p{Script=Han}/u.test(term) ? NEGATION_WINDOW : NEGATION_WINDOW_LATIN;
    const prefix = sentence.slice(Math.max(0, at - window), at);
    return containsAnyPhrase(prefix, lexicon.negationCues);
  });
  return { status: negatedEverywhere ? 'negated' : 'incentivised', term, sentence };
}

/** 1 when the text describes an incentive the channel did not label; 0 otherwise. */
export function incentiveUndisclosedSignal(input: SignalInput): RawSignal {
  const { folded, normalized } = input.text;
  const finding = detectIncentive(folded, input.rules.lexicons.incentive, normalizeFolded(folded, normalized));
  const id = 'incentive_undisclosed';
  switch (finding.status) {
    case 'incentivised':
      return input.item.incentivized
        ? { id, value: 0, reason: `incentive "${finding.term}" mentioned and labelled as incentivised` }
        : { id, value: 1, reason: `text mentions incentive "${finding.term}" but the item is not labelled incentivised` };
    case 'complaint':
      return { id, value: 0, reason: `author complains about / reports "${finding.term}" (not itself incentivised)` };
    case 'negated':
      return { id, value: 0, reason: `author denies an incentive ("${finding.term}" negated)` };
    default:
      return { id, value: 0, reason: 'no incentive language' };
  }
}
