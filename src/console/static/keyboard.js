// One-keystroke moderation. Shortcuts are off while typing in a field (Esc leaves it) or with a modifier.
import { byId } from './dom.js';
import { ACTION_KEYS, BULK_ACTIONS, REASON_CODES, state } from './state.js';

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

function chooseReason(digit) {
  const select = byId('reason');
  const code = REASON_CODES[(Number(digit) + 9) % 10];
  if (!select || !code) return null;
  select.value = code;
  return code;
}

/** `actions`: { decide(action), bulk(action), move(delta), toggleSelect(), help(), focusFilters(), reasonChosen(code) } */
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
    if (state.view !== 'queue') return;
    const handled = dispatch(ev, actions);
    if (handled) ev.preventDefault();
  });
}

function dispatch(ev, actions) {
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
