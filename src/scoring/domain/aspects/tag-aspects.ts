/** Aspect tags (quality, logistics, …) from the zh + en lexicons in moderation-rules/. */
import { containsPhrase } from '../signals/phrase-match.js';

export function tagAspects(normalized: string, lexicons: Record<string, string[]>): string[] {
  return Object.entries(lexicons)
    .filter(([, phrases]) => phrases.some((phrase) => containsPhrase(normalized, phrase)))
    .map(([aspect]) => aspect);
}
