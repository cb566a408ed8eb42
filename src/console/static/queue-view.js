// The queue column: filters, the priority-ordered list (as the API returns it) and the bulk bar.
import { byId, fill, fmtAge, h, label, stars } from './dom.js';
import { ACTION_LABELS, BULK_ACTIONS, REASON_CODES, state, topReason } from './state.js';

const EXTRA_CODES = ['reported', 'manual'];

function select(id, text, options, value) {
  return h('div', { class: 'field' },
    h('label', { for: id }, text),
    h('select', { id, name: id.replace('f-', '') },
      options.map(([v, t]) => h('option', { value: v, selected: v === (value ?? '') }, t))));
}

/** Builds the filter form once the merchant and channel lists are known; `onApply(filters)` on submit. */
export function renderFilters(onApply) {
  const f = state.filters;
  const form = byId('filters');
  fill(form,
    select('f-merchantId', 'Merchant', [['', 'All merchants'], ...[...state.merchants].map(([id, m]) => [id, m.name])], f.merchantId),
    select('f-channelId', 'Channel', [['', 'All channels'], ...[...state.channels].map(([id, c]) => [id, `${c.name} (${c.code})`])], f.channelId),
    select('f-reasonCode', 'Reason', [['', 'Any reason'], ...[...REASON_CODES, ...EXTRA_CODES].map((c) => [c, label(c)])], f.reasonCode),
    h('div', { class: 'field narrow' }, h('label', { for: 'f-language' }, 'Language'),
      h('input', { id: 'f-language', name: 'language', value: f.language ?? '', placeholder: 'en, zh…', size: 6, pattern: '[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*' })),
    h('div', { class: 'field narrow' }, h('label', { for: 'f-minPriority' }, 'Min priority'),
      h('input', { id: 'f-minPriority', name: 'minPriority', type: 'number', min: 0, max: 100, value: f.minPriority ?? '' })),
    select('f-assigned', 'Assigned', [['any', 'Anyone'], ['mine', 'Me'], ['unassigned', 'Nobody']], f.assigned ?? 'any'),
    select('f-escalated', 'Escalated', [['', 'Either'], ['true', 'Escalated'], ['false', 'Not escalated']], f.escalated),
    h('div', { class: 'field actions' }, h('button', { type: 'submit', class: 'primary' }, 'Apply'),
      h('button', { type: 'reset', onclick: () => setTimeout(() => form.requestSubmit(), 0) }, 'Clear')),
  );
  form.onsubmit = (ev) => {
    ev.preventDefault();
    const data = Object.fromEntries([...new FormData(form)].filter(([, v]) => v !== ''));
    if (data.assigned === 'any') delete data.assigned;
    onApply(data);
  };
}

function row(item, i, handlers) {
  const current = i === state.index;
  const checked = state.selected.has(item.id);
  const title = item.review.title || item.review.excerpt.slice(0, 80) || '(empty review)';
  const chips = item.reasonCodes.map((c) => h('span', { class: `chip${c === topReason(item.reasonCodes) ? ' chip-top' : ''}` }, label(c)));
  const who = item.state === 'claimed' ? (item.claimedBy === state.me ? 'claimed by you' : 'claimed') : item.escalated ? 'escalated' : 'open';
  return h('tr', { class: `${current ? 'current' : ''}${checked ? ' selected' : ''}`, 'aria-current': current ? 'true' : null, dataset: { id: item.id } },
    h('td', {}, h('input', {
      type: 'checkbox', checked, 'aria-label': `Select “${title}” for a bulk decision`, onchange: () => handlers.onToggle(item.id),
    })),
    h('td', { class: 'prio' }, h('span', { title: `base ${item.priority}, fake score ${item.fakeScore.toFixed(2)}` }, String(Math.round(item.effectivePriority)))),
    h('td', { class: 'summary' },
      h('button', { type: 'button', class: 'row-open', onclick: () => handlers.onOpen(i) }, title),
      h('div', { class: 'excerpt' }, item.review.excerpt),
      h('div', { class: 'meta' }, h('span', { 'aria-label': `rating ${item.review.rating ?? 'none'}` }, stars(item.review.rating)),
        ' · ', [item.review.language, `waiting ${fmtAge(item.ageSeconds)}`, who, item.reportCount ? `${item.reportCount} report(s)${item.reportReasons?.length ? `: ${item.reportReasons.map(label).join(', ')}` : ''}` : null].filter(Boolean).join(' · ')),
      h('div', { class: 'chips' }, chips)),
  );
}

export function renderQueue(handlers) {
  const body = byId('queue-body');
  if (state.items.length === 0) fill(body, h('tr', {}, h('td', { colspan: 3, class: 'empty' }, 'Nothing in the queue for these filters.')));
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
  fill(bar,
    h('strong', {}, `${n} selected`),
    h('label', { for: 'bulk-reason' }, 'Reason'),
    h('select', { id: 'bulk-reason' }, h('option', { value: '' }, '—'),
      REASON_CODES.map((c) => h('option', { value: c, selected: c === topReason(first?.reasonCodes) }, label(c)))),
    BULK_ACTIONS.map((a) => h('button', { type: 'button', class: `act act-${a}`, onclick: () => handlers.onBulk(a) }, `${ACTION_LABELS[a]} all`)),
    h('button', { type: 'button', onclick: handlers.onClearSelection }, 'Clear selection'),
  );
}
