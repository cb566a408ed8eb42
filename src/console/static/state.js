// Console state: one plain object; views read it, app.js and decisions.js change it.
const KEY_STORAGE = 'candor.console.key';

export const REASON_CODES = [
  'spam', 'fake_or_not_genuine', 'incentivised_undisclosed', 'conflict_of_interest', 'off_topic',
  'personal_data', 'abuse_harassment', 'illegal_content', 'duplicate', 'other',
];

/** One keystroke per decision; w asks the author to rewrite (request edit). */
export const ACTION_KEYS = { a: 'approve', f: 'fold', h: 'hide', r: 'remove', e: 'escalate', w: 'request_edit' };

/** Actions the bulk bar offers (Shift + their key); escalating and edit requests are decided one by one. */
export const BULK_ACTIONS = ['approve', 'fold', 'hide', 'remove'];

export const ACTION_LABELS = {
  approve: 'Approve', fold: 'Fold', hide: 'Hide', remove: 'Remove', escalate: 'Escalate', request_edit: 'Request edit',
};

/** Mirrors the API: approving or escalating is not a restriction, so it carries no reason against the author. */
export const needsReason = (action) => action !== 'approve' && action !== 'escalate';

export const state = {
  key: sessionStorage.getItem(KEY_STORAGE),
  view: 'queue',
  filters: {},
  items: [],
  nextCursor: null,
  index: -1,
  /** itemId → queue item, for bulk decisions. */
  selected: new Map(),
  /** The open item: detail view, the claim (its version is what a decision must quote), why it is read-only. */
  detail: null,
  claim: null,
  readOnly: null,
  busy: false,
  merchants: new Map(),
  channels: new Map(),
};

export function setKey(key) {
  state.key = key;
  sessionStorage.setItem(KEY_STORAGE, key);
}

export function clearSession() {
  sessionStorage.removeItem(KEY_STORAGE);
  Object.assign(state, { key: null, view: 'queue', filters: {}, items: [], nextCursor: null, index: -1, detail: null, claim: null, readOnly: null });
  state.selected.clear();
}

export const currentItem = () => state.items[state.index] ?? null;

/** The scoring's first reason code that is also a decision reason code ('other' needs text, so it comes last). */
export function topReason(reasonCodes) {
  const usable = (reasonCodes ?? []).filter((c) => REASON_CODES.includes(c));
  return usable.find((c) => c !== 'other') ?? usable[0] ?? '';
}
