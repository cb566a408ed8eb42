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

/** Decision actions in button order; their labels are the catalog's `action.<name>`. */
export const ACTIONS = ['approve', 'fold', 'hide', 'remove', 'escalate', 'request_edit'];

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

/** signal id → decision reason code (signal-reasons.json, loaded once at boot). */
let signalReasons = {};

export async function loadSignalReasons() {
  const res = await fetch('/console/assets/signal-reasons.json');
  if (res.ok) signalReasons = (await res.json()).signals ?? {};
}

const usable = (c) => REASON_CODES.includes(c) && c !== 'other';

/**
 * The reason to preset: the one mapped from the signal that contributed most (weight × normalised value), skipping
 * signals whose reason is "other" (it needs a written reason); else the first usable reason code (reported items
 * carry no signals); else "other" if that is all there is.
 */
export function topReason({ signals, leadingSignal, reasonCodes } = {}) {
  const ranked = signals
    ? [...signals].filter((s) => s.contribution > 0).sort((a, b) => b.contribution - a.contribution || a.id.localeCompare(b.id)).map((s) => s.id)
    : [leadingSignal].filter(Boolean);
  for (const id of ranked) if (usable(signalReasons[id])) return signalReasons[id];
  const codes = (reasonCodes ?? []).filter((c) => REASON_CODES.includes(c));
  return codes.find(usable) ?? codes[0] ?? '';
}
