// Reputation dashboards: a merchant view (own scope for merchant keys, any merchant for staff) and a platform view.
// Reads only the rollup-backed API; every chart has a CSV download of exactly the numbers drawn.
import { chartCard, toCsv } from './dashboard-charts.js';

const KEY_STORAGE = 'candor.console.key'; // shared with the moderation console: one sign-in per tab
const $ = (id) => document.getElementById(id);
const state = { key: sessionStorage.getItem(KEY_STORAGE), staff: false };

async function call(path, query = {}, accept = 'application/json') {
  const url = new URL(path, window.location.origin);
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') url.searchParams.set(k, String(v));
  const res = await fetch(url, { headers: { authorization: `Bearer ${state.key}`, accept } });
  if (!res.ok) {
    const body = await res.json().catch(() => null);
    const error = new Error(body?.message ?? `HTTP ${res.status}`);
    error.status = res.status;
    throw error;
  }
  return accept === 'application/json' ? res.json() : res.text();
}

const pct = (v) => (v === null || v === undefined ? '—' : `${(v * 100).toFixed(1)}%`);
const num = (v, d = 2) => (v === null || v === undefined ? '—' : String(Math.round(v * 10 ** d) / 10 ** d));
const dur = (s) => (s === null || s === undefined ? '—' : s < 3600 ? `≤ ${Math.round(s / 60)} min` : s < 172800 ? `≤ ${Math.round(s / 3600)} h` : `≤ ${Math.round(s / 86400)} d`);
const status = (text) => { $('status').textContent = text; };

function tile(key, value) {
  const div = document.createElement('div');
  div.className = 'tile';
  const v = document.createElement('div');
  v.className = 'v';
  v.textContent = value;
  const k = document.createElement('div');
  k.className = 'k';
  k.textContent = key;
  div.append(v, k);
  return div;
}

function renderTiles(s) {
  $('tiles').replaceChildren(
    tile('Reviews received', String(s.volume.received)),
    tile('Published', String(s.volume.published)),
    tile('Average rating', num(s.rating.average)),
    tile('Bayesian rating', num(s.rating.bayesianAverage)),
    tile('Satisfied (4–5★)', pct(s.rating.satisfiedShare)),
    tile('Negative sentiment', pct(s.sentiment.negativeShare)),
    tile('Complaint rate', pct(s.complaints.rate)),
    tile('Reply rate', pct(s.replies.rate)),
    tile('Reply latency p50 / p90', `${dur(s.replies.latency.medianSeconds)} / ${dur(s.replies.latency.p90Seconds)}`),
    tile('Verified share', pct(s.verifiedShare)),
    tile('Incentivised share', pct(s.incentivizedShare)),
    tile('Fake-review rate', pct(s.fake.rate)),
    tile('Moderation SLA p50 / p90', `${dur(s.moderationSla.medianSeconds)} / ${dur(s.moderationSla.p90Seconds)}`),
  );
}

function chartSpecs(data) {
  const s = data.summary;
  const series = data.series;
  return [
    { id: 'volume', title: 'Reviews per day', kind: 'line', columns: ['day', 'received', 'published'], rows: series.map((p) => [p.day, p.received, p.published]) },
    { id: 'rating-trend', title: 'Average rating per day', kind: 'line', columns: ['day', 'average', 'ratings'], rows: series.map((p) => [p.day, p.average, p.ratingCount]) },
    { id: 'distribution', title: 'Rating distribution', kind: 'bar', columns: ['stars', 'count'], rows: ['1', '2', '3', '4', '5'].map((k) => [`${k}★`, s.rating.distribution[k]]) },
    { id: 'sentiment', title: 'Sentiment mix', kind: 'bar', columns: ['sentiment', 'count'], rows: ['positive', 'neutral', 'negative', 'mixed'].map((k) => [k, s.sentiment[k]]) },
    { id: 'negative-trend', title: 'Negative sentiment share per day', kind: 'line', format: pct, columns: ['day', 'negative_share'], rows: series.map((p) => [p.day, p.negativeShare]) },
    { id: 'aspects', title: 'Aspects mentioned', kind: 'bar', columns: ['aspect', 'mentions', 'negative'], rows: s.aspects.map((a) => [a.aspect, a.mentions, a.negative]) },
    {
      id: 'channels', title: 'Satisfaction (4–5★) by channel — red: significantly different', kind: 'bar', format: pct,
      columns: ['channel', 'satisfied_share', 'ratings', 'average', 'p_value', 'significant', 'direction'],
      rows: data.channels.map((c) => [c.channelName, c.satisfiedShare, c.ratingCount, c.average, c.test?.pValue ?? null, c.test?.significant ?? false, c.test?.direction ?? 'untested']),
      flags: data.channels.map((c) => Boolean(c.test?.significant)),
    },
    { id: 'reply-rate', title: 'Reply rate per day', kind: 'line', format: pct, columns: ['day', 'reply_rate'], rows: series.map((p) => [p.day, p.replyRate]) },
  ];
}

function renderAudit(audit, query) {
  const box = $('audit');
  box.hidden = false;
  box.className = `alert ${audit.alert ? 'bad' : 'ok'}`;
  const fired = audit.tests.filter((t) => t.alert).map((t) => t.metric.replaceAll('_', ' '));
  const text = document.createElement('span');
  text.textContent = audit.alert
    ? `Suppression alert: negative reviews fare worse on ${fired.join(', ')} (margin ${audit.config.margin}). `
    : 'Suppression audit: no significant difference between negative and positive reviews. ';
  const button = document.createElement('button');
  button.type = 'button';
  button.id = 'audit-csv';
  button.textContent = 'Evidence CSV';
  button.addEventListener('click', async () => {
    const csv = await call('/v1/reputation/suppression-audit', { ...query, format: 'csv' }, 'text/csv');
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    a.download = 'suppression-audit.csv';
    a.click();
  });
  box.replaceChildren(text, button);
}

async function load(event) {
  event?.preventDefault();
  const view = $('view').value;
  const period = { from: $('from').value, to: $('to').value };
  const merchantId = state.staff ? $('merchant').value : undefined;
  const scope = view === 'platform' ? { scope: 'platform' } : { scope: 'merchant', id: merchantId };
  status('Loading…');
  try {
    const auditQuery = { ...period, merchantId: view === 'platform' ? undefined : merchantId };
    const [data, audit] = await Promise.all([call('/v1/reputation/indicators', { ...scope, ...period }), call('/v1/reputation/suppression-audit', auditQuery)]);
    renderTiles(data.summary);
    $('charts').replaceChildren(...chartSpecs(data).map(chartCard));
    renderAudit(audit, auditQuery);
    document.body.dataset.loaded = `${view}:${data.period.from}:${data.period.to}`;
    status(data.dataAsOf ? '' : 'Figures not computed yet: the rollup job has not run.');
  } catch (error) {
    status(error.message);
  }
}

async function start() {
  $('signin').hidden = true;
  try {
    const merchants = await call('/v1/merchants', { limit: 100 });
    state.staff = true;
    $('merchant').replaceChildren(...merchants.map((m) => Object.assign(document.createElement('option'), { value: m.id, textContent: m.name })));
  } catch (error) {
    if (error.status === 401) return signOut('That key was not accepted.');
    state.staff = false;
    $('merchant-field').hidden = true;
    $('view').querySelector('option[value="platform"]').remove();
  }
  const today = new Date();
  $('to').value = today.toISOString().slice(0, 10);
  $('from').value = new Date(today.getTime() - 89 * 86400000).toISOString().slice(0, 10);
  $('dashboard').hidden = false;
  await load();
}

function signOut(message = '') {
  sessionStorage.removeItem(KEY_STORAGE);
  state.key = null;
  $('dashboard').hidden = true;
  $('signin').hidden = false;
  status(message);
}

$('signin-form').addEventListener('submit', (event) => {
  event.preventDefault();
  state.key = $('api-key').value.trim();
  sessionStorage.setItem(KEY_STORAGE, state.key);
  void start();
});
$('controls').addEventListener('submit', load);
$('view').addEventListener('change', () => { $('merchant-field').hidden = !state.staff || $('view').value === 'platform'; });
$('signout').addEventListener('click', () => signOut());
if (state.key) void start(); else $('signin').hidden = false;
export { toCsv };
