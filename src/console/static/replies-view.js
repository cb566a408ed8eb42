// Merchant replies held by reply screening: the reply with its findings highlighted, the review it answers, and
// keyboard decisions (j/k move, a approves, r rejects with the chosen reason, 1–6 choose it; see keyboard.js).
import { api, productName } from './api.js';
import { announce, byId, data, fill, h, stars } from './dom.js';
import { reviewLine, showLastDecision } from './decisions.js';
import { code, fmtDateTime, t } from './i18n.js';

/** Reasons a moderator rejects a reply for: the screening codes (src/responses/domain/reply-screening-rules.ts). */
export const REPLY_REASONS = ['abuse', 'review_manipulation', 'off_platform_contact', 'personal_data', 'threat', 'promotion'];

const view = { replies: [], reviews: [], index: -1 };
const current = () => view.replies[view.index] ?? null;
const latestOf = (reply) => reply.versions.find((v) => v.version === reply.currentVersion) ?? reply.versions.at(-1);

async function reviewOf(id) {
  try {
    const review = await api.review(id);
    return { ...review, productName: await productName(review.productId) };
  } catch {
    return null;
  }
}

/** Screening details quote what matched ('insult: "idiot"'); the quoted text is marked in the reply where it occurs. */
function evidenceTexts(findings) {
  return findings.flatMap((f) => [...String(f.detail ?? '').matchAll(/"([^"]+)"/g)].map((m) => ({ text: m[1], code: f.code })));
}

function highlighted(body, findings) {
  const spans = evidenceTexts(findings).map((e) => ({ ...e, start: body.toLowerCase().indexOf(e.text.toLowerCase()) }))
    .filter((e) => e.start >= 0).sort((a, b) => a.start - b.start);
  const out = [];
  let pos = 0;
  for (const s of spans) {
    if (s.start < pos) continue;
    out.push(body.slice(pos, s.start), h('mark', { class: 'evidence', title: code('screening', s.code) }, body.slice(s.start, s.start + s.text.length)));
    pos = s.start + s.text.length;
  }
  out.push(body.slice(pos));
  return out;
}

function card(reply, review, i) {
  const latest = latestOf(reply);
  const findings = reply.holdReasons.length ? reply.holdReasons : latest?.screening ?? [];
  const preset = findings.map((f) => f.code).find((c) => REPLY_REASONS.includes(c)) ?? '';
  const titleId = `reply-${reply.id}`;
  return h('article', { class: `reply panel${i === view.index ? ' current' : ''}`, id: `reply-card-${reply.id}`, 'aria-labelledby': titleId, dataset: { id: reply.id } },
    h('h3', { id: titleId, tabindex: -1 }, t('replies.cardTitle', { n: i + 1 })),
    h('p', { class: 'meta dots' }, h('span', {}, t('replies.written', { when: fmtDateTime(latest?.createdAt ?? reply.updatedAt) })),
      h('span', {}, t('replies.version', { n: reply.currentVersion })), h('span', {}, code('visibility', reply.visibility))),
    data(highlighted(latest?.body ?? '', findings), 'blockquote', { class: 'text reply-body' }),
    h('h4', {}, t('replies.evidence')),
    h('ul', { class: 'findings' }, findings.map((f) => h('li', {}, h('span', { class: 'badge bad' }, code('screening', f.code)), ' ', data(f.detail)))),
    review ? [
      h('h4', {}, t('replies.inReplyTo')),
      h('p', { class: 'meta dots' }, review.productName ? data(review.productName, 'strong') : null, stars(review.rating, t('review.rating', { n: review.rating ?? t('review.noRating') })),
        review.title ? data(review.title) : null),
      data(review.body, 'blockquote', { class: 'text' }),
    ] : null,
    h('div', { class: 'decide' },
      h('div', { class: 'field' }, h('label', { for: `reply-reason-${reply.id}` }, t('replies.reason')),
        h('select', { id: `reply-reason-${reply.id}`, class: 'reply-reason' }, h('option', { value: '' }, t('decide.choose')),
          REPLY_REASONS.map((c, k) => h('option', { value: c, selected: c === preset }, t('decide.reasonOption', { key: k + 1, reason: code('screening', c) }))))),
      h('div', { class: 'field grow' }, h('label', { for: `reply-note-${reply.id}` }, t('decide.note')),
        h('input', { id: `reply-note-${reply.id}`, maxlength: 2000, autocomplete: 'off' })),
      h('div', { class: 'buttons' },
        h('button', { type: 'button', class: 'act act-approve', onclick: () => { view.index = i; void decideReply('approve'); }, 'aria-keyshortcuts': 'a' },
          t('replies.approve'), data('a', 'kbd', { 'aria-hidden': 'true' })),
        h('button', { type: 'button', class: 'act act-remove', onclick: () => { view.index = i; void decideReply('reject'); }, 'aria-keyshortcuts': 'r' },
          t('replies.reject'), data('r', 'kbd', { 'aria-hidden': 'true' })))));
}

export function renderReplies() {
  fill(byId('replies-list'), view.replies.length
    ? view.replies.map((r, i) => card(r, view.reviews[i], i))
    : h('p', { class: 'empty' }, t('replies.none')));
}

export async function loadReplies(keepIndex = 0) {
  try {
    const { data: replies } = await api.responses({ state: 'held', limit: 50 });
    const reviews = await Promise.all(replies.map((r) => reviewOf(r.reviewId)));
    Object.assign(view, { replies, reviews, index: replies.length ? Math.min(keepIndex, replies.length - 1) : -1 });
    renderReplies();
    markCurrent(false);
  } catch (error) {
    fill(byId('replies-list'), h('p', { class: 'notice bad' }, t('replies.loadFailed', { message: error.message })));
  }
}

function markCurrent(focus = true) {
  view.replies.forEach((r, i) => byId(`reply-card-${r.id}`)?.classList.toggle('current', i === view.index));
  const el = current() && byId(`reply-card-${current().id}`);
  if (el && focus) {
    el.scrollIntoView({ block: 'nearest' });
    el.querySelector('h3')?.focus();
  }
}

export function moveReply(delta) {
  if (view.replies.length === 0) return;
  view.index = view.index < 0 ? 0 : Math.max(0, Math.min(view.replies.length - 1, view.index + delta));
  markCurrent();
}

/** Keys 1–6 choose the rejection reason of the current reply. */
export function chooseReplyReason(digit) {
  const reply = current();
  const reason = REPLY_REASONS[Number(digit) - 1];
  if (!reply || !reason) return;
  byId(`reply-reason-${reply.id}`).value = reason;
  announce(t('replies.reasonChosen', { reason: code('screening', reason) }));
}

export async function decideReply(decision) {
  const reply = current();
  if (!reply) return;
  const reasonCode = byId(`reply-reason-${reply.id}`)?.value || undefined;
  const note = byId(`reply-note-${reply.id}`)?.value.trim() || undefined;
  if (decision === 'reject' && !reasonCode) {
    announce(t('replies.needsReason'), 'error');
    byId(`reply-reason-${reply.id}`)?.focus();
    return;
  }
  try {
    const done = await api.decideResponse(reply.id, { decision, reasonCode: decision === 'reject' ? reasonCode : undefined, note });
    const title = decision === 'approve' ? t('replies.approved') : t('replies.rejected', { reason: code('screening', reasonCode) });
    announce(title);
    await showLastDecision(title, [{ nodes: reviewLine(view.reviews[view.index], h('span', {}, t('replies.nowState', { state: code('replyState', done.state) }))) }],
      'reply-last-decision');
    await loadReplies(view.index);
    markCurrent();
  } catch (error) {
    announce(t('replies.failed', { message: error.message }), 'error');
  }
}
