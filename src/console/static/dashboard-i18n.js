// Dashboard strings in English and Simplified Chinese. The language comes from the switch in the header,
// else from the browser (navigator.languages), and is remembered per browser.
import { MESSAGES_EN } from './messages-en.js';
import { MESSAGES_ZH } from './messages-zh.js';

const LANG_STORAGE = 'candor.dashboard.lang';

const STRINGS = {
  en: {
    title: 'Candor reputation', console: 'Moderation console', language: 'Language',
    keyLabel: 'API key (merchant, moderator or admin)', signIn: 'Sign in', signOut: 'Sign out', keyRejected: 'That key was not accepted.',
    scope: 'Dashboard scope', view: 'View', viewMerchant: 'Merchant', viewPlatform: 'Platform', merchant: 'Merchant', from: 'From', to: 'To', show: 'Show',
    loading: 'Loading…', notComputed: 'Figures not computed yet: the rollup job has not run.', periodFigures: 'Period figures',
    received: 'Reviews received', published: 'Published', average: 'Average rating', bayesian: 'Bayesian rating', satisfied: 'Satisfied (4–5★)',
    negative: 'Negative sentiment', complaintRate: 'Complaint rate (complaints ÷ orders)', replyRate: 'Reply rate', replyLatency: 'Reply latency p50 / p90',
    negativeReviewRate: 'Negative-review rate', replyTime: 'Reply time median / p90', recommendShare: 'Recommend', nps: 'NPS (0–10 answers)',
    churn: 'Churn', repeat: 'Repeat purchase', channel: 'Channel', allChannels: 'All channels', refresh: 'Refresh figures',
    refreshQueued: (id) => `Refresh queued (${id}); figures update when it finishes.`, refreshLimited: (s) => `Refreshed recently: try again in ${s} s.`,
    exactMinutes: (n) => `${n} min`, chartComplaintRate: 'Complaint rate and negative-review rate per day',
    verified: 'Verified share', incentivised: 'Incentivised share', fakeRate: 'Fake-review rate', sla: 'Moderation SLA p50 / p90',
    chartVolume: 'Reviews per day', chartRating: 'Average rating per day', chartDistribution: 'Rating distribution', chartSentiment: 'Sentiment mix',
    chartNegative: 'Negative sentiment share per day', chartAspects: 'Aspects mentioned', chartChannels: 'Satisfaction (4–5★) by channel — red: significantly different',
    chartReplyRate: 'Reply rate per day', csv: 'CSV', downloadCsv: (t) => `Download ${t} as CSV`,
    empty: 'No data in this period.', singleDay: (day) => `All of this period's data falls on one day (${day}).`,
    positive: 'positive', neutral: 'neutral', negativeLabel: 'negative', mixed: 'mixed',
    auditAlert: (fired, margin) => `Suppression alert: negative reviews fare worse on ${fired} (margin ${margin}). `,
    auditOk: 'Suppression audit: no significant difference between negative and positive reviews. ', evidence: 'Evidence CSV',
    minutes: (n) => `≤ ${n} min`, hours: (n) => `≤ ${n} h`, days: (n) => `≤ ${n} d`,
  },
  'zh-CN': {
    title: 'Candor 口碑看板', console: '审核控制台', language: '语言',
    keyLabel: 'API 密钥（商家、审核员或管理员）', signIn: '登录', signOut: '退出', keyRejected: '该密钥未被接受。',
    scope: '看板范围', view: '视图', viewMerchant: '商家', viewPlatform: '平台', merchant: '商家', from: '开始日期', to: '结束日期', show: '查看',
    loading: '加载中…', notComputed: '指标尚未计算：汇总任务还没有运行。', periodFigures: '本期指标',
    received: '收到的评价', published: '已发布', average: '平均评分', bayesian: '贝叶斯评分', satisfied: '满意度（4–5★）',
    negative: '负面情感占比', complaintRate: '投诉率（投诉数 ÷ 订单数）', replyRate: '回复率', replyLatency: '回复时长 p50 / p90',
    negativeReviewRate: '差评率', replyTime: '回复时长 中位数 / p90', recommendShare: '推荐率', nps: '净推荐值（0–10 分）',
    churn: '流失率', repeat: '复购率', channel: '渠道', allChannels: '全部渠道', refresh: '刷新指标',
    refreshQueued: (id) => `已排队刷新（${id}），完成后指标会更新。`, refreshLimited: (s) => `刚刚刷新过，请 ${s} 秒后再试。`,
    exactMinutes: (n) => `${n} 分钟`, chartComplaintRate: '每日投诉率与差评率',
    verified: '已验证占比', incentivised: '激励评价占比', fakeRate: '虚假评价率', sla: '审核时效 p50 / p90',
    chartVolume: '每日评价数', chartRating: '每日平均评分', chartDistribution: '评分分布', chartSentiment: '情感构成',
    chartNegative: '每日负面情感占比', chartAspects: '提及的方面', chartChannels: '各渠道满意度（4–5★）— 红色：差异显著',
    chartReplyRate: '每日回复率', csv: 'CSV', downloadCsv: (t) => `下载“${t}”CSV`,
    empty: '本期没有数据。', singleDay: (day) => `本期数据全部集中在一天（${day}）。`,
    positive: '正面', neutral: '中性', negativeLabel: '负面', mixed: '混合',
    auditAlert: (fired, margin) => `压制预警：负面评价在以下方面处境更差：${fired}（阈值 ${margin}）。`,
    auditOk: '压制审计：负面与正面评价之间没有显著差异。', evidence: '证据 CSV',
    minutes: (n) => `≤ ${n} 分钟`, hours: (n) => `≤ ${n} 小时`, days: (n) => `≤ ${n} 天`,
  },
};

export const LANGUAGES = [{ code: 'en', name: 'English' }, { code: 'zh-CN', name: '简体中文' }];

/** 'zh-CN' for any Chinese browser language (zh, zh-Hans, zh-TW…: Simplified is the one we have), else English. */
export function pickLanguage(stored, browserLanguages) {
  if (stored && Object.hasOwn(STRINGS, stored)) return stored;
  const first = (browserLanguages ?? []).find(Boolean) ?? 'en';
  return first.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

let current = pickLanguage(localStorage.getItem(LANG_STORAGE), navigator.languages?.length ? navigator.languages : [navigator.language]);

export const lang = () => current;
export const t = (key, ...args) => {
  const value = STRINGS[current][key] ?? STRINGS.en[key] ?? key;
  return typeof value === 'function' ? value(...args) : value;
};

// Aspect names come from the console's catalogs, so the detail view and the dashboard never name an aspect differently.
const ASPECT_CATALOGS = { en: MESSAGES_EN, 'zh-CN': MESSAGES_ZH };
/** 'after_sales' → 'after-sales' / '售后'; an aspect without a label (a lexicon ahead of the catalog) keeps its key. */
export const aspectName = (aspect) => ASPECT_CATALOGS[current][`aspect.${aspect}`] ?? aspect;

/** 'hold_rate' → 'hold rate' / '暂扣率': the suppression alert names the failing checks in the page's language. */
export const auditMetricName = (metric) => ASPECT_CATALOGS[current][`audit.metric.${metric}`] ?? metric.replaceAll('_', ' ');

export function setLanguage(code) {
  current = pickLanguage(code, []);
  localStorage.setItem(LANG_STORAGE, current);
  document.documentElement.lang = current;
}

/** Fills every element carrying data-i18n (text) or data-i18n-label (aria-label) from the table. */
export function translateStatic(root = document) {
  document.documentElement.lang = current;
  document.title = t('title');
  for (const node of root.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of root.querySelectorAll('[data-i18n-label]')) node.setAttribute('aria-label', t(node.dataset.i18nLabel));
}

export const formatNumber = (value, options) => new Intl.NumberFormat(current, options).format(value);
