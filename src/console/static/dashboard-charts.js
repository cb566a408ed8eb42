// Plain SVG charts for the reputation dashboards. Text goes in through textContent only (never innerHTML),
// so merchant and channel names cannot inject markup. Every chart carries its data as CSV.
const NS = 'http://www.w3.org/2000/svg';
const W = 560;
const H = 220;
const PAD = { l: 44, r: 12, t: 10, b: 36 };

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

function axes(svg, max, format) {
  for (const f of [0, 0.5, 1]) {
    const y = PAD.t + (H - PAD.t - PAD.b) * (1 - f);
    svg.append(el('line', { x1: PAD.l, x2: W - PAD.r, y1: y, y2: y, stroke: '#e5e7eb' }));
    svg.append(el('text', { x: PAD.l - 4, y: y + 4, 'text-anchor': 'end', 'font-size': 10, fill: '#6b7280' }, format(max * f)));
  }
}

function lineSvg(rows, format) {
  const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img' });
  const values = rows.map((r) => r[1]).filter((v) => typeof v === 'number');
  const max = Math.max(1e-9, ...values);
  axes(svg, max, format);
  const xs = (i) => PAD.l + ((W - PAD.l - PAD.r) * i) / Math.max(1, rows.length - 1);
  const ys = (v) => PAD.t + (H - PAD.t - PAD.b) * (1 - v / max);
  let d = '';
  rows.forEach((r, i) => {
    if (typeof r[1] !== 'number') return;
    d += `${d === '' || typeof rows[i - 1]?.[1] !== 'number' ? 'M' : 'L'}${xs(i).toFixed(1)},${ys(r[1]).toFixed(1)} `;
  });
  svg.append(el('path', { d: d.trim() || 'M0,0', fill: 'none', stroke: '#2563eb', 'stroke-width': 1.5, 'data-points': values.length }));
  const ticks = rows.length > 1 ? [0, Math.floor((rows.length - 1) / 2), rows.length - 1] : [0];
  for (const i of ticks) if (rows[i]) svg.append(el('text', { x: xs(i), y: H - 12, 'text-anchor': 'middle', 'font-size': 10, fill: '#6b7280' }, rows[i][0]));
  return svg;
}

function barSvg(rows, format, flags) {
  const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img' });
  const max = Math.max(1e-9, ...rows.map((r) => (typeof r[1] === 'number' ? r[1] : 0)));
  axes(svg, max, format);
  const slot = (W - PAD.l - PAD.r) / Math.max(1, rows.length);
  rows.forEach((r, i) => {
    const v = typeof r[1] === 'number' ? r[1] : 0;
    const h = (H - PAD.t - PAD.b) * (v / max);
    const x = PAD.l + slot * i + slot * 0.15;
    const bar = el('rect', { x, y: H - PAD.b - h, width: slot * 0.7, height: h, fill: flags?.[i] ? '#dc2626' : '#2563eb', class: 'bar' });
    bar.append(el('title', {}, `${r[0]}: ${format(v)}`));
    svg.append(bar);
    svg.append(el('text', { x: x + slot * 0.35, y: H - 20, 'text-anchor': 'middle', 'font-size': 10, fill: '#374151' }, String(r[0]).slice(0, 16)));
  });
  return svg;
}

/**
 * A chart card. spec: { id, title, kind: 'line' | 'bar', columns, rows, format?, flags? } — rows[i] = [label, value, ...extra].
 */
export function chartCard(spec) {
  const format = spec.format ?? ((v) => (Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 100) / 100));
  const fig = document.createElement('figure');
  fig.className = 'chart';
  fig.id = `chart-${spec.id}`;
  const cap = document.createElement('figcaption');
  const title = document.createElement('span');
  title.textContent = spec.title;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'csv';
  button.textContent = 'CSV';
  button.setAttribute('aria-label', `Download ${spec.title} as CSV`);
  button.addEventListener('click', () => download(`${spec.id}.csv`, toCsv(spec.columns, spec.rows)));
  cap.append(title, button);
  const svg = spec.kind === 'line' ? lineSvg(spec.rows, format) : barSvg(spec.rows, format, spec.flags);
  svg.setAttribute('aria-label', spec.title);
  fig.append(cap, svg);
  return fig;
}
