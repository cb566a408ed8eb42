// Single and bulk decisions, and the statement of reasons shown after each.
import { api } from './api.js';
import { announce, byId, fill, h, label } from './dom.js';
import { showStale } from './detail-view.js';
import { renewalSettled } from './lease.js';
import { ACTION_LABELS, needsReason, state } from './state.js';

const PAST = { approve: 'Approved', fold: 'Folded', hide: 'Hidden', remove: 'Removed', escalate: 'Escalated', request_edit: 'Edit requested' };

function readForm() {
  const value = (id) => byId(id)?.value.trim() || undefined;
  return { reasonCode: value('reason'), reasonText: value('reason-text'), note: value('note') };
}

/** Client-side check of what the API would refuse anyway, to point at the field to fix. */
function missing(action, form, reasonFieldId) {
  if (!needsReason(action)) return null;
  if (!form.reasonCode) return { message: `${ACTION_LABELS[action]} needs a reason code.`, field: reasonFieldId };
  if (form.reasonCode === 'other' && !form.reasonText) return { message: 'Reason “other” needs a reason for the author.', field: 'reason-text' };
  return null;
}

async function statementText(decisionId) {
  try {
    return (await api.statement(decisionId)).text;
  } catch {
    return null; // the decision stands; the statement can be read later from the review
  }
}

/** The visible statement of reasons: what happened to which review, and the text the author receives. */
export async function showLastDecision(title, results, boxId = 'last-decision') {
  const box = byId(boxId);
  const first = results.find((r) => r.decisionId);
  const text = first ? await statementText(first.decisionId) : null;
  fill(box,
    h('h2', { id: `${boxId}-title` }, title),
    h('ul', {}, results.map((r) => h('li', {}, r.text))),
    text ? h('div', { class: 'statement' }, h('h3', {}, 'Statement of reasons sent to the author'), h('p', { id: 'statement-text' }, text)) : null);
  box.hidden = false;
}

/** Decides the open item. Returns true when the item left the queue (the caller opens the next one). */
export async function decideCurrent(action, { onReload }) {
  if (!state.detail || state.busy) return false;
  if (state.readOnly) {
    announce(`You cannot decide this item: ${state.readOnly}`, 'error');
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
    const reason = body.reasonCode ? ` (${label(body.reasonCode)})` : '';
    announce(`${PAST[action]}: review is now ${result.toStatus}.`);
    await showLastDecision(`${PAST[action]}${reason}`, [{ decisionId: result.decisionId, text: `“${state.detail.review.title ?? state.detail.review.body.slice(0, 60)}” ${result.fromStatus} → ${result.toStatus}` }]);
    return true;
  } catch (error) {
    if (error.code === 'STALE_VERSION') {
      announce('Stale version: the item changed; reload it before deciding.', 'error');
      showStale(error.message, onReload);
    } else if (error.code === 'NOT_CLAIMANT') {
      // Most often the lease ran out while the item sat open; reloading claims it again if it is still free.
      announce('Your claim on this item has lapsed; reload it before deciding.', 'error');
      showStale(error.message, onReload);
    } else {
      announce(`${ACTION_LABELS[action]} failed: ${error.message}`, 'error');
    }
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
    announce(`${PAST[action]} ${ok.length} of ${all.length} selected item(s).${ok.length < all.length ? ' Some failed; see the summary.' : ''}`, ok.length < all.length ? 'error' : 'info');
    await showLastDecision(`Bulk: ${PAST[action]} ${ok.length} of ${all.length}`, all.map((r) => r.ok
      ? { decisionId: r.result.decisionId, text: `${r.itemId.slice(0, 8)}: ${r.result.fromStatus} → ${r.result.toStatus}` }
      : { text: `${r.itemId.slice(0, 8)}: failed — ${r.error.code}: ${r.error.message}` }));
    return ok.map((r) => r.itemId);
  } catch (error) {
    announce(`Bulk ${ACTION_LABELS[action]} failed: ${error.message}`, 'error');
    return [];
  } finally {
    state.busy = false;
  }
}
