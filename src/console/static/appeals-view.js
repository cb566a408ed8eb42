// Appeal handling: the author's statement next to the appealed decision and the review; claim, then uphold or
// overturn with a reason. Keyboard: j/k move, c claims, u upholds, o overturns (see keyboard.js).
import { api, productName } from './api.js';
import { announce, byId, data, fill, h, stars } from './dom.js';
import { reviewLine, showLastDecision } from './decisions.js';
import { code, fmtDate, fmtDateTime, t } from './i18n.js';
import { state } from './state.js';

let filter = 'open';
/** The loaded appeals with their reviews, the current one, and claims taken from this page (appeal id → version). */
const view = { appeals: [], reviews: [], index: -1, claims: new Map() };

async function reviewOf(id) {
  try {
    const review = await api.review(id);
    return { ...review, productName: await productName(review.productId) };
  } catch {
    return null;
  }
}

const current = () => view.appeals[view.index] ?? null;
const cardOf = (appeal) => byId(`appeal-card-${appeal.id}`);

function reasonOf(appeal) {
  const input = byId(`note-${appeal.id}`);
  return { input, value: input?.value.trim() ?? '' };
}

/** Claims the appeal for this moderator (a second claim by the same moderator renews it). */
async function claim(appeal) {
  const claimed = await api.claimAppeal(appeal.id);
  state.me = claimed.claimedBy ?? state.me;
  view.claims.set(appeal.id, claimed.version);
  return claimed.version;
}

export async function claimCurrent() {
  const appeal = current();
  if (!appeal || !appeal.canHandle || appeal.state === 'decided') return;
  try {
    await claim(appeal);
    announce(t('appeals.claimed'));
    fill(byId(`appeal-claim-${appeal.id}`), t('appeals.claimedByYou'));
    byId(`note-${appeal.id}`)?.focus();
  } catch (error) {
    announce(t('appeals.claimFailed', { message: error.message }), 'error');
  }
}

/** Uphold or overturn the current appeal; a reason is required (it goes into the decision record). */
export async function decideCurrentAppeal(outcome) {
  const appeal = current();
  if (!appeal || !appeal.canHandle || appeal.state === 'decided') return;
  const { input, value } = reasonOf(appeal);
  if (!value) {
    announce(t('appeals.needsReason'), 'error');
    input?.focus();
    return;
  }
  try {
    const version = view.claims.get(appeal.id) ?? await claim(appeal);
    const done = await api.decideAppeal(appeal.id, { outcome, note: value, version });
    view.claims.delete(appeal.id);
    announce(t(outcome === 'overturn' ? 'appeals.overturnedLong' : 'appeals.upheldLong'));
    const review = view.reviews[view.index];
    await showLastDecision(t(outcome === 'overturn' ? 'appeals.overturned' : 'appeals.upheld'), [{
      decisionId: done.outcomeDecisionId,
      nodes: reviewLine(review, h('span', {}, t(outcome === 'overturn' ? 'appeals.reversed' : 'appeals.kept', { action: code('action', appeal.decision.action) }))),
    }], 'appeal-last-decision');
    await loadAppeals(view.index);
  } catch (error) {
    announce(t('appeals.failed', { message: error.message }), 'error');
  }
}

export function moveAppeal(delta) {
  if (view.appeals.length === 0) return;
  view.index = view.index < 0 ? 0 : Math.max(0, Math.min(view.appeals.length - 1, view.index + delta));
  markCurrent();
}

function markCurrent() {
  view.appeals.forEach((a, i) => cardOf(a)?.classList.toggle('current', i === view.index));
  const card = current() && cardOf(current());
  if (card) {
    card.scrollIntoView({ block: 'nearest' });
    card.querySelector('h3')?.focus();
  }
}

function card(appeal, review, i) {
  const d = appeal.decision;
  const titleId = `appeal-${appeal.id}`;
  const el = h('article', { class: `appeal panel${i === view.index ? ' current' : ''}`, id: `appeal-card-${appeal.id}`, 'aria-labelledby': titleId },
    h('h3', { id: titleId, tabindex: -1 }, d.reasonCode
      ? t('appeals.againstWithReason', { action: code('action', d.action), reason: code('reason', d.reasonCode) })
      : t('appeals.against', { action: code('action', d.action) })),
    h('p', { class: 'meta dots' },
      h('span', {}, t('appeals.decided', { when: fmtDateTime(d.decidedAt) })),
      h('span', {}, t('decide.transition', { from: code('status', d.fromStatus ?? '?'), to: code('status', d.toStatus) })),
      h('span', {}, t('appeals.appealed', { when: fmtDateTime(appeal.createdAt) })),
      h('span', {}, t('appeals.window', { when: fmtDate(d.appealDeadline) })),
      h('span', { id: `appeal-claim-${appeal.id}` }, code('appealState', appeal.state))),
    h('h4', {}, t('appeals.authorSays')),
    data(appeal.statement, 'blockquote', { class: 'text' }),
    review ? [
      h('h4', {}, t('appeals.theReview', { status: code('status', review.status) })),
      h('p', { class: 'meta dots' }, review.productName ? data(review.productName, 'strong') : null, stars(review.rating, t('review.rating', { n: review.rating ?? t('review.noRating') })),
        review.title ? data(review.title) : null),
      data(review.body, 'blockquote', { class: 'text' }),
    ] : null,
  );
  if (appeal.state === 'decided') {
    el.append(h('p', { class: 'notice' }, t('appeals.outcome', { outcome: code('outcome', appeal.outcome) })));
  } else if (!appeal.canHandle) {
    el.append(h('p', { class: 'notice warn' }, t('appeals.notYours')));
  } else {
    el.append(h('div', { class: 'decide' },
      h('div', { class: 'field grow' }, h('label', { for: `note-${appeal.id}` }, t('appeals.reason')),
        h('input', { id: `note-${appeal.id}`, name: 'note', maxlength: 2000, required: true, autocomplete: 'off' })),
      h('div', { class: 'buttons' },
        h('button', { type: 'button', onclick: () => { view.index = i; void claimCurrent(); }, 'aria-keyshortcuts': 'c' }, t('appeals.claim'), data('c', 'kbd', { 'aria-hidden': 'true' })),
        h('button', { type: 'button', class: 'act act-approve', onclick: () => { view.index = i; void decideCurrentAppeal('overturn'); }, 'aria-keyshortcuts': 'o' },
          t('appeals.overturn'), data('o', 'kbd', { 'aria-hidden': 'true' })),
        h('button', { type: 'button', class: 'act act-remove', onclick: () => { view.index = i; void decideCurrentAppeal('uphold'); }, 'aria-keyshortcuts': 'u' },
          t('appeals.uphold'), data('u', 'kbd', { 'aria-hidden': 'true' })))));
  }
  return el;
}

export function renderAppeals() {
  const list = byId('appeals-list');
  const picker = h('div', { class: 'field inline' }, h('label', { for: 'appeal-state' }, t('appeals.show')),
    h('select', { id: 'appeal-state', onchange: (ev) => { filter = ev.target.value; void loadAppeals(); } },
      ['open', 'claimed', 'decided'].map((s) => h('option', { value: s, selected: s === filter }, code('appealState', s)))));
  fill(list, picker, view.appeals.length ? view.appeals.map((a, i) => card(a, view.reviews[i], i)) : h('p', { class: 'empty' }, t(`appeals.none.${filter}`)));
}

/** Loads the list; `keepIndex` keeps the cursor near where it was after a decision. */
export async function loadAppeals(keepIndex = 0) {
  try {
    const appeals = await api.appeals({ state: filter, limit: 50 });
    const reviews = await Promise.all(appeals.map((a) => reviewOf(a.reviewId)));
    Object.assign(view, { appeals, reviews, index: appeals.length ? Math.min(keepIndex, appeals.length - 1) : -1 });
    renderAppeals();
  } catch (error) {
    fill(byId('appeals-list'), h('p', { class: 'notice bad' }, t('appeals.loadFailed', { message: error.message })));
  }
}
