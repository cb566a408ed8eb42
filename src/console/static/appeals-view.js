// Appeal handling: the author's statement next to the appealed decision and the review; uphold or overturn.
import { api } from './api.js';
import { announce, byId, fill, h, label, stars } from './dom.js';
import { showLastDecision } from './decisions.js';
import { state } from './state.js';

let filter = 'open';

async function reviewOf(id) {
  try {
    return await api.review(id);
  } catch {
    return null;
  }
}

async function decide(appeal, outcome, card) {
  const note = card.querySelector('input[name=note]').value.trim() || undefined;
  try {
    const claimed = await api.claimAppeal(appeal.id);
    state.me = claimed.claimedBy ?? state.me;
    const done = await api.decideAppeal(appeal.id, { outcome, note, version: claimed.version });
    announce(`Appeal ${outcome === 'overturn' ? 'granted: decision overturned' : 'rejected: decision upheld'}.`);
    await showLastDecision(`Appeal ${outcome === 'overturn' ? 'overturned' : 'upheld'}`, [{ decisionId: done.outcomeDecisionId, text: `Review ${appeal.reviewId.slice(0, 8)}: ${label(appeal.decision.action)} ${outcome === 'overturn' ? 'reversed' : 'kept'}` }], 'appeal-last-decision');
    await loadAppeals();
  } catch (error) {
    announce(`Appeal ${outcome} failed: ${error.message}`, 'error');
  }
}

function card(appeal, review) {
  const d = appeal.decision;
  const titleId = `appeal-${appeal.id}`;
  const el = h('article', { class: 'appeal panel', 'aria-labelledby': titleId },
    h('h3', { id: titleId }, `Appeal against “${label(d.action)}”${d.reasonCode ? ` (${label(d.reasonCode)})` : ''}`),
    h('p', { class: 'meta' }, `Decided ${new Date(d.decidedAt).toLocaleString()} · ${d.fromStatus ?? '?'} → ${d.toStatus} · appealed ${new Date(appeal.createdAt).toLocaleString()} · window until ${new Date(d.appealDeadline).toLocaleDateString()} · ${appeal.state}`),
    h('h4', {}, 'The author says'),
    h('blockquote', { class: 'text' }, appeal.statement),
    review ? [h('h4', {}, `The review (${review.status})`), h('p', { class: 'meta' }, stars(review.rating), ' ', review.title ?? ''), h('blockquote', { class: 'text' }, review.body)] : null,
  );
  if (appeal.state === 'decided') {
    el.append(h('p', { class: 'notice' }, `Outcome: ${appeal.outcome}`));
  } else if (!appeal.canHandle) {
    el.append(h('p', { class: 'notice warn' }, 'You took the appealed decision; another moderator must handle this appeal.'));
  } else {
    el.append(h('div', { class: 'decide' },
      h('div', { class: 'field grow' }, h('label', { for: `note-${appeal.id}` }, 'Note (kept in the record)'), h('input', { id: `note-${appeal.id}`, name: 'note', maxlength: 2000 })),
      h('div', { class: 'buttons' },
        h('button', { type: 'button', class: 'act act-approve', onclick: () => decide(appeal, 'overturn', el) }, 'Overturn (restore)'),
        h('button', { type: 'button', class: 'act act-remove', onclick: () => decide(appeal, 'uphold', el) }, 'Uphold decision'))));
  }
  return el;
}

export async function loadAppeals() {
  const list = byId('appeals-list');
  const picker = h('div', { class: 'field inline' }, h('label', { for: 'appeal-state' }, 'Show'),
    h('select', { id: 'appeal-state', onchange: (ev) => { filter = ev.target.value; void loadAppeals(); } },
      ['open', 'claimed', 'decided'].map((s) => h('option', { value: s, selected: s === filter }, s))));
  try {
    const appeals = await api.appeals({ state: filter, limit: 50 });
    const reviews = await Promise.all(appeals.map((a) => reviewOf(a.reviewId)));
    fill(list, picker, appeals.length ? appeals.map((a, i) => card(a, reviews[i])) : h('p', { class: 'empty' }, `No ${filter} appeals.`));
  } catch (error) {
    fill(list, picker, h('p', { class: 'notice bad' }, `Could not load appeals: ${error.message}`));
  }
}
