/** Aspect tags (quality, logistics, …) from the zh + en lexicons in moderation-rules/. */
import { containsAnyPhrase } from '../signals/phrase-match.js';

export function tagAspects(normalized: string, lexicons: Record<string, string[]>): string[] {
  return Object.entries(lexicons)
    .filter(([, phrases]) => containsAnyPhrase(normalized, phrases))
    .map(([aspect]) => aspect);
}
