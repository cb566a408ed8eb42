// Console bootstrap: sign-in, views, queue loading and opening (= claiming) items.
import { loadAccuracy } from './accuracy-view.js';
import { api } from './api.js';
import { loadAppeals } from './appeals-view.js';
import { renderClaimLine, renderDetail, showStale } from './detail-view.js';
import { decideCurrent, decideSelection } from './decisions.js';
import { announce, byId, fill, fmtAge, label } from './dom.js';
import { installShortcuts } from './keyboard.js';
import { keepClaim, stopRenewal } from './lease.js';
import { renderFilters, renderQueue } from './queue-view.js';
import { clearSession, currentItem, setKey, state } from './state.js';

const handlers = {
  onOpen: (i) => openAt(i, true), onToggle: toggle, onBulk: bulk, onDecide: decide,
  onClearSelection: () => { state.selected.clear(); renderQueue(handlers); },
};
let openToken = 0;

/** The open item's lease is renewed while it stays open; if that fails, the moderator is told and offered a reload. */
const leaseHandlers = {
  onRenewed: () => renderClaimLine(),
  onLost: (error) => {
    announce(`Your claim on this item could not be renewed: ${error.message}`, 'error');
    showStale(error.message, () => openAt(state.index, true));
  },
};

function renderStats(s) {
  fill(byId('stats'), `Open ${s.queue.open} · claimed ${s.queue.claimed} · escalated ${s.queue.escalated} · appeals ${s.queue.appealsOpen}`,
    s.ageSeconds.oldest !== null ? ` · oldest ${fmtAge(s.ageSeconds.oldest)}` : '');
}

const refreshStats = () => api.stats().then(renderStats, () => undefined);

function setView(view) {
  state.view = view;
  for (const b of document.querySelectorAll('#nav button')) b.setAttribute('aria-current', b.dataset.view === view ? 'page' : 'false');
  byId('queue-view').hidden = view !== 'queue';
  byId('appeals-view').hidden = view !== 'appeals';
  byId('accuracy-view').hidden = view !== 'accuracy';
  if (view === 'accuracy') void loadAccuracy().then(() => byId('accuracy-title').focus());
  if (view === 'appeals') void loadAppeals().then(() => byId('appeals-title').focus());
}

function showSignedIn(on) {
  byId('signin').hidden = on;
  for (const id of ['nav', 'stats', 'help-btn', 'signout']) byId(id).hidden = !on;
  byId('queue-view').hidden = !on || state.view !== 'queue';
  byId('appeals-view').hidden = !on || state.view !== 'appeals';
  byId('accuracy-view').hidden = !on || state.view !== 'accuracy';
}

async function signIn(key) {
  try {
    renderStats(await api.stats(key));
  } catch (error) {
    const why = error.status === 401 ? 'That key was not recognised.' : error.status === 403 ? 'This key cannot moderate: a moderator or admin key is needed.' : error.message;
    announce(`Sign-in failed. ${why}`, 'error');
    showSignedIn(false);
    byId('api-key').focus();
    return;
  }
  setKey(key);
  showSignedIn(true);
  const [merchants, channels] = await Promise.all([api.merchants().catch(() => []), api.channels().catch(() => [])]);
  state.merchants = new Map(merchants.map((m) => [m.id, m]));
  state.channels = new Map(channels.map((c) => [c.id, c]));
  renderFilters(applyFilters);
  await loadQueue();
  byId('main').focus();
}

function signOut(message = 'Signed out.') {
  stopRenewal();
  if (state.claim && state.key) void api.release(state.claim.id).catch(() => undefined);
  clearSession();
  fill(byId('detail'));
  for (const id of ['last-decision', 'appeal-last-decision']) byId(id).hidden = true;
  setView('queue');
  showSignedIn(false);
  announce(message, message === 'Signed out.' ? 'info' : 'error');
  byId('api-key').value = '';
  byId('api-key').focus();
}

async function loadQueue(append = false) {
  try {
    const page = await api.queue({ ...state.filters, limit: 50, cursor: append ? state.nextCursor : undefined });
    state.items = append ? [...state.items, ...page.items] : page.items;
    state.nextCursor = page.nextCursor;
    state.index = state.detail ? state.items.findIndex((i) => i.id === state.detail.item.id) : -1;
    renderQueue(handlers);
    renderDetail(handlers);
    announce(`${state.items.length} item(s) in the queue${state.nextCursor ? ' (more available)' : ''}.`);
  } catch (error) {
    announce(`Could not load the queue: ${error.message}`, 'error');
  }
}

function applyFilters(filters) {
  state.filters = filters;
  state.selected.clear();
  void loadQueue();
}

/** Claims the item for this moderator; if that is refused the item is still shown, read-only, with why. */
async function claimOrExplain(id) {
  try {
    const claim = await api.claim(id);
    state.me = claim.claimedBy;
    return { claim, readOnly: null };
  } catch (error) {
    const until = error.details?.leaseUntil ? ` until ${new Date(error.details.leaseUntil).toLocaleTimeString()}` : '';
    const why = {
      ALREADY_CLAIMED: `Another moderator holds this item${until}. Read-only.`,
      SENIOR_REQUIRED: 'Escalated: only a senior moderator can decide this item. Read-only.',
      ITEM_CLOSED: 'This item has already been decided.',
    }[error.code] ?? `Could not claim this item: ${error.message}`;
    return { claim: null, readOnly: why };
  }
}

/** Moving on without deciding hands the item back to the queue at once instead of at lease expiry. */
function releaseLocally(id) {
  void api.release(id).catch(() => undefined);
  const i = state.items.findIndex((x) => x.id === id);
  if (i >= 0) state.items[i] = { ...state.items[i], state: 'open', claimedBy: null, leaseUntil: null };
}

async function openAt(index, focusDetail = false) {
  const item = state.items[index];
  if (!item) return;
  const token = ++openToken;
  const previous = state.claim;
  stopRenewal();
  if (previous && previous.id !== item.id) releaseLocally(previous.id);
  Object.assign(state, { index, detail: null, claim: null, readOnly: null });
  renderQueue(handlers);
  const { claim, readOnly } = await claimOrExplain(item.id);
  const detail = await api.item(item.id).catch((error) => { announce(`Could not load the item: ${error.message}`, 'error'); return null; });
  if (token !== openToken) {
    if (claim) void api.release(claim.id).catch(() => undefined); // the moderator has already moved on
    return;
  }
  Object.assign(state, { detail, claim, readOnly });
  if (claim) keepClaim(leaseHandlers);
  if (detail) state.items[index] = detail.item;
  renderQueue(handlers);
  renderDetail(handlers);
  const top = byId('reason')?.value;
  announce(`Item ${index + 1} of ${state.items.length} opened${claim ? ' and claimed' : ''}. ${top ? `Reason preset: ${label(top)}.` : ''}`);
  // Re-rendering removed the focused element: put focus somewhere meaningful rather than on <body>.
  if (focusDetail || document.activeElement === document.body) byId('detail-title')?.focus();
}

function removeItems(ids) {
  const gone = new Set(ids);
  const before = state.index;
  state.items = state.items.filter((i) => !gone.has(i.id));
  for (const id of ids) state.selected.delete(id);
  if (state.detail && gone.has(state.detail.item.id)) {
    stopRenewal();
    Object.assign(state, { detail: null, claim: null });
  }
  state.index = state.detail ? state.items.findIndex((i) => i.id === state.detail.item.id) : Math.min(before, state.items.length - 1);
}

async function decide(action) {
  const id = state.detail?.item.id;
  const done = await decideCurrent(action, { onReload: () => openAt(state.index, true) });
  if (!done) return;
  removeItems([id]);
  void refreshStats();
  if (state.index >= 0) await openAt(state.index);
  else { renderQueue(handlers); renderDetail(handlers); }
  byId('last-decision').scrollIntoView({ block: 'nearest' });
}

async function bulk(action) {
  const ids = await decideSelection(action);
  if (ids.length === 0) return;
  const wasOpen = state.detail?.item.id;
  removeItems(ids);
  void refreshStats();
  renderQueue(handlers);
  renderDetail(handlers);
  if (wasOpen && !state.detail && state.index >= 0) await openAt(state.index);
}

function toggle(id) {
  const item = state.items.find((i) => i.id === id);
  if (!item) return;
  if (state.selected.has(id)) state.selected.delete(id);
  else state.selected.set(id, item);
  renderQueue(handlers);
  announce(`${state.selected.size} item(s) selected.`);
}

function wire() {
  byId('signin-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    void signIn(byId('api-key').value.trim());
  });
  byId('signout').addEventListener('click', () => signOut());
  window.addEventListener('console:unauthenticated', () => { if (state.key) signOut('Your key is no longer accepted; sign in again.'); });
  byId('help-btn').addEventListener('click', () => byId('help').showModal());
  byId('more').addEventListener('click', () => void loadQueue(true));
  for (const b of document.querySelectorAll('#nav button')) b.addEventListener('click', () => setView(b.dataset.view));
  installShortcuts({
    decide, bulk, help: () => byId('help').showModal(),
    move: (delta) => {
      const next = state.index < 0 ? 0 : Math.max(0, Math.min(state.items.length - 1, state.index + delta));
      return next === state.index && state.detail ? announce(delta > 0 ? 'Last item.' : 'First item.') : openAt(next);
    },
    toggleSelect: () => { const item = currentItem(); if (item) toggle(item.id); },
    focusFilters: () => byId('filters').querySelector('select, input')?.focus(),
    reasonChosen: (code) => announce(`Reason: ${label(code)}.`),
  });
}

wire();
if (state.key) void signIn(state.key);
else showSignedIn(false);
