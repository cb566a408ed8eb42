// Automation accuracy: how often moderators approve (overturn) the engine's holds, per leading signal and
// rule-set version, with handling times. A signal whose holds are mostly approved is over-firing.
import { api } from './api.js';
import { announce, byId, data, fill, h } from './dom.js';
import { code, fmtDateTime, fmtNum, fmtPct, t } from './i18n.js';

/** An approval rate at or above this marks a signal or version as mostly overturned. */
const OVER_FIRING_RATE = 0.5;

const mins = (m) => (m === null ? '—' : t('accuracy.minutes', { n: fmtNum(m, m % 1 ? 1 : 0) }));
const over = (rate) => rate !== null && rate >= OVER_FIRING_RATE;

function accuracyTable(caption, keyHeader, rows) {
  if (rows.length === 0) return h('p', { class: 'empty' }, t('accuracy.noHolds', { what: caption }));
  return h('table', { class: 'accuracy' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, [keyHeader, t('accuracy.decided'), t('accuracy.approved'), t('accuracy.upheld'), t('accuracy.rate')].map((x) => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, rows.map((r) => h('tr', { class: over(r.approvalRate) ? 'over-firing' : undefined },
      h('th', { scope: 'row' }, r.key), h('td', {}, data(fmtNum(r.decided))), h('td', {}, data(fmtNum(r.approved))), h('td', {}, data(fmtNum(r.upheld))),
      h('td', {}, data(fmtPct(r.approvalRate)), over(r.approvalRate) ? h('span', { class: 'flag' }, t('accuracy.overturnedFlag')) : null)))));
}

function mixTable(mix) {
  if (mix.byAction.length === 0) return h('p', { class: 'empty' }, t('accuracy.noDecisions'));
  return h('table', { class: 'accuracy' },
    h('caption', {}, t('accuracy.mixCaption', { total: fmtNum(mix.total), automated: fmtNum(mix.automated), human: fmtNum(mix.human) })),
    h('thead', {}, h('tr', {}, [t('accuracy.action'), t('accuracy.automated'), t('accuracy.moderators'), t('accuracy.total')].map((x) => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, mix.byAction.map((a) => h('tr', {}, h('th', { scope: 'row' }, code('action', a.action)),
      h('td', {}, data(fmtNum(a.automated))), h('td', {}, data(fmtNum(a.human))), h('td', {}, data(fmtNum(a.total)))))));
}

let last = null;

export function renderAccuracy(stats = last) {
  if (!stats) return;
  last = stats;
  const a = stats.automation;
  const holds = a.automatedHolds;
  const m = a.handlingMinutes;
  fill(byId('accuracy-body'),
    h('p', { class: 'hint' }, t('accuracy.period', { from: fmtDateTime(stats.period.from), to: fmtDateTime(stats.period.to) })),
    h('p', { id: 'accuracy-summary' }, t('accuracy.summary', {
      decided: fmtNum(holds.decided), approved: fmtNum(holds.approved), rate: fmtPct(holds.approvalRate), upheld: fmtNum(holds.upheld),
    })),
    h('p', { id: 'accuracy-handling' }, t('accuracy.handling', {
      holdMedian: mins(m.holdToDecision.median), holdP90: mins(m.holdToDecision.p90),
      receiptMedian: mins(m.receiptToDecision.median), receiptP90: mins(m.receiptToDecision.p90),
    })),
    accuracyTable(t('accuracy.bySignal'), t('accuracy.signal'), holds.bySignal.map((s) => ({ key: code('signal', s.signal), ...s }))),
    accuracyTable(t('accuracy.byVersion'), t('accuracy.ruleSet'), holds.byRuleSetVersion.map((v) => ({ key: data(v.ruleSetVersion), ...v }))),
    mixTable(a.decisionMix));
}

export async function loadAccuracy() {
  try {
    renderAccuracy(await api.stats());
  } catch (error) {
    announce(t('accuracy.loadFailed', { message: error.message }), 'error');
  }
}
