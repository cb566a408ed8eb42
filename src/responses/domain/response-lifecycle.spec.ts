import { canEdit, decide, NEW_RESPONSE, submitText } from './response-lifecycle.js';

describe('reply life cycle', () => {
  it.each([
    ['public, passes', 'public', true, 'published', 1, 'response.published'],
    ['public, fails screening', 'public', false, 'held', null, 'response.held'],
    ['private, passes', 'private', true, 'published', 1, 'notice.author'],
    ['private, fails screening', 'private', false, 'held', null, 'response.held'],
  ] as const)('first text: %s', (_name, visibility, passed, state, publishedVersion, event) => {
    const t = submitText(NEW_RESPONSE(visibility), passed);
    expect(t.next).toMatchObject({ state, publishedVersion, currentVersion: 1 });
    expect(t.event).toBe(event);
  });

  it('keeps the last public text while an edit is held, then publishes it as an edit on approval', () => {
    const first = submitText(NEW_RESPONSE('public'), true).next;
    const held = submitText(first, false);
    expect(held.next).toMatchObject({ state: 'held', currentVersion: 2, publishedVersion: 1 });
    const approved = decide(held.next, 'approve');
    expect(approved).toMatchObject({ event: 'response.edited', versionOutcome: 'approved', publicTextChanged: true });
    expect(approved.next).toMatchObject({ state: 'published', publishedVersion: 2, publications: 2 });
  });

  it('a rejected first text leaves nothing public', () => {
    const held = submitText(NEW_RESPONSE('public'), false).next;
    const t = decide(held, 'reject');
    expect(t.next).toMatchObject({ state: 'rejected', publishedVersion: null });
    expect(t.event).toBe('response.rejected');
  });

  it.each([
    ['public, published', submitText(NEW_RESPONSE('public'), true).next, true],
    ['private, delivered', submitText(NEW_RESPONSE('private'), true).next, false],
    ['private, held', submitText(NEW_RESPONSE('private'), false).next, true],
  ])('canEdit %s → %s', (_name, snapshot, expected) => {
    expect(canEdit(snapshot)).toBe(expected);
  });
});
