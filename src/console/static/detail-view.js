// The open item: decision bar first (so one keystroke decides), then the text and the evidence.
import { byId, fill, fmtNum, h, label, stars } from './dom.js';
import { ACTION_KEYS, ACTION_LABELS, REASON_CODES, state, topReason } from './state.js';

const KEY_OF = Object.fromEntries(Object.entries(ACTION_KEYS).map(([k, a]) => [a, k]));

function section(title, ...content) {
  const id = `d-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return h('section', { class: 'panel', 'aria-labelledby': id }, h('h3', { id }, title), ...content);
}

function labels(r, item) {
  const tags = [h('span', { class: `badge status-${r.status}` }, r.status)];
  const unverified = r.verification === 'none';
  tags.push(h('span', { class: `badge ${unverified ? 'warn' : 'good'}` }, unverified ? 'not verified' : label(r.verification)));
  if (r.incentivized) tags.push(h('span', { class: 'badge warn' }, `incentivised${r.incentiveType ? `: ${label(r.incentiveType)}` : ''}`));
  if (item.escalated) tags.push(h('span', { class: 'badge bad' }, 'escalated'));
  if (item.reportCount) tags.push(h('span', { class: 'badge bad' }, `${item.reportCount} report(s)`));
  return h('p', { class: 'badges' }, tags);
}

function decisionBar(handlers) {
  const d = state.detail;
  const disabled = Boolean(state.readOnly) || state.busy;
  const reason = topReason(d.item.reasonCodes);
  return h('form', { class: 'decide', 'aria-label': 'Decision', onsubmit: (ev) => ev.preventDefault() },
    h('div', { class: 'field' }, h('label', { for: 'reason' }, 'Reason code'),
      h('select', { id: 'reason', name: 'reason', 'aria-describedby': 'reason-hint' }, h('option', { value: '' }, '— choose —'),
        REASON_CODES.map((c, i) => h('option', { value: c, selected: c === reason }, `${(i + 1) % 10} ${label(c)}`)))),
    h('div', { class: 'field grow' }, h('label', { for: 'reason-text' }, 'Reason for the author (needed for “other”)'),
      h('input', { id: 'reason-text', name: 'reasonText', maxlength: 2000, autocomplete: 'off' })),
    h('div', { class: 'field grow' }, h('label', { for: 'note' }, 'Internal note'), h('input', { id: 'note', name: 'note', maxlength: 2000, autocomplete: 'off' })),
    h('p', { id: 'reason-hint', class: 'hint' }, 'Preselected from the top scoring reason; keys 1–0 change it. Approve and escalate send no reason.'),
    h('div', { class: 'buttons' }, Object.keys(ACTION_LABELS).map((a) => h('button', {
      type: 'button', class: `act act-${a}`, disabled, onclick: () => handlers.onDecide(a), 'aria-keyshortcuts': KEY_OF[a],
    }, ACTION_LABELS[a], KEY_OF[a] ? h('kbd', { 'aria-hidden': 'true' }, KEY_OF[a]) : null))),
  );
}

const claimText = (claim) => `Claimed by you until ${new Date(claim.leaseUntil).toLocaleTimeString()} (version ${claim.version}); renewed while the item is open.`;

function claimLine() {
  if (state.readOnly) return h('p', { class: 'notice warn', id: 'read-only' }, state.readOnly);
  if (!state.claim?.leaseUntil) return null;
  return h('p', { class: 'notice', id: 'claim-line' }, claimText(state.claim));
}

/** After a lease renewal: only the claim line changes, so what the moderator has typed stays. */
export function renderClaimLine() {
  const line = byId('claim-line');
  if (line && state.claim?.leaseUntil) fill(line, claimText(state.claim));
}

function signalsTable(score) {
  if (!score) return h('p', {}, 'This review has no score yet.');
  const signals = [...score.signals].sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
  return [
    h('p', { class: 'score-line' }, `Fake score ${fmtNum(score.fakeScore)} · verdict ${score.verdict} · priority ${score.priority} · sentiment ${score.sentiment.label} · rules ${score.ruleSetVersion}`),
    h('table', { class: 'signals' },
      h('caption', { class: 'sr-only' }, 'Every signal, largest contribution first'),
      h('thead', {}, h('tr', {}, ['Signal', 'Value', 'Weight', 'Contribution', 'Reason'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, signals.map((s) => h('tr', { class: s.fired ? 'fired' : 'quiet' },
        h('th', { scope: 'row' }, label(s.id)), h('td', { class: 'num' }, fmtNum(s.value, 3)), h('td', { class: 'num' }, fmtNum(s.weight)),
        h('td', { class: 'num' }, fmtNum(s.contribution, 3)), h('td', {}, s.reason))))),
  ];
}

const POLARITY_CLASS = { positive: 'good', negative: 'bad', mixed: 'warn' };

// Evidence is located in the shown body by its text (offsets may count the title too) and wrapped in <mark>,
// built from text nodes like everything else: the body's textContent is unchanged.
function highlighted(body, aspects) {
  const spans = aspects.filter((a) => a.evidence?.text && body.includes(a.evidence.text))
    .map((a) => ({ a, start: body.indexOf(a.evidence.text), end: body.indexOf(a.evidence.text) + a.evidence.text.length }))
    .sort((x, y) => x.start - y.start);
  const out = [];
  let pos = 0;
  for (const { a, start, end } of spans) {
    if (start < pos) continue;
    out.push(body.slice(pos, start), h('mark', { class: `aspect ${a.polarity ?? 'unknown'}`, title: `${label(a.aspect)}${a.polarity ? `: ${a.polarity}` : ''}` }, body.slice(start, end)));
    pos = end;
  }
  out.push(body.slice(pos));
  return out;
}

function sentimentPanel(score) {
  if (!score) return h('p', {}, 'Not scored yet.');
  const { label: l, score: value, confidence } = score.sentiment;
  const aspects = score.aspectDetails ?? [];
  return [
    h('p', { class: 'score-line', id: 'sentiment-line' }, `Sentiment ${label(l)} · score ${fmtNum(value, 2)} · confidence ${fmtNum(confidence, 2)} · detected language ${score.language}`),
    aspects.length === 0 ? h('p', {}, 'No aspects found.') : h('ul', { class: 'badges', id: 'aspect-list' }, aspects.map((a) =>
      h('li', { class: `badge ${POLARITY_CLASS[a.polarity] ?? ''}` }, `${label(a.aspect)}${a.polarity ? ` (${a.polarity})` : ''}`, a.evidence ? [': ', h('q', {}, a.evidence.text)] : null))),
  ];
}

function duplicates(d) {
  if (d.duplicates.length === 0) return h('p', {}, 'No near-duplicates found.');
  return d.duplicates.map((m) => h('div', { class: 'dup' },
    h('div', { class: 'dup-side' }, h('h4', {}, 'This review'), h('p', { class: 'text' }, d.review.body)),
    h('div', { class: 'dup-side' },
      h('h4', {}, `Match ${Math.round(m.similarity * 100)}%${m.exact ? ' (exact copy)' : ''}`),
      h('p', { class: 'meta' }, `${m.status} · ${stars(m.rating)} · ${m.sameAuthor ? 'same author' : 'other author'} · ${m.sameProduct ? 'same product' : 'other product'} · ${new Date(m.receivedAt).toLocaleString()}`),
      h('p', { class: 'text' }, m.body))));
}

function history(d) {
  if (d.authorHistory.length === 0) return h('p', {}, 'No other reviews by this author.');
  return h('ul', { class: 'history' }, d.authorHistory.map((r) => h('li', {},
    h('span', { class: `badge status-${r.status}` }, r.status), ' ', stars(r.rating), ' ', r.title ?? '', ' — ', r.excerpt,
    r.lastAction ? ` (last action: ${label(r.lastAction)})` : '')));
}

function productContext(p, r) {
  const by = Object.entries(p.byStatus).map(([s, n]) => `${s} ${n}`).join(' · ');
  return h('p', {}, `${r.productName ?? r.productId}: ${p.publishedCount} published, mean rating ${p.meanRating === null ? '—' : fmtNum(p.meanRating, 1)}. ${by}`);
}

function records(d) {
  const rows = [
    ...d.reports.map((r) => h('li', {}, `Report (${r.reporterRole}, weight ${r.weight}): ${label(r.reasonCode)}${r.note ? ` — ${r.note}` : ''} [${r.state}]`)),
    ...d.decisions.map((x) => h('li', {}, `${new Date(x.createdAt).toLocaleString()} ${x.automated ? 'automated' : x.actorType} ${label(x.action)} → ${x.toStatus}${x.reasonCode ? ` (${label(x.reasonCode)})` : ''}`)),
  ];
  return rows.length ? h('ul', { class: 'history' }, rows) : h('p', {}, 'None yet.');
}

export function renderDetail(handlers) {
  const el = byId('detail');
  const d = state.detail;
  if (!d) {
    fill(el, h('p', { class: 'empty' }, state.items.length ? 'Open an item: click it, or press j.' : 'The queue is empty.'));
    return;
  }
  const r = d.review;
  fill(el,
    h('header', { class: 'detail-head' },
      h('h2', { id: 'detail-title', tabindex: -1 }, r.title || '(no title)'),
      h('p', { class: 'meta' }, h('span', { class: 'stars', 'aria-label': `rating ${r.rating ?? 'none'} of 5` }, stars(r.rating)),
        ` · ${r.language ?? d.score?.language ?? 'language unknown'} · ${r.channelCode ?? ''} · ${r.authorName ?? 'anonymous'} · received ${new Date(r.receivedAt).toLocaleString()}`),
      labels(r, d.item), claimLine()),
    h('div', { id: 'stale', class: 'notice bad', hidden: true }),
    decisionBar(handlers),
    h('blockquote', { class: 'review-body', id: 'review-body' }, highlighted(r.body, d.score?.aspectDetails ?? [])),
    section('Sentiment and aspects', sentimentPanel(d.score)),
    section('Signals', signalsTable(d.score)),
    section('Near-duplicates', duplicates(d)),
    section('Author history', history(d)),
    section('Product rating context', productContext(d.productContext, r)),
    section('Reports and decisions', records(d)),
  );
}

/** A 409 for a stale version: say what happened and offer the one fix (reload). */
export function showStale(message, onReload) {
  const box = byId('stale');
  if (!box) return;
  fill(box, h('strong', {}, 'This item changed since you opened it, or your claim lapsed. '), message, ' ',
    h('button', { type: 'button', id: 'stale-reload', class: 'primary', onclick: onReload }, 'Reload item'));
  box.hidden = false;
  byId('stale-reload').focus();
}
