// The open item: decision bar first (so one keystroke decides), then the text and the evidence.
import { byId, data, fill, h, stars } from './dom.js';
import { code, fmtDateTime, fmtNum, fmtPct, fmtTime, t } from './i18n.js';
import { ACTION_KEYS, ACTIONS, REASON_CODES, state, topReason } from './state.js';

const KEY_OF = Object.fromEntries(Object.entries(ACTION_KEYS).map(([k, a]) => [a, k]));

function section(id, title, ...content) {
  return h('section', { class: 'panel', 'aria-labelledby': id }, h('h3', { id }, title), ...content);
}

function labels(r, item) {
  const tags = [h('span', { class: `badge status-${r.status}` }, code('status', r.status))];
  if (r.intakeMode === 'import') tags.push(h('span', { class: 'badge import', id: 'imported-badge', title: t('badge.importedTitle') }, t('badge.imported')));
  const unverified = r.verification === 'none';
  tags.push(h('span', { class: `badge ${unverified ? 'warn' : 'good'}` }, code('verification', r.verification)));
  if (r.incentivized) tags.push(h('span', { class: 'badge warn' }, r.incentiveType ? t('badge.incentivisedAs', { type: code('incentive', r.incentiveType) }) : t('badge.incentivised')));
  if (item.escalated) tags.push(h('span', { class: 'badge bad' }, t('queue.escalated')));
  if (item.reportCount) tags.push(h('span', { class: 'badge bad' }, t('queue.reports', { n: fmtNum(item.reportCount) })));
  return h('p', { class: 'badges' }, tags);
}

function decisionBar(handlers) {
  const d = state.detail;
  const disabled = Boolean(state.readOnly) || state.busy;
  const reason = topReason({ signals: d.score?.signals, reasonCodes: d.item.reasonCodes });
  return h('form', { class: 'decide', 'aria-label': t('decide.label'), onsubmit: (ev) => ev.preventDefault() },
    h('div', { class: 'field' }, h('label', { for: 'reason' }, t('decide.reason')),
      h('select', { id: 'reason', name: 'reason', 'aria-describedby': 'reason-hint' }, h('option', { value: '' }, t('decide.choose')),
        REASON_CODES.map((c, i) => h('option', { value: c, selected: c === reason }, t('decide.reasonOption', { key: (i + 1) % 10, reason: code('reason', c) }))))),
    h('div', { class: 'field grow' }, h('label', { for: 'reason-text' }, t('decide.reasonText')),
      h('input', { id: 'reason-text', name: 'reasonText', maxlength: 2000, autocomplete: 'off' })),
    h('div', { class: 'field grow' }, h('label', { for: 'note' }, t('decide.note')), h('input', { id: 'note', name: 'note', maxlength: 2000, autocomplete: 'off' })),
    h('p', { id: 'reason-hint', class: 'hint' }, t('decide.hint')),
    h('div', { class: 'buttons' }, ACTIONS.map((a) => h('button', {
      type: 'button', class: `act act-${a}`, disabled, onclick: () => handlers.onDecide(a), 'aria-keyshortcuts': KEY_OF[a],
    }, t(`action.${a}`), KEY_OF[a] ? data(KEY_OF[a], 'kbd', { 'aria-hidden': 'true' }) : null))),
  );
}

const claimText = (claim) => t('claim.line', { time: fmtTime(claim.leaseUntil), version: claim.version });

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
  if (!score) return h('p', {}, t('detail.notScored'));
  const signals = [...score.signals].sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
  return [
    h('p', { class: 'score-line' }, t('detail.scoreLine', {
      score: fmtNum(score.fakeScore, 2), verdict: code('verdict', score.verdict), priority: fmtNum(score.priority), rules: score.ruleSetVersion,
    })),
    h('table', { class: 'signals' },
      h('caption', { class: 'sr-only' }, t('detail.signalsCaption')),
      h('thead', {}, h('tr', {}, ['signal', 'value', 'weight', 'contribution', 'reason'].map((c) => h('th', { scope: 'col' }, t(`detail.col.${c}`))))),
      h('tbody', {}, signals.map((s) => h('tr', { class: s.fired ? 'fired' : 'quiet' },
        h('th', { scope: 'row' }, code('signal', s.id)), h('td', { class: 'num' }, data(fmtNum(s.value, 3))), h('td', { class: 'num' }, data(fmtNum(s.weight, 2))),
        // The engine's reason sentence is generated text in English; it is shown as data next to the translated signal name.
        h('td', { class: 'num' }, data(fmtNum(s.contribution, 3))), h('td', {}, data(s.reason)))))),
  ];
}

const POLARITY_CLASS = { positive: 'good', negative: 'bad', mixed: 'warn' };

const aspectTitle = (a) => (a.polarity ? t('aspect.withPolarity', { aspect: code('aspect', a.aspect), polarity: code('polarity', a.polarity) }) : code('aspect', a.aspect));

// Evidence is located in the shown body by its text (offsets count the title too) and wrapped in <mark>,
// built from text nodes like everything else: the body's textContent is unchanged.
function highlighted(body, aspects) {
  const spans = aspects.filter((a) => a.evidence?.text && body.includes(a.evidence.text))
    .map((a) => ({ a, start: body.indexOf(a.evidence.text), end: body.indexOf(a.evidence.text) + a.evidence.text.length }))
    .sort((x, y) => x.start - y.start);
  const out = [];
  let pos = 0;
  for (const { a, start, end } of spans) {
    if (start < pos) continue;
    out.push(body.slice(pos, start), h('mark', { class: `aspect ${a.polarity ?? 'unknown'}`, title: aspectTitle(a) }, body.slice(start, end)));
    pos = end;
  }
  out.push(body.slice(pos));
  return out;
}

/** Sentiment and aspects from the review's `analysis` (GET /v1/reviews/:id), else from the item's score. */
export function analysisOf(d) {
  const a = d.analysis;
  if (a) return { sentiment: a.sentiment, aspects: a.aspects ?? [], language: a.detectedLanguage };
  if (!d.score) return null;
  return { sentiment: d.score.sentiment, aspects: d.score.aspectDetails ?? [], language: d.score.language };
}

function sentimentPanel(analysis) {
  if (!analysis?.sentiment) return h('p', {}, t('detail.notScored'));
  const { label: l, score: value, confidence } = analysis.sentiment;
  const aspects = analysis.aspects;
  return [
    h('p', { class: 'score-line', id: 'sentiment-line' }, t('detail.sentimentLine', {
      label: code('sentiment', l), score: fmtNum(value, 2), confidence: fmtPct(confidence, 0), language: analysis.language ?? '—',
    })),
    aspects.length === 0 ? h('p', {}, t('detail.noAspects')) : h('ul', { class: 'badges', id: 'aspect-list' }, aspects.map((a) =>
      h('li', { class: `badge ${POLARITY_CLASS[a.polarity] ?? ''}` }, aspectTitle(a), a.evidence ? data(a.evidence.text, 'q') : null))),
  ];
}

function duplicates(d) {
  if (d.duplicates.length === 0) return h('p', {}, t('detail.noDuplicates'));
  return d.duplicates.map((m) => h('div', { class: 'dup' },
    h('div', { class: 'dup-side' }, h('h4', {}, t('detail.thisReview')), data(d.review.body, 'p', { class: 'text' })),
    h('div', { class: 'dup-side' },
      h('h4', {}, m.exact ? t('detail.matchExact', { pct: fmtPct(m.similarity, 0) }) : t('detail.match', { pct: fmtPct(m.similarity, 0) })),
      h('p', { class: 'meta dots' }, h('span', {}, code('status', m.status)), stars(m.rating, t('review.rating', { n: m.rating ?? t('review.noRating') })),
        h('span', {}, m.sameAuthor ? t('detail.sameAuthor') : t('detail.otherAuthor')), h('span', {}, m.sameProduct ? t('detail.sameProduct') : t('detail.otherProduct')),
        data(fmtDateTime(m.receivedAt), 'time', { datetime: m.receivedAt })),
      data(m.body, 'p', { class: 'text' }))));
}

function history(d) {
  if (d.authorHistory.length === 0) return h('p', {}, t('detail.noHistory'));
  return h('ul', { class: 'history' }, d.authorHistory.map((r) => h('li', { class: 'dots' },
    h('span', { class: `badge status-${r.status}` }, code('status', r.status)), stars(r.rating, t('review.rating', { n: r.rating ?? t('review.noRating') })),
    r.title ? data(r.title) : null, data(r.excerpt), r.lastAction ? h('span', {}, t('detail.lastAction', { action: code('action', r.lastAction) })) : null)));
}

function productContext(p, r) {
  return [
    h('p', {}, data(r.productName ?? r.productId, 'strong'), ' ', t('detail.productLine', {
      published: fmtNum(p.publishedCount), mean: p.meanRating === null ? '—' : fmtNum(p.meanRating, 1),
    })),
    h('p', { class: 'meta dots' }, Object.entries(p.byStatus).map(([s, n]) => h('span', {}, t('detail.statusCount', { status: code('status', s), n: fmtNum(n) })))),
  ];
}

function records(d) {
  const rows = [
    ...d.reports.map((r) => h('li', {}, t('detail.report', {
      role: code('role', r.reporterRole), weight: fmtNum(r.weight, 2), reason: code('reason', r.reasonCode), state: code('reportState', r.state),
    }), r.note ? data(r.note, 'q') : null)),
    ...d.decisions.map((x) => h('li', { class: 'dots' }, data(fmtDateTime(x.createdAt), 'time', { datetime: x.createdAt }), h('span', {}, t('detail.decision', {
      by: x.automated ? t('detail.automated') : code('role', x.actorType), action: code('action', x.action), to: code('status', x.toStatus),
    })), x.reasonCode ? h('span', {}, code('reason', x.reasonCode)) : null)),
  ];
  return rows.length ? h('ul', { class: 'history' }, rows) : h('p', {}, t('detail.noneYet'));
}

export function renderDetail(handlers) {
  const el = byId('detail');
  const d = state.detail;
  if (!d) {
    fill(el, h('p', { class: 'empty' }, state.items.length ? t('detail.openHint') : t('queue.emptyShort')));
    return;
  }
  const r = d.review;
  const product = r.productName ?? d.item.review.productName;
  fill(el,
    h('header', { class: 'detail-head' },
      data(product, 'p', { class: 'product-name', id: 'detail-product' }),
      h('h2', { id: 'detail-title', tabindex: -1 }, r.title ? data(r.title) : t('detail.untitled', { product })),
      h('p', { class: 'meta dots' }, stars(r.rating, t('review.rating', { n: r.rating ?? t('review.noRating') })),
        h('span', { id: 'detail-written' }, t('detail.written', { when: fmtDateTime(r.submittedAt) })),
        h('span', {}, t('queue.received', { when: fmtDateTime(r.receivedAt) }))),
      h('p', { class: 'meta dots' }, data(d.item.review.merchantName), data(d.item.review.channelName), r.language ? data(r.language) : null,
        r.authorName ? data(r.authorName) : h('span', {}, t('detail.anonymous'))),
      labels(r, d.item), claimLine()),
    h('div', { id: 'stale', class: 'notice bad', hidden: true }),
    decisionBar(handlers),
    data(highlighted(r.body, analysisOf(d)?.aspects ?? []), 'blockquote', { class: 'review-body', id: 'review-body' }),
    section('d-sentiment', t('detail.sentimentTitle'), sentimentPanel(analysisOf(d))),
    section('d-signals', t('detail.signalsTitle'), signalsTable(d.score)),
    section('d-duplicates', t('detail.duplicatesTitle'), duplicates(d)),
    section('d-history', t('detail.historyTitle'), history(d)),
    section('d-product', t('detail.productTitle'), productContext(d.productContext, r)),
    section('d-records', t('detail.recordsTitle'), records(d)),
  );
}

/** A 409 for a stale version: say what happened and offer the one fix (reload). */
export function showStale(message, onReload) {
  const box = byId('stale');
  if (!box) return;
  fill(box, h('strong', {}, t('stale.title')), data(message), ' ',
    h('button', { type: 'button', id: 'stale-reload', class: 'primary', onclick: onReload }, t('stale.reload')));
  box.hidden = false;
  byId('stale-reload').focus();
}
