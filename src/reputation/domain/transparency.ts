import type { AutomationAccuracy } from '../../moderation/domain/automation-accuracy.js';
import { ratio } from './stats.js';

export interface TransparencyInput {
  from: string;
  to: string;
  generatedAt: Date;
  receivedByKind: { kind: string; count: number }[];
  /** Current status of the items received in the period. */
  statusOfReceived: { status: string; count: number }[];
  decisions: { action: string; toStatus: string; reasonCode: string | null; automated: boolean; count: number }[];
  appeals: { state: string; outcome: string | null; count: number }[];
  reports: { state: string; reasonCode: string; count: number }[];
  /** Accuracy of automated holds and handling times (built by the moderation domain from the same log). */
  automation: AutomationAccuracy;
}

export interface TransparencyReport {
  period: { from: string; to: string };
  generatedAt: string;
  items: { received: number; byKind: Record<string, number>; currentStatus: Record<string, number> };
  decisions: {
    total: number; automated: number; human: number; automatedShare: number | null;
    published: number; withheld: number; held: number; removedOrHidden: number; folded: number;
    byAction: Record<string, number>; byReasonCode: Record<string, number>;
  };
  appeals: { received: number; decided: number; open: number; upheld: number; overturned: number; overturnRate: number | null };
  notices: { received: number; upheld: number; rejected: number; open: number; byReasonCode: Record<string, number> };
  /** Accuracy of automated holds: how many a human decided, approved (overturned) or upheld; handling times in minutes. */
  automatedHolds: AutomationAccuracy['automatedHolds'];
  handlingMinutes: AutomationAccuracy['handlingMinutes'];
}

function tally<T>(rows: readonly T[], key: (r: T) => string, count: (r: T) => number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of rows) out[key(r)] = (out[key(r)] ?? 0) + count(r);
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

const sum = <T extends { count: number }>(rows: readonly T[], keep: (r: T) => boolean = () => true): number =>
  rows.filter(keep).reduce((s, r) => s + r.count, 0);

/** Statement-of-reasons statistics for a period (DSA art. 15/24 style), from grouped counts. */
export function buildTransparencyReport(input: TransparencyInput): TransparencyReport {
  const d = input.decisions;
  const total = sum(d);
  const automated = sum(d, (r) => r.automated);
  const upheld = sum(input.appeals, (a) => a.outcome === 'uphold');
  const overturned = sum(input.appeals, (a) => a.outcome === 'overturn');
  return {
    period: { from: input.from, to: input.to },
    generatedAt: input.generatedAt.toISOString(),
    items: {
      received: sum(input.receivedByKind), byKind: tally(input.receivedByKind, (r) => r.kind, (r) => r.count),
      currentStatus: tally(input.statusOfReceived, (r) => r.status, (r) => r.count),
    },
    decisions: {
      total, automated, human: total - automated, automatedShare: ratio(automated, total),
      published: sum(d, (r) => r.toStatus === 'published'), withheld: sum(d, (r) => r.toStatus === 'withheld'), held: sum(d, (r) => r.toStatus === 'held'),
      removedOrHidden: sum(d, (r) => r.toStatus === 'removed' || r.toStatus === 'hidden'), folded: sum(d, (r) => r.toStatus === 'folded'),
      byAction: tally(d, (r) => r.action, (r) => r.count),
      byReasonCode: tally(d.filter((r) => r.reasonCode !== null), (r) => r.reasonCode as string, (r) => r.count),
    },
    appeals: {
      received: sum(input.appeals), decided: upheld + overturned, open: sum(input.appeals, (a) => a.state !== 'decided'),
      upheld, overturned, overturnRate: ratio(overturned, upheld + overturned),
    },
    notices: {
      received: sum(input.reports), upheld: sum(input.reports, (r) => r.state === 'upheld'), rejected: sum(input.reports, (r) => r.state === 'rejected'),
      open: sum(input.reports, (r) => r.state === 'open'), byReasonCode: tally(input.reports, (r) => r.reasonCode, (r) => r.count),
    },
    automatedHolds: input.automation.automatedHolds,
    handlingMinutes: input.automation.handlingMinutes,
  };
}

export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const pct = (v: number | null): string => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);
const mins = (v: number | null): string => (v === null ? '—' : `${v} min`);

/** Accuracy of automated holds per leading signal or rule-set version; approvals overturned the hold. */
function accuracyTable(title: string, rows: { key: string; decided: number; approved: number; upheld: number; approvalRate: number | null }[]): string {
  const body = rows.map((r) => `<tr><th scope="row">${escapeHtml(r.key)}</th><td>${escapeHtml(r.decided)}</td><td>${escapeHtml(r.approved)}</td><td>${escapeHtml(r.upheld)}</td><td>${escapeHtml(pct(r.approvalRate))}</td></tr>`).join('');
  return `<section><h2>${escapeHtml(title)}</h2><table><thead><tr><th></th><th>Decided</th><th>Approved (overturned)</th><th>Upheld</th><th>Approval rate</th></tr></thead>`
    + `<tbody>${body || '<tr><td colspan="5">none</td></tr>'}</tbody></table></section>`;
}

function handlingTable(h: TransparencyReport['handlingMinutes']): string {
  const row = (label: string, p: { median: number | null; p90: number | null }): string =>
    `<tr><th scope="row">${escapeHtml(label)}</th><td>${escapeHtml(mins(p.median))}</td><td>${escapeHtml(mins(p.p90))}</td></tr>`;
  return `<section><h2>Handling times of automated holds</h2><table><thead><tr><th></th><th>Median</th><th>p90</th></tr></thead><tbody>`
    + `${row('Hold → first human decision', h.holdToDecision)}${row('Receipt → first human decision', h.receiptToDecision)}</tbody></table></section>`;
}

function table(title: string, rows: Record<string, number>): string {
  const body = Object.entries(rows).map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join('');
  return `<section><h2>${escapeHtml(title)}</h2><table><tbody>${body || '<tr><td colspan="2">none</td></tr>'}</tbody></table></section>`;
}

/** A printable, self-contained page; every value is escaped (reason codes and kinds come from data). */
export function renderTransparencyHtml(r: TransparencyReport): string {
  const dec = r.decisions;
  const summary: Record<string, number> = {
    'Items received': r.items.received, 'Decisions taken': dec.total, 'Automated decisions': dec.automated, 'Human decisions': dec.human,
    Published: dec.published, Held: dec.held, Withheld: dec.withheld, Folded: dec.folded, 'Removed or hidden': dec.removedOrHidden,
  };
  const appeals: Record<string, number> = { Received: r.appeals.received, Decided: r.appeals.decided, Upheld: r.appeals.upheld, Overturned: r.appeals.overturned, Open: r.appeals.open };
  const notices: Record<string, number> = { Received: r.notices.received, Upheld: r.notices.upheld, Rejected: r.notices.rejected, Open: r.notices.open };
  const holds = r.automatedHolds;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Transparency report ${escapeHtml(r.period.from)} – ${escapeHtml(r.period.to)}</title>
<style>body{font:14px/1.4 system-ui,sans-serif;margin:2rem;color:#111}table{border-collapse:collapse;margin-bottom:1rem}th,td{border:1px solid #bbb;padding:.25rem .6rem;text-align:left}td{text-align:right}section{break-inside:avoid}@media print{body{margin:0}}</style></head>
<body><h1>Transparency report</h1><p>Period ${escapeHtml(r.period.from)} to ${escapeHtml(r.period.to)} · generated ${escapeHtml(r.generatedAt)} · automated share ${escapeHtml(pct(dec.automatedShare))} · appeal overturn rate ${escapeHtml(pct(r.appeals.overturnRate))}</p>
${table('Summary', summary)}${table('Items received by kind', r.items.byKind)}${table('Current status of items received', r.items.currentStatus)}${table('Decisions by action', dec.byAction)}${table('Decisions by reason code', dec.byReasonCode)}${table('Appeals', appeals)}${table('Notices (reports)', notices)}${table('Notices by reason code', r.notices.byReasonCode)}
${accuracyTable('Accuracy of automated holds', [{ key: 'All automated holds', ...holds }])}${accuracyTable('Accuracy of automated holds by leading signal', holds.bySignal.map((b) => ({ key: b.signal, ...b })))}${accuracyTable('Accuracy of automated holds by rule-set version', holds.byRuleSetVersion.map((b) => ({ key: b.ruleSetVersion, ...b })))}${handlingTable(r.handlingMinutes)}
</body></html>`;
}
