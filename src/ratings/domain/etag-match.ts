/** One entity-tag in a list: optional weak prefix, then a quoted opaque tag (RFC 9110 §8.8.3). */
const ENTITY_TAG = /\s*(?:W\/)?("[^"]*")\s*(?:,|$)/gy;

/** The opaque-tags of an If-None-Match list, or undefined when the header is malformed. */
function opaqueTags(list: string): string[] | undefined {
  const tags: string[] = [];
  ENTITY_TAG.lastIndex = 0;
  while (ENTITY_TAG.lastIndex < list.length) {
    const m = ENTITY_TAG.exec(list);
    if (!m) return undefined;
    tags.push(m[1]);
  }
  return tags;
}

/**
 * If-None-Match evaluation (RFC 9110 §13.1.2): `*` matches any current representation;
 * otherwise weak comparison, so `W/"x"` matches `"x"` and the reverse. A malformed header
 * matches nothing (the full response is always a safe answer).
 */
export function ifNoneMatchHits(header: string, etag: string): boolean {
  const list = header.trim();
  if (list === '*') return true;
  const current = etag.startsWith('W/') ? etag.slice(2) : etag;
  return opaqueTags(list)?.includes(current) ?? false;
}
