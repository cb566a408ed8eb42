// Single and bulk decisions, and the statement of reasons shown after each.
import { api } from './api.js';
import { announce, byId, data, fill, h } from './dom.js';
import { showStale } from './detail-view.js';
import { code, fmtNum, t } from './i18n.js';
import { renewalSettled } from './lease.js';
import { needsReason, state } from './state.js';

function readForm() {
  const value = (id) => byId(id)?.value.trim() || undefined;
  return { reasonCode: value('reason'), reasonText: value('reason-text'), note: value('note') };
}

/** Client-side check of what the API would refuse anyway, to point at the field to fix. */
function missing(action, form, reasonFieldId) {
  if (!needsReason(action)) return null;
  if (!form.reasonCode) return { message: t('decide.needsReason', { action: t(`action.${action}`) }), field: reasonFieldId };
  if (form.reasonCode === 'other' && !form.reasonText) return { message: t('decide.otherNeedsText'), field: 'reason-text' };
  return null;
}

async function statementText(decisionId) {
  try {
    return (await api.statement(decisionId)).text;
  } catch {
    return null; // the decision stands; the statement can be read later from the review
  }
}

/** A decided review, readable: its product and the start of its text (never an id), then what happened to it. */
export function reviewLine(review, outcome) {
  const excerpt = (review?.title || review?.excerpt || review?.body || '').slice(0, 60);
  return [review?.productName ? data(review.productName, 'strong') : null, excerpt ? data(excerpt, 'q') : null, outcome];
}

/** The visible statement of reasons: what happened to which review, and the text the author receives. */
export async function showLastDecision(title, results, boxId = 'last-decision') {
  const box = byId(boxId);
  const first = results.find((r) => r.decisionId);
  const text = first ? await statementText(first.decisionId) : null;
  fill(box,
    h('h2', { id: `${boxId}-title` }, title),
    h('ul', { class: 'results' }, results.map((r) => h('li', { class: r.ok === false ? 'failed' : 'ok' }, r.nodes))),
    // The statement is the text the author received, in the language it was sent in: data, not interface text.
    text ? h('div', { class: 'statement' }, h('h3', {}, t('decide.statementTitle')), data(text, 'p', { id: 'statement-text' })) : null);
  box.hidden = false;
}

const transition = (result) => h('span', {}, t('decide.transition', { from: code('status', result.fromStatus), to: code('status', result.toStatus) }));

function explainFailure(action, error, onReload) {
  if (error.code === 'STALE_VERSION' || error.code === 'NOT_CLAIMANT') {
    // Most often the lease ran out or a renewal moved the version while the item sat open; reloading claims it again.
    announce(t(error.code === 'STALE_VERSION' ? 'decide.stale' : 'decide.lapsed'), 'error');
    showStale(error.message, onReload);
  } else {
    announce(t('decide.failed', { action: t(`action.${action}`), message: error.message }), 'error');
  }
}

/** Decides the open item. Returns true when the item left the queue (the caller opens the next one). */
export async function decideCurrent(action, { onReload }) {
  if (!state.detail || state.busy) return false;
  if (state.readOnly) {
    announce(t('decide.readOnly', { why: state.readOnly }), 'error');
    return false;
  }
  const form = readForm();
  const problem = missing(action, form, 'reason');
  if (problem) {
    announce(problem.message, 'error');
    byId(problem.field)?.focus();
    return false;
  }
  const item = state.detail.item;
  state.busy = true;
  try {
    await renewalSettled(); // a renewal moves the version this decision must quote
    const body = { action, version: state.claim?.version ?? item.version, reasonText: form.reasonText, note: form.note };
    if (needsReason(action)) body.reasonCode = form.reasonCode;
    const result = await api.decide(item.id, body);
    announce(t('decide.done', { action: t(`past.${action}`), to: code('status', result.toStatus) }));
    const title = body.reasonCode ? t('decide.titleWithReason', { action: t(`past.${action}`), reason: code('reason', body.reasonCode) }) : t(`past.${action}`);
    await showLastDecision(title, [{ decisionId: result.decisionId, nodes: reviewLine({ ...item.review, ...state.detail.review }, transition(result)) }]);
    return true;
  } catch (error) {
    explainFailure(action, error, onReload);
    return false;
  } finally {
    state.busy = false;
  }
}

/** Claims (or renews) every selected item, since claiming moves the version; the open item's claim is reused. */
async function claimSelection() {
  const picked = [];
  const failed = [];
  for (const item of state.selected.values()) {
    try {
      const claimed = state.claim?.id === item.id ? state.claim : await api.claim(item.id);
      state.me = claimed.claimedBy ?? state.me;
      picked.push({ itemId: item.id, version: claimed.version });
    } catch (error) {
      failed.push({ itemId: item.id, ok: false, error: { code: error.code, message: error.message } });
    }
  }
  return { picked, failed };
}

/** One line per selected item: which review (product + excerpt) and its own outcome. */
function bulkLines(all) {
  return all.map((r) => {
    const review = state.selected.get(r.itemId)?.review;
    return r.ok
      ? { ok: true, decisionId: r.result.decisionId, nodes: reviewLine(review, transition(r.result)) }
      : { ok: false, nodes: reviewLine(review, h('span', { class: 'bad' }, t('bulk.itemFailed', { code: r.error.code, message: r.error.message }))) };
  });
}

/** Returns the ids that were decided. */
export async function decideSelection(action) {
  if (state.selected.size === 0 || state.busy) return [];
  const form = { reasonCode: byId('bulk-reason')?.value || undefined };
  const problem = missing(action, form, 'bulk-reason');
  if (problem) {
    announce(problem.message, 'error');
    byId(problem.field)?.focus();
    return [];
  }
  state.busy = true;
  try {
    await renewalSettled();
    const { picked, failed } = await claimSelection();
    const res = picked.length ? await api.bulkDecide({ action, reasonCode: needsReason(action) ? form.reasonCode : undefined, items: picked }) : { results: [] };
    const all = [...res.results, ...failed];
    const ok = all.filter((r) => r.ok);
    const counts = { action: t(`past.${action}`), ok: fmtNum(ok.length), total: fmtNum(all.length) };
    announce(t(ok.length < all.length ? 'bulk.someFailed' : 'bulk.done', counts), ok.length < all.length ? 'error' : 'info');
    await showLastDecision(t('bulk.title', counts), bulkLines(all));
    return ok.map((r) => r.itemId);
  } catch (error) {
    announce(t('bulk.failed', { action: t(`action.${action}`), message: error.message }), 'error');
    return [];
  } finally {
    state.busy = false;
  }
}
