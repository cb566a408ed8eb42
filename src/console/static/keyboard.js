// One-keystroke moderation. Shortcuts are off while typing in a field (Esc leaves it) or with a modifier.
// Each view has its own keys (queue, held replies, appeals); "g" then q/r/p/s switches views.
import { byId } from './dom.js';
import { ACTION_KEYS, BULK_ACTIONS, REASON_CODES, state } from './state.js';

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
const VIEW_KEYS = { q: 'queue', r: 'replies', p: 'appeals', s: 'accuracy' };
let pendingG = false;

function chooseReason(digit) {
  const select = byId('reason');
  const code = REASON_CODES[(Number(digit) + 9) % 10];
  if (!select || !code) return null;
  select.value = code;
  return code;
}

/**
 * `actions`: { decide(action), bulk(action), move(delta), toggleSelect(), help(), focusFilters(), reasonChosen(code), view(name),
 *   replies: { move(delta), decide(decision), reason(digit) }, appeals: { move(delta), claim(), decide(outcome) } }
 */
export function installShortcuts(actions) {
  document.addEventListener('keydown', (ev) => {
    if (ev.ctrlKey || ev.metaKey || ev.altKey || ev.repeat) return;
    const target = ev.target;
    if (TYPING.has(target.tagName) || target.isContentEditable) {
      if (ev.key === 'Escape') target.blur();
      return;
    }
    if (byId('help').open || !state.key) return;
    if (ev.key === '?') {
      ev.preventDefault();
      actions.help();
      return;
    }
    if (pendingG) {
      pendingG = false;
      if (VIEW_KEYS[ev.key]) {
        ev.preventDefault();
        actions.view(VIEW_KEYS[ev.key]);
      }
      return;
    }
    if (ev.key === 'g' && !ev.shiftKey) {
      pendingG = true;
      return;
    }
    const handled = { queue: queueKey, replies: replyKey, appeals: appealKey }[state.view]?.(ev, actions);
    if (handled) ev.preventDefault();
  });
}

function replyKey(ev, { replies }) {
  if (ev.shiftKey) return false;
  switch (ev.key) {
    case 'j': replies.move(1); return true;
    case 'k': replies.move(-1); return true;
    case 'a': void replies.decide('approve'); return true;
    case 'r': void replies.decide('reject'); return true;
    default:
      if (/^[1-6]$/.test(ev.key)) { replies.reason(ev.key); return true; }
      return false;
  }
}

function appealKey(ev, { appeals }) {
  if (ev.shiftKey) return false;
  switch (ev.key) {
    case 'j': appeals.move(1); return true;
    case 'k': appeals.move(-1); return true;
    case 'c': void appeals.claim(); return true;
    case 'u': void appeals.decide('uphold'); return true;
    case 'o': void appeals.decide('overturn'); return true;
    default: return false;
  }
}

function queueKey(ev, actions) {
  const key = ev.key;
  const lower = key.toLowerCase();
  if (ev.shiftKey && BULK_ACTIONS.includes(ACTION_KEYS[lower])) {
    void actions.bulk(ACTION_KEYS[lower]);
    return true;
  }
  if (ev.shiftKey) return false;
  if (ACTION_KEYS[key]) {
    void actions.decide(ACTION_KEYS[key]);
    return true;
  }
  if (/^[0-9]$/.test(key)) {
    const code = chooseReason(key);
    if (code) actions.reasonChosen(code);
    return Boolean(code);
  }
  switch (key) {
    case 'j': void actions.move(1); return true;
    case 'k': void actions.move(-1); return true;
    case 'x': actions.toggleSelect(); return true;
    case '/': actions.focusFilters(); return true;
    default: return false;
  }
}
