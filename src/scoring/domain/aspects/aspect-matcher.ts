/** The aspect lexicons (quality, logistics, …) of moderation-rules/ as one matcher, for analyzeAspects. */
import { PhraseMatcher } from '../text/phrase-matcher.js';

export interface AspectMatcher {
  aspects: string[];
  /** All aspects' phrases in one matcher, and the aspect each phrase belongs to. */
  matcher: PhraseMatcher;
  aspectOf: number[];
}

// One matcher per rule set's aspect lexicons, built on first use: one pass over the text for all aspects.
const matchers = new WeakMap<Record<string, string[]>, AspectMatcher>();

export function aspectMatcher(lexicons: Record<string, string[]>): AspectMatcher {
  let built = matchers.get(lexicons);
  if (!built) {
    const entries = Object.entries(lexicons);
    built = {
      aspects: entries.map(([aspect]) => aspect),
      matcher: new PhraseMatcher(entries.flatMap(([, phrases]) => phrases)),
      aspectOf: entries.flatMap(([, phrases], aspect) => phrases.map(() => aspect)),
    };
    matchers.set(lexicons, built);
  }
  return built;
}
