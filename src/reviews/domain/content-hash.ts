export interface AuthoredContent {
  rating: number | null;
  title: string | null;
  body: string;
  mediaUrls: string[];
}

/**
 * Canonical form of what the author controls. A replay with the same canonical
 * form is a duplicate; anything else under the same (channel, externalId) is an edit.
 * The caller hashes it (node:crypto stays out of domain code).
 */
export function canonicalContent(content: AuthoredContent): string {
  return JSON.stringify([content.rating, content.title ?? null, content.body.normalize('NFC'), content.mediaUrls]);
}
