// The queue column: filters, the priority-ordered list (as the API returns it) and the bulk bar.
import { byId, data, fill, h, stars } from './dom.js';
import { code, fmtAge, fmtDateTime, fmtNum, t } from './i18n.js';
import { BULK_ACTIONS, REASON_CODES, state, topReason } from './state.js';

const EXTRA_CODES = ['reported', 'manual'];

/** options: [value, text, isData] — merchant and channel names are data, the rest catalog text. */
function select(id, text, options, value) {
  return h('div', { class: 'field' },
    h('label', { for: id }, text),
    h('select', { id, name: id.replace('f-', '') },
      options.map(([v, label, isData]) => h('option', { value: v, selected: v === (value ?? ''), 'data-content': isData ? '' : null }, label))));
}

/** Builds the filter form once the merchant and channel lists are known; `onApply(filters)` on submit. */
export function renderFilters(onApply) {
  const f = state.filters;
  const form = byId('filters');
  fill(form,
    select('f-merchantId', t('filters.merchant'), [['', t('filters.allMerchants')], ...[...state.merchants].map(([id, m]) => [id, m.name, true])], f.merchantId),
    select('f-channelId', t('filters.channel'), [['', t('filters.allChannels')], ...[...state.channels].map(([id, c]) => [id, `${c.name} (${c.code})`, true])], f.channelId),
    select('f-reasonCode', t('filters.reason'), [['', t('filters.anyReason')], ...[...REASON_CODES, ...EXTRA_CODES].map((c) => [c, code('reason', c)])], f.reasonCode),
    h('div', { class: 'field narrow' }, h('label', { for: 'f-language' }, t('filters.language')),
      h('input', { id: 'f-language', name: 'language', value: f.language ?? '', placeholder: t('filters.languagePlaceholder'), size: 6, pattern: '[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*' })),
    h('div', { class: 'field narrow' }, h('label', { for: 'f-minPriority' }, t('filters.minPriority')),
      h('input', { id: 'f-minPriority', name: 'minPriority', type: 'number', min: 0, max: 100, value: f.minPriority ?? '' })),
    select('f-assigned', t('filters.assigned'), [['any', t('filters.anyone')], ['mine', t('filters.me')], ['unassigned', t('filters.nobody')]], f.assigned ?? 'any'),
    select('f-escalated', t('filters.escalated'), [['', t('filters.either')], ['true', t('filters.escalatedOnly')], ['false', t('filters.notEscalated')]], f.escalated),
    h('div', { class: 'field actions' }, h('button', { type: 'submit', class: 'primary' }, t('filters.apply')),
      h('button', { type: 'reset', onclick: () => setTimeout(() => form.requestSubmit(), 0) }, t('filters.clear'))),
  );
  form.onsubmit = (ev) => {
    ev.preventDefault();
    const values = Object.fromEntries([...new FormData(form)].filter(([, v]) => v !== ''));
    if (values.assigned === 'any') delete values.assigned;
    onApply(values);
  };
}

/** What the row is about: the product, then the review's own title (or the start of its text). */
export const itemTitle = (review) => review.title || review.excerpt.slice(0, 80);

function who(item) {
  if (item.state === 'claimed') return item.claimedBy === state.me ? t('queue.claimedByYou') : t('queue.claimed');
  return item.escalated ? t('queue.escalated') : t('queue.open');
}

function row(item, i, handlers) {
  const current = i === state.index;
  const checked = state.selected.has(item.id);
  const r = item.review;
  const title = itemTitle(r);
  const top = topReason(item);
  const chips = item.reasonCodes.map((c) => h('span', { class: `chip${c === top ? ' chip-top' : ''}` }, code('reason', c)));
  return h('tr', { class: `${current ? 'current' : ''}${checked ? ' selected' : ''}`, 'aria-current': current ? 'true' : null, dataset: { id: item.id } },
    h('td', {}, h('input', {
      type: 'checkbox', checked, 'aria-label': t('queue.selectFor', { title }), onchange: () => handlers.onToggle(item.id),
    })),
    h('td', { class: 'prio' }, h('span', { title: t('queue.prioTitle', { base: fmtNum(item.priority), score: fmtNum(item.fakeScore, 2) }) }, data(fmtNum(item.effectivePriority)))),
    h('td', { class: 'summary' },
      h('div', { class: 'product' }, data(r.productName, 'strong', { class: 'product-name' }),
        r.intakeMode === 'import' ? h('span', { class: 'badge import' }, t('badge.imported')) : null),
      h('button', { type: 'button', class: 'row-open', onclick: () => handlers.onOpen(i) }, data(title)),
      // Without a title the button already shows the start of the text; repeating it below would only add noise.
      r.title ? data(r.excerpt, 'div', { class: 'excerpt' }) : null,
      h('div', { class: 'meta dots' }, data(r.merchantName, 'span', { class: 'merchant' }), data(r.channelName, 'span', { class: 'channel' }),
        stars(r.rating, t('review.rating', { n: r.rating ?? t('review.noRating') })), r.language ? data(r.language) : null),
      h('div', { class: 'meta dots times' },
        h('span', {}, t('queue.written', { when: fmtDateTime(r.submittedAt) })),
        h('span', {}, t('queue.received', { when: fmtDateTime(r.receivedAt) })),
        h('span', {}, t('queue.waiting', { age: fmtAge(item.ageSeconds) })), h('span', {}, who(item)),
        item.reportCount ? h('span', {}, t('queue.reports', { n: fmtNum(item.reportCount) })) : null),
      item.leadingSignal ? h('div', { class: 'meta lead' }, h('span', {}, t('queue.leading', { signal: code('signal', item.leadingSignal) }))) : null,
      h('div', { class: 'chips' }, chips)),
  );
}

export function renderQueue(handlers) {
  const body = byId('queue-body');
  if (state.items.length === 0) fill(body, h('tr', {}, h('td', { colspan: 3, class: 'empty' }, t('queue.empty'))));
  else fill(body, state.items.map((item, i) => row(item, i, handlers)));
  byId('more').hidden = !state.nextCursor;
  body.querySelector('tr.current')?.scrollIntoView({ block: 'nearest' });
  renderBulkBar(handlers);
}

export function renderBulkBar(handlers) {
  const bar = byId('bulk-bar');
  const n = state.selected.size;
  bar.hidden = n === 0;
  if (n === 0) return;
  const first = [...state.selected.values()][0];
  const chosen = byId('bulk-reason')?.value;
  const preset = chosen ?? topReason(first);
  fill(bar,
    h('strong', {}, t('bulk.selected', { n: fmtNum(n) })),
    h('label', { for: 'bulk-reason' }, t('bulk.reason')),
    h('select', { id: 'bulk-reason' }, h('option', { value: '' }, t('decide.choose')),
      REASON_CODES.map((c) => h('option', { value: c, selected: c === preset }, code('reason', c)))),
    BULK_ACTIONS.map((a) => h('button', { type: 'button', class: `act act-${a}`, onclick: () => handlers.onBulk(a) }, t(`bulk.all.${a}`))),
    h('button', { type: 'button', onclick: handlers.onClearSelection }, t('bulk.clear')),
  );
}
