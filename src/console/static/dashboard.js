// Reputation dashboards: a merchant view (own scope for merchant keys, any merchant for staff) and a platform view.
// Reads only the rollup-backed API; every chart has a CSV download of exactly the numbers drawn.
// A merchant key may not list merchants (403 on /v1/merchants): GET /v1/me says which merchant it is.
import { chartCard, drawChart, toCsv } from './dashboard-charts.js';
import { aspectName, auditMetricName, formatNumber, lang, LANGUAGES, setLanguage, t, translateStatic } from './dashboard-i18n.js';

const KEY_STORAGE = 'candor.console.key'; // shared with the moderation console: one sign-in per tab
const $ = (id) => document.getElementById(id);
const state = { key: sessionStorage.getItem(KEY_STORAGE), staff: false, last: null };

async function call(path, query = {}, accept = 'application/json', method = 'GET') {
  const url = new URL(path, window.location.origin);
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') url.searchParams.set(k, String(v));
  const init = { method, headers: { authorization: `Bearer ${state.key}`, accept } };
  if (method !== 'GET') Object.assign(init, { body: '{}', headers: { ...init.headers, 'content-type': 'application/json' } });
  const res = await fetch(url, init);
  if (!res.ok) {
    const body = await res.json().catch(() => null);
    const error = new Error(body?.message ?? `HTTP ${res.status}`);
    error.status = res.status;
    error.retryAfter = Number(res.headers.get('retry-after')) || null;
    throw error;
  }
  return accept === 'application/json' ? res.json() : res.text();
}

const missing = (v) => v === null || v === undefined;
const pct = (v) => (missing(v) ? '—' : formatNumber(v, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }));
const num = (v, d = 2) => (missing(v) ? '—' : formatNumber(v, { maximumFractionDigits: d }));
const mins = (m) => (missing(m) ? '—' : t('exactMinutes', formatNumber(m, { maximumFractionDigits: 1 })));
const dur = (s) => (missing(s) ? '—' : s < 3600 ? t('minutes', Math.round(s / 60)) : s < 172800 ? t('hours', Math.round(s / 3600)) : t('days', Math.round(s / 86400)));
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

function renderTiles(s, loyalty) {
  $('tiles').replaceChildren(
    tile(t('received'), num(s.volume.received, 0)),
    tile(t('published'), num(s.volume.published, 0)),
    tile(t('average'), num(s.rating.average)),
    tile(t('bayesian'), num(s.rating.bayesianAverage)),
    tile(t('satisfied'), pct(s.rating.satisfiedShare)),
    tile(t('negative'), pct(s.sentiment.negativeShare)),
    tile(t('complaintRate'), pct(s.complaints.rate)),
    tile(t('negativeReviewRate'), pct(s.complaints.negativeReviewRate)),
    tile(t('replyRate'), pct(s.replies.rate)),
    tile(t('replyTime'), `${mins(s.replies.time.medianMinutes)} / ${mins(s.replies.time.p90Minutes)}`),
    tile(t('recommendShare'), pct(s.recommendation.share)),
    tile(t('nps'), missing(s.recommendation.nps.score) ? '—' : num(s.recommendation.nps.score, 1)),
    tile(t('churn'), pct(loyalty.churnRate)),
    tile(t('repeat'), pct(loyalty.repeatPurchaseRate)),
    tile(t('verified'), pct(s.verifiedShare)),
    tile(t('incentivised'), pct(s.incentivizedShare)),
    tile(t('fakeRate'), pct(s.fake.rate)),
    tile(t('sla'), `${dur(s.moderationSla.medianSeconds)} / ${dur(s.moderationSla.p90Seconds)}`),
  );
}

function chartSpecs(data) {
  const s = data.summary;
  const series = data.series;
  return [
    { id: 'volume', title: t('chartVolume'), kind: 'line', columns: ['day', 'received', 'published'], rows: series.map((p) => [p.day, p.received, p.published]) },
    { id: 'rating-trend', title: t('chartRating'), kind: 'line', columns: ['day', 'average', 'ratings'], rows: series.map((p) => [p.day, p.average, p.ratingCount]) },
    { id: 'distribution', title: t('chartDistribution'), kind: 'bar', columns: ['stars', 'count'], rows: ['1', '2', '3', '4', '5'].map((k) => [`${k}★`, s.rating.distribution[k]]) },
    { id: 'sentiment', title: t('chartSentiment'), kind: 'bar', columns: ['sentiment', 'count'], rows: ['positive', 'neutral', 'negative', 'mixed'].map((k) => [t(k === 'negative' ? 'negativeLabel' : k), s.sentiment[k]]) },
    { id: 'negative-trend', title: t('chartNegative'), kind: 'line', format: pct, columns: ['day', 'negative_share'], rows: series.map((p) => [p.day, p.negativeShare]) },
    { id: 'aspects', title: t('chartAspects'), kind: 'bar', columns: ['aspect', 'mentions', 'negative'], rows: s.aspects.map((a) => [aspectName(a.aspect), a.mentions, a.negative]) },
    {
      id: 'channels', title: t('chartChannels'), kind: 'bar', format: pct,
      columns: ['channel', 'satisfied_share', 'ratings', 'average', 'p_value', 'significant', 'direction'],
      rows: data.channels.map((c) => [c.channelName, c.satisfiedShare, c.ratingCount, c.average, c.test?.pValue ?? null, c.test?.significant ?? false, c.test?.direction ?? 'untested']),
      flags: data.channels.map((c) => Boolean(c.test?.significant)),
    },
    { id: 'reply-rate', title: t('chartReplyRate'), kind: 'line', format: pct, columns: ['day', 'reply_rate'], rows: series.map((p) => [p.day, p.replyRate]) },
    {
      id: 'complaint-rate', title: t('chartComplaintRate'), kind: 'line', format: pct,
      columns: ['day', 'complaint_rate', 'negative_review_rate'], rows: series.map((p) => [p.day, p.complaintRate, p.negativeReviewRate]),
    },
  ];
}

function renderAudit(audit, query) {
  const box = $('audit');
  box.hidden = false;
  box.className = `alert ${audit.alert ? 'bad' : 'ok'}`;
  const fired = audit.tests.filter((t) => t.alert).map((t) => auditMetricName(t.metric));
  const text = document.createElement('span');
  text.textContent = audit.alert ? t('auditAlert', fired.join(', '), audit.config.margin) : t('auditOk');
  const button = document.createElement('button');
  button.type = 'button';
  button.id = 'audit-csv';
  button.textContent = t('evidence');
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
  const merchantId = $('merchant').value || undefined;
  const channelId = $('channel').value || undefined;
  const scope = view === 'platform' ? { scope: 'platform', channelId } : { scope: 'merchant', id: merchantId, channelId };
  status(t('loading'));
  try {
    const auditQuery = { ...period, merchantId: view === 'platform' ? undefined : merchantId };
    const [data, audit] = await Promise.all([call('/v1/reputation/indicators', { ...scope, ...period }), call('/v1/reputation/suppression-audit', auditQuery)]);
    state.last = { data, audit, auditQuery };
    // The all-channels answer lists the scope's channels: the channel picker offers exactly those (a merchant key cannot list channels).
    if (!channelId) fillChannels(data.channels);
    render();
    document.body.dataset.loaded = `${view}:${data.period.from}:${data.period.to}:${channelId ?? 'all'}`;
  } catch (error) {
    status(error.message);
  }
}

/** Draws the last loaded figures in the current language, at the current width. */
function render() {
  if (!state.last) return;
  const { data, audit, auditQuery } = state.last;
  renderTiles(data.summary, data.loyalty);
  const cards = chartSpecs(data).map(chartCard);
  $('charts').replaceChildren(...cards);
  for (const card of cards) drawChart(card);
  renderAudit(audit, auditQuery);
  status(data.dataAsOf ? '' : t('notComputed'));
}

const option = (value, text) => Object.assign(document.createElement('option'), { value, textContent: text });

function fillChannels(channels) {
  const current = $('channel').value;
  $('channel').replaceChildren(option('', t('allChannels')), ...channels.map((c) => option(c.channelId, c.channelName)));
  $('channel').value = channels.some((c) => c.channelId === current) ? current : '';
}

/** Asks for a rollup refresh (a merchant key refreshes its own rows; the API rate-limits it and says when to retry). */
async function refresh() {
  try {
    const job = await call('/v1/reputation/rollups:refresh', {}, 'application/json', 'POST');
    status(t('refreshQueued', job.jobId));
  } catch (error) {
    status(error.status === 429 ? t('refreshLimited', error.retryAfter ?? 60) : error.message);
  }
}

async function start() {
  $('signin').hidden = true;
  let me;
  try {
    me = await call('/v1/me');
  } catch (error) {
    return signOut(error.status === 401 ? t('keyRejected') : error.message);
  }
  state.staff = me.role === 'admin' || me.role === 'moderator';
  if (state.staff) {
    const merchants = await call('/v1/merchants', { limit: 100 });
    $('merchant').replaceChildren(...merchants.map((m) => option(m.id, m.name)));
  } else {
    // A merchant sees exactly its own merchant, named, with no platform view.
    const merchant = me.merchantId ? await call(`/v1/merchants/${me.merchantId}`).catch(() => null) : null;
    $('merchant').replaceChildren(...(me.merchantId ? [option(me.merchantId, merchant?.name ?? me.merchantId)] : []));
    $('merchant').disabled = true;
    $('view').querySelector('option[value="platform"]')?.remove();
  }
  // Moderators may read but not refresh rollups.
  $('refresh').hidden = me.role === 'moderator';
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

function setupLanguage() {
  $('lang').replaceChildren(...LANGUAGES.map((l) => option(l.code, l.name)));
  $('lang').value = lang();
  translateStatic();
  $('lang').addEventListener('change', () => {
    setLanguage($('lang').value);
    translateStatic();
    render();
    document.body.dataset.lang = lang();
  });
  document.body.dataset.lang = lang();
}

// Charts are drawn at their card's width: redraw when a card's width changes (rotation, window resize).
const resized = new ResizeObserver((entries) => { for (const entry of entries) if (entry.target.spec) drawChart(entry.target); });
new MutationObserver(() => { for (const card of $('charts').children) resized.observe(card); }).observe($('charts'), { childList: true });

setupLanguage();
$('signin-form').addEventListener('submit', (event) => {
  event.preventDefault();
  state.key = $('api-key').value.trim();
  sessionStorage.setItem(KEY_STORAGE, state.key);
  void start();
});
$('controls').addEventListener('submit', load);
$('view').addEventListener('change', () => { $('merchant-field').hidden = $('view').value === 'platform'; });
$('signout').addEventListener('click', () => signOut());
$('refresh').addEventListener('click', () => void refresh());
if (state.key) void start(); else $('signin').hidden = false;
export { toCsv };
