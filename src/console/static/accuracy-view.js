// Automation accuracy: how often moderators approve (overturn) the engine's holds, per leading signal and
// rule-set version, with handling times. A signal whose holds are mostly approved is over-firing.
import { api } from './api.js';
import { announce, byId, fill, h, label } from './dom.js';

/** An approval rate at or above this marks a signal or version as mostly overturned. */
const OVER_FIRING_RATE = 0.5;

const pct = (rate) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);
const mins = (m) => (m === null ? '—' : `${m} min`);

function accuracyTable(caption, keyHeader, rows) {
  if (rows.length === 0) return h('p', { class: 'empty' }, `${caption}: no automated hold was decided in this period.`);
  return h('table', { class: 'accuracy' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ['', 'Decided', 'Approved (overturned)', 'Upheld', 'Approval rate'].map((t, i) => h('th', { scope: 'col' }, i === 0 ? keyHeader : t)))),
    h('tbody', {}, rows.map((r) => h('tr', { class: r.approvalRate !== null && r.approvalRate >= OVER_FIRING_RATE ? 'over-firing' : undefined },
      h('th', { scope: 'row' }, r.key), h('td', {}, r.decided), h('td', {}, r.approved), h('td', {}, r.upheld),
      h('td', {}, pct(r.approvalRate), r.approvalRate !== null && r.approvalRate >= OVER_FIRING_RATE ? h('span', { class: 'flag' }, ' mostly overturned') : null)))));
}

function mixTable(mix) {
  if (mix.byAction.length === 0) return h('p', { class: 'empty' }, 'No decision was taken in this period.');
  return h('table', { class: 'accuracy' },
    h('caption', {}, `Decision mix: ${mix.total} decisions, ${mix.automated} automated, ${mix.human} by moderators`),
    h('thead', {}, h('tr', {}, ['Action', 'Automated', 'Moderators', 'Total'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, mix.byAction.map((a) => h('tr', {}, h('th', { scope: 'row' }, label(a.action)), h('td', {}, a.automated), h('td', {}, a.human), h('td', {}, a.total)))));
}

export function renderAccuracy(stats) {
  const a = stats.automation;
  const holds = a.automatedHolds;
  const t = a.handlingMinutes;
  fill(byId('accuracy-body'),
    h('p', { class: 'hint' }, `Decisions from ${new Date(stats.period.from).toLocaleString()} to ${new Date(stats.period.to).toLocaleString()}.`),
    h('p', { id: 'accuracy-summary' }, `Automated holds decided by a moderator: ${holds.decided} · approved (overturned) ${holds.approved} (${pct(holds.approvalRate)}) · upheld ${holds.upheld}`),
    h('p', { id: 'accuracy-handling' }, `Hold → first decision: median ${mins(t.holdToDecision.median)}, p90 ${mins(t.holdToDecision.p90)} · `
      + `receipt → first decision: median ${mins(t.receiptToDecision.median)}, p90 ${mins(t.receiptToDecision.p90)}`),
    accuracyTable('Automated holds by leading signal', 'Signal', holds.bySignal.map((s) => ({ key: label(s.signal), ...s }))),
    accuracyTable('Automated holds by rule-set version', 'Rule set', holds.byRuleSetVersion.map((v) => ({ key: v.ruleSetVersion, ...v }))),
    mixTable(a.decisionMix));
}

export async function loadAccuracy() {
  try {
    renderAccuracy(await api.stats());
  } catch (error) {
    announce(`Could not load automation accuracy: ${error.message}`, 'error');
  }
}
