import type { AuthoredContent } from './content-hash.js';

export type ContentDiff = Partial<Record<keyof AuthoredContent, { old: unknown; new: unknown }>>;

/** The authored fields an edit changed, old and new side by side (for the moderator who decided the old text). */
export function contentDiff(before: AuthoredContent, after: AuthoredContent): ContentDiff {
  const diff: ContentDiff = {};
  for (const field of ['rating', 'title', 'body', 'mediaUrls'] as const) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) diff[field] = { old: before[field], new: after[field] };
  }
  return diff;
}
