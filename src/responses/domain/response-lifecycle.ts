/**
 * Reply life cycle (pure): what a submitted text or a moderator decision does to
 * the reply row and which event it emits. The public text is always the last
 * text that passed screening or was approved, so a held edit never blanks a reply.
 */
export type ResponseState = 'published' | 'held' | 'rejected';
export type Visibility = 'public' | 'private';
export type ResponseEvent = 'response.published' | 'response.edited' | 'response.held' | 'response.rejected' | 'notice.author';

export interface ResponseSnapshot {
  visibility: Visibility;
  state: ResponseState;
  currentVersion: number;
  publishedVersion: number | null;
  publications: number;
}

export interface Transition {
  next: ResponseSnapshot;
  versionOutcome: 'passed' | 'held' | 'approved' | 'rejected';
  event: ResponseEvent;
  /** Whether the public text changed (storefront caches must drop the product). */
  publicTextChanged: boolean;
}

function publish(s: ResponseSnapshot, version: number, outcome: 'passed' | 'approved'): Transition {
  const next = { ...s, state: 'published' as const, publishedVersion: version, publications: s.publications + 1 };
  const event: ResponseEvent = s.visibility === 'private' ? 'notice.author' : s.publications === 0 ? 'response.published' : 'response.edited';
  return { next, versionOutcome: outcome, event, publicTextChanged: s.visibility === 'public' };
}

/** A new text (first reply: pass a snapshot with currentVersion 0). */
export function submitText(s: ResponseSnapshot, screeningPassed: boolean): Transition {
  const version = s.currentVersion + 1;
  const base = { ...s, currentVersion: version };
  if (screeningPassed) return publish(base, version, 'passed');
  return { next: { ...base, state: 'held' }, versionOutcome: 'held', event: 'response.held', publicTextChanged: false };
}

export function decide(s: ResponseSnapshot, decision: 'approve' | 'reject'): Transition {
  if (decision === 'approve') return publish(s, s.currentVersion, 'approved');
  return { next: { ...s, state: 'rejected' }, versionOutcome: 'rejected', event: 'response.rejected', publicTextChanged: false };
}

/** Private replies are messages: once one reached the author it cannot be rewritten. */
export function canEdit(s: ResponseSnapshot): boolean {
  return s.visibility === 'public' || s.publishedVersion === null;
}

export const NEW_RESPONSE = (visibility: Visibility): ResponseSnapshot => ({ visibility, state: 'held', currentVersion: 0, publishedVersion: null, publications: 0 });
