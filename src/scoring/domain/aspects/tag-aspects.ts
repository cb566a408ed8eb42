/** Aspect tags (quality, logistics, …) from the zh + en lexicons in moderation-rules/. */
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

export function tagAspects(normalized: string, lexicons: Record<string, string[]>): string[] {
  const { aspects, matcher, aspectOf } = aspectMatcher(lexicons);
  const found = aspects.map(() => false);
  matcher.scan(normalized, (phrase) => {
    found[aspectOf[phrase]] = true;
  });
  return aspects.filter((_, i) => found[i]);
}
