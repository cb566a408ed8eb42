/** The aspect lexicons (quality, logistics, …) of moderation-rules/ as one matcher, for analyzeAspects. */
import { PhraseMatcher } from '../text/phrase-matcher.js';

import { CUE_WORDS } from './aspect-polarity-cues.js';
import { OPINION_WORDS } from './clause-polarity.js';

export interface AspectMatcher {
  aspects: string[];
  /** All aspects' phrases in one matcher, and the aspect each phrase belongs to. */
  matcher: PhraseMatcher;
  aspectOf: number[];
  /** Per phrase: it is also an opinion or cue word ("结实", "cheap"). */
  isOpinion: boolean[];
}

// One matcher per rule set's aspect lexicons, built on first use: one pass over the text for all aspects.
const matchers = new WeakMap<Record<string, string[]>, AspectMatcher>();

export function aspectMatcher(lexicons: Record<string, string[]>): AspectMatcher {
  let built = matchers.get(lexicons);
  if (!built) {
    const entries = Object.entries(lexicons);
    const phrases = entries.flatMap(([, terms]) => terms);
    built = {
      aspects: entries.map(([aspect]) => aspect),
      matcher: new PhraseMatcher(phrases),
      aspectOf: entries.flatMap(([, terms], aspect) => terms.map(() => aspect)),
      isOpinion: phrases.map((term) => OPINION_WORDS.has(term) || CUE_WORDS.has(term)),
    };
    matchers.set(lexicons, built);
  }
  return built;
}
