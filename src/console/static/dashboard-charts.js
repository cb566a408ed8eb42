// Plain SVG charts for the reputation dashboards. Text goes in through textContent only (never innerHTML),
// so merchant and channel names cannot inject markup. Every chart carries its data as CSV.
// Charts are drawn at the width their card has on screen (viewBox = measured px) and redrawn when it
// changes, so a phone gets a 340 px chart with readable labels instead of a scaled-down 1,400 px one.
// Colours and fonts come from classes in dashboard.css: the CSP forbids inline styles.
import { t } from './dashboard-i18n.js';

const NS = 'http://www.w3.org/2000/svg';
const PAD = { l: 44, r: 12, t: 10, b: 30 };

function el(name, attrs = {}, text) {
  const node = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = String(text);
  return node;
}

const csvCell = (v) => {
  if (v === null || v === undefined) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

export function toCsv(columns, rows) {
  return [columns, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function download(filename, text) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function frame(width) {
  const W = Math.max(200, Math.round(width));
  const H = W < 480 ? 180 : 220;
  return { W, H, svg: el('svg', { viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'img' }) };
}

function axes(f, max, format) {
  for (const share of [0, 0.5, 1]) {
    const y = PAD.t + (f.H - PAD.t - PAD.b) * (1 - share);
    f.svg.append(el('line', { x1: PAD.l, x2: f.W - PAD.r, y1: y, y2: y, class: 'grid' }));
    f.svg.append(el('text', { x: PAD.l - 4, y: y + 4, 'text-anchor': 'end', class: 'axis-label' }, format(max * share)));
  }
}

function emptySvg(width) {
  const f = frame(width);
  f.svg.append(el('text', { x: f.W / 2, y: f.H / 2, 'text-anchor': 'middle', class: 'empty-text' }, t('empty')));
  f.svg.dataset.empty = 'true';
  return f.svg;
}

/** Labels that fit: about one per 90 px, always the first and the last. */
function tickIndexes(count, plotWidth) {
  if (count <= 1) return [0];
  const wanted = Math.max(2, Math.min(count, Math.floor(plotWidth / 90)));
  const out = new Set();
  for (let k = 0; k < wanted; k++) out.add(Math.round((k * (count - 1)) / (wanted - 1)));
  return [...out];
}

function lineSvg(rows, format, width) {
  const f = frame(width);
  const values = rows.map((r) => r[1]).filter((v) => typeof v === 'number');
  const max = Math.max(1e-9, ...values);
  axes(f, max, format);
  const plot = f.W - PAD.l - PAD.r;
  const xs = (i) => PAD.l + (rows.length > 1 ? (plot * i) / (rows.length - 1) : plot / 2);
  const ys = (v) => PAD.t + (f.H - PAD.t - PAD.b) * (1 - v / max);
  let d = '';
  rows.forEach((r, i) => {
    if (typeof r[1] !== 'number') return;
    d += `${d === '' || typeof rows[i - 1]?.[1] !== 'number' ? 'M' : 'L'}${xs(i).toFixed(1)},${ys(r[1]).toFixed(1)} `;
  });
  f.svg.append(el('path', { d: d.trim() || 'M0,0', class: 'line', 'data-points': values.length }));
  // A point with no neighbour draws no line, and the only non-zero day of a period is a bare spike:
  // mark them, so a single day reads as a data point rather than a blank or a glitch.
  const onlyDay = values.filter((v) => v !== 0).length === 1;
  rows.forEach((r, i) => {
    if (typeof r[1] !== 'number') return;
    const alone = typeof rows[i - 1]?.[1] !== 'number' && typeof rows[i + 1]?.[1] !== 'number';
    if (alone || rows.length <= 31 || (onlyDay && r[1] !== 0)) f.svg.append(el('circle', { cx: xs(i), cy: ys(r[1]), r: 3, class: 'dot' }));
  });
  for (const i of tickIndexes(rows.length, plot)) {
    if (rows[i]) f.svg.append(el('text', { x: xs(i), y: f.H - 10, 'text-anchor': i === 0 && rows.length > 1 ? 'start' : i === rows.length - 1 && rows.length > 1 ? 'end' : 'middle', class: 'axis-label' }, String(rows[i][0]).slice(5)));
  }
  return f.svg;
}

function barSvg(rows, format, flags, width) {
  const f = frame(width);
  const max = Math.max(1e-9, ...rows.map((r) => (typeof r[1] === 'number' ? r[1] : 0)));
  axes(f, max, format);
  const slot = (f.W - PAD.l - PAD.r) / Math.max(1, rows.length);
  const chars = Math.max(3, Math.floor(slot / 7));
  rows.forEach((r, i) => {
    const v = typeof r[1] === 'number' ? r[1] : 0;
    const h = (f.H - PAD.t - PAD.b) * (v / max);
    const x = PAD.l + slot * i + slot * 0.15;
    const bar = el('rect', { x, y: f.H - PAD.b - h, width: slot * 0.7, height: h, class: flags?.[i] ? 'bar flag' : 'bar' });
    bar.append(el('title', {}, `${r[0]}: ${format(v)}`));
    f.svg.append(bar);
    f.svg.append(el('text', { x: x + slot * 0.35, y: f.H - 12, 'text-anchor': 'middle', class: 'axis-label' }, clip(String(r[0]), chars)));
  });
  return f.svg;
}

const clip = (text, chars) => (text.length > chars ? `${text.slice(0, chars - 1)}…` : text);
const hasData = (spec) => spec.rows.some((r) => typeof r[1] === 'number' && r[1] !== 0);
/** The one day carrying data when a daily series has exactly one (e.g. one import of history). */
const singleDay = (spec) => {
  const days = spec.rows.filter((r) => typeof r[1] === 'number' && r[1] !== 0);
  return spec.kind === 'line' && days.length === 1 ? days[0][0] : null;
};

/** (Re)draws a card's SVG at the card's current content width. */
export function drawChart(fig) {
  const spec = fig.spec;
  const style = getComputedStyle(fig);
  const width = fig.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  if (width <= 0 || width === fig.drawnWidth) return;
  fig.drawnWidth = width;
  const format = spec.format ?? ((v) => (Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 100) / 100));
  const svg = !hasData(spec) ? emptySvg(width) : spec.kind === 'line' ? lineSvg(spec.rows, format, width) : barSvg(spec.rows, format, spec.flags, width);
  svg.setAttribute('aria-label', spec.title);
  fig.querySelector('svg')?.remove();
  fig.append(svg);
}

/**
 * A chart card (the SVG is drawn by drawChart once the card is in the page and has a width).
 * spec: { id, title, kind: 'line' | 'bar', columns, rows, format?, flags? } — rows[i] = [label, value, ...extra].
 */
export function chartCard(spec) {
  const fig = document.createElement('figure');
  fig.className = 'chart';
  fig.id = `chart-${spec.id}`;
  fig.spec = spec;
  const cap = document.createElement('figcaption');
  const title = document.createElement('span');
  title.textContent = spec.title;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'csv';
  button.textContent = t('csv');
  button.setAttribute('aria-label', t('downloadCsv', spec.title));
  button.addEventListener('click', () => download(`${spec.id}.csv`, toCsv(spec.columns, spec.rows)));
  cap.append(title, button);
  fig.append(cap);
  const day = hasData(spec) ? singleDay(spec) : null;
  if (day) {
    const note = document.createElement('p');
    note.className = 'note';
    note.textContent = t('singleDay', day);
    fig.append(note);
  }
  return fig;
}
