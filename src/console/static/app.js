// Console bootstrap: sign-in, views, queue loading and opening (= claiming) items.
import { loadAccuracy, renderAccuracy } from './accuracy-view.js';
import { api } from './api.js';
import { claimCurrent, decideCurrentAppeal, loadAppeals, moveAppeal, renderAppeals } from './appeals-view.js';
import { renderClaimLine, renderDetail, showStale } from './detail-view.js';
import { decideCurrent, decideSelection } from './decisions.js';
import { announce, byId, fill } from './dom.js';
import { applyStatic, code, fmtAge, fmtNum, fmtTime, locale, onLocaleChange, setLocale, t } from './i18n.js';
import { installShortcuts } from './keyboard.js';
import { keepClaim, stopRenewal } from './lease.js';
import { renderFilters, renderQueue } from './queue-view.js';
import { chooseReplyReason, decideReply, loadReplies, moveReply, renderReplies } from './replies-view.js';
import { clearSession, currentItem, loadSignalReasons, setKey, state } from './state.js';

const handlers = {
  onOpen: (i) => openAt(i, true), onToggle: toggle, onBulk: bulk, onDecide: decide,
  onClearSelection: () => { state.selected.clear(); renderQueue(handlers); },
};
let openToken = 0;
const VIEWS = ['queue', 'replies', 'appeals', 'accuracy'];

/** The open item's lease is renewed while it stays open; if that fails, the moderator is told and offered a reload. */
const leaseHandlers = {
  onRenewed: () => renderClaimLine(),
  onLost: (error) => {
    announce(t('claim.lost', { message: error.message }), 'error');
    showStale(error.message, () => openAt(state.index, true));
  },
};

let lastStats = null;

function renderStats(s = lastStats) {
  if (!s) return;
  lastStats = s;
  fill(byId('stats'), t('stats.line', { open: fmtNum(s.queue.open), claimed: fmtNum(s.queue.claimed), escalated: fmtNum(s.queue.escalated), appeals: fmtNum(s.queue.appealsOpen) }),
    s.ageSeconds.oldest !== null ? t('stats.oldest', { age: fmtAge(s.ageSeconds.oldest) }) : '');
}

const refreshStats = () => api.stats().then(renderStats, () => undefined);

function setView(view) {
  state.view = view;
  for (const b of document.querySelectorAll('#nav button')) b.setAttribute('aria-current', b.dataset.view === view ? 'page' : 'false');
  for (const v of VIEWS) byId(`${v}-view`).hidden = view !== v;
  if (view === 'accuracy') void loadAccuracy().then(() => byId('accuracy-title').focus());
  if (view === 'appeals') void loadAppeals().then(() => byId('appeals-title').focus());
  if (view === 'replies') void loadReplies().then(() => byId('replies-title').focus());
}

function showSignedIn(on) {
  byId('signin').hidden = on;
  for (const id of ['nav', 'stats', 'help-btn', 'signout']) byId(id).hidden = !on;
  for (const v of VIEWS) byId(`${v}-view`).hidden = !on || state.view !== v;
}

async function signIn(key) {
  try {
    renderStats(await api.stats(key));
  } catch (error) {
    const why = error.status === 401 ? t('signin.unknownKey') : error.status === 403 ? t('signin.cannotModerate') : t('signin.error', { message: error.message });
    announce(why, 'error');
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

function signOut(message = t('signin.signedOut'), kind = 'info') {
  stopRenewal();
  if (state.claim && state.key) void api.release(state.claim.id).catch(() => undefined);
  clearSession();
  fill(byId('detail'));
  for (const id of ['last-decision', 'appeal-last-decision']) byId(id).hidden = true;
  setView('queue');
  showSignedIn(false);
  announce(message, kind);
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
    announce(t(state.nextCursor ? 'queue.countMore' : 'queue.count', { n: fmtNum(state.items.length) }));
  } catch (error) {
    announce(t('queue.loadFailed', { message: error.message }), 'error');
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
    const why = {
      ALREADY_CLAIMED: error.details?.leaseUntil ? t('claim.heldUntil', { time: fmtTime(error.details.leaseUntil) }) : t('claim.held'),
      SENIOR_REQUIRED: t('claim.senior'),
      ITEM_CLOSED: t('claim.closed'),
    }[error.code] ?? t('claim.failed', { message: error.message });
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
  const [detail, review] = await Promise.all([
    api.item(item.id).catch((error) => { announce(t('detail.loadFailed', { message: error.message }), 'error'); return null; }),
    // The review's role-shaped `analysis` (sentiment, aspects with evidence) comes from GET /v1/reviews/:id.
    api.review(item.reviewId).catch(() => null),
  ]);
  if (detail && review?.analysis) detail.analysis = review.analysis;
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
  const opened = t(claim ? 'detail.openedClaimed' : 'detail.opened', { n: index + 1, total: state.items.length });
  announce(top ? t('detail.openedWithReason', { opened, reason: code('reason', top) }) : opened);
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
  announce(t('bulk.selectedCount', { n: fmtNum(state.selected.size) }));
}

function wire() {
  byId('signin-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    void signIn(byId('api-key').value.trim());
  });
  byId('signout').addEventListener('click', () => signOut());
  window.addEventListener('console:unauthenticated', () => { if (state.key) signOut(t('signin.revoked'), 'error'); });
  byId('lang').addEventListener('change', (ev) => setLocale(ev.target.value));
  byId('help-btn').addEventListener('click', () => byId('help').showModal());
  byId('more').addEventListener('click', () => void loadQueue(true));
  for (const b of document.querySelectorAll('#nav button')) b.addEventListener('click', () => setView(b.dataset.view));
  installShortcuts({
    decide, bulk, help: () => byId('help').showModal(), view: setView,
    move: (delta) => {
      const next = state.index < 0 ? 0 : Math.max(0, Math.min(state.items.length - 1, state.index + delta));
      return next === state.index && state.detail ? announce(t(delta > 0 ? 'queue.last' : 'queue.first')) : openAt(next);
    },
    replies: { move: moveReply, decide: decideReply, reason: chooseReplyReason },
    appeals: { move: moveAppeal, claim: claimCurrent, decide: decideCurrentAppeal },
    toggleSelect: () => { const item = currentItem(); if (item) toggle(item.id); },
    focusFilters: () => byId('filters').querySelector('select, input')?.focus(),
    reasonChosen: (reason) => announce(t('decide.reasonChosen', { reason: code('reason', reason) })),
  });
}

/** A language switch re-renders every view from the state it already has; nothing is fetched again. */
function rerender() {
  byId('lang').value = locale();
  byId('status').textContent = '';
  byId('alert').textContent = '';
  if (!state.key) return;
  renderStats();
  renderFilters(applyFilters);
  renderQueue(handlers);
  renderDetail(handlers);
  if (state.view === 'appeals') renderAppeals();
  if (state.view === 'replies') renderReplies();
  if (state.view === 'accuracy') renderAccuracy();
  for (const id of ['last-decision', 'appeal-last-decision', 'reply-last-decision']) byId(id).hidden = true;
}

applyStatic();
byId('lang').value = locale();
onLocaleChange(rerender);
wire();
await loadSignalReasons().catch(() => undefined);
if (state.key) void signIn(state.key);
else showSignedIn(false);
