// Tiny DOM helpers. User content only ever reaches the page through text nodes (textContent),
// never through innerHTML, so review text like "<img onerror=…>" is shown, not run.

/** h('p', { class: 'x', onclick: fn }, 'text', child) → element. Strings become text nodes. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') el.addEventListener(name.slice(2), value);
    else if (name === 'class') el.className = value;
    else if (name === 'dataset') Object.assign(el.dataset, value);
    else if (name in el && typeof value !== 'string') el[name] = value;
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces every child of `el`. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

export const byId = (id) => document.getElementById(id);

/**
 * Data, not interface text: user content, names, numbers and dates. Marked so the browser test can tell it from
 * catalog text (every other visible text node must come from the i18n catalog).
 */
export const data = (text, tag = 'span', attrs = {}) => h(tag, { ...attrs, 'data-content': '' }, text);

/** ★★★☆☆ as data, with the rating spoken from the catalog. */
export const stars = (rating, ariaLabel) => h('span', { class: 'stars', 'data-content': '', 'aria-label': ariaLabel },
  typeof rating === 'number' ? `${'★'.repeat(rating)}${'☆'.repeat(Math.max(0, 5 - rating))}` : '—');

let statusTimer;
/** Polite status line (aria-live); `kind` error uses role=alert semantics via the separate region. */
export function announce(message, kind = 'info') {
  const region = byId(kind === 'error' ? 'alert' : 'status');
  const other = byId(kind === 'error' ? 'status' : 'alert');
  other.textContent = '';
  region.textContent = message;
  region.dataset.kind = kind;
  clearTimeout(statusTimer);
  if (kind !== 'error') statusTimer = setTimeout(() => { region.textContent = ''; }, 8000);
}
