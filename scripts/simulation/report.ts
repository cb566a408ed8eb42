/**
 * What `npm run simulate` reports: recall and precision of the `hold` verdict per campaign type,
 * false holds on honest traffic by star level, language, channel and scenario, the signals that
 * led those false holds, and issue 14's targets with whether they are met.
 */
import type { Verdict } from '../../src/scoring/domain/scoring.types.js';
import { CAMPAIGN_TYPES, HONEST_SCENARIOS, type CampaignType, type SimItem } from './simulation.types.js';

export interface Outcome {
  sim: SimItem;
  verdict: Verdict;
  topReason: string;
  /** Highest-contributing verdict signal ('none' when nothing raised the score). */
  leading: string;
  /** Language the text models detected. */
  language: string;
}

export interface SimRow {
  group: string;
  items: number;
  held: number;
  withheld: number;
  recall: number | null;
  precision: number | null;
}

export interface HonestRow {
  group: string;
  items: number;
  held: number;
  withheld: number;
  rate: number | null;
}

export interface SimReport {
  rows: SimRow[];
  honestItems: number;
  honestHeld: number;
  honestFalseHoldRate: number;
  /** Honest holds broken down: by star, language, channel, scenario. */
  honestBy: Record<'stars' | 'language' | 'channel' | 'scenario', HonestRow[]>;
  /** Holds of honest items by deciding reason (top reason code). */
  falseHoldReasons: Record<string, number>;
  /** Holds of honest items by leading verdict signal. */
  falseHoldLeaders: Record<string, number>;
  scoredItems: number;
  elapsedMs: number;
}

export interface TargetCheck {
  target: string;
  value: string;
  met: boolean;
}

function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

function tally(outcomes: Outcome[], key: (o: Outcome) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const o of outcomes) out[key(o)] = (out[key(o)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort((a, b) => b[1] - a[1]));
}

function honestRows(honest: Outcome[], key: (o: Outcome) => string, order?: readonly string[]): HonestRow[] {
  const groups = new Map<string, Outcome[]>();
  for (const k of order ?? []) groups.set(k, []);
  for (const o of honest) {
    const k = key(o);
    groups.set(k, [...(groups.get(k) ?? []), o]);
  }
  return [...groups.entries()].map(([group, list]) => {
    const held = list.filter((o) => o.verdict === 'hold').length;
    return { group, items: list.length, held, withheld: list.filter((o) => o.verdict === 'withhold').length, rate: ratio(held, list.length) };
  });
}

export function summarise(outcomes: Outcome[]): Omit<SimReport, 'scoredItems' | 'elapsedMs'> {
  const honest = outcomes.filter((o) => o.sim.label === null);
  const honestHeld = honest.filter((o) => o.verdict === 'hold');
  const rows = CAMPAIGN_TYPES.map((type) => campaignRow(type, outcomes, honestHeld));
  const fakes = outcomes.filter((o) => o.sim.label !== null);
  const tp = fakes.filter((o) => o.verdict === 'hold').length;
  rows.push({ group: 'all campaigns', items: fakes.length, held: tp, withheld: fakes.filter((o) => o.verdict === 'withhold').length, recall: ratio(tp, fakes.length), precision: ratio(tp, tp + honestHeld.length) });
  rows.push({ group: 'honest', items: honest.length, held: honestHeld.length, withheld: honest.filter((o) => o.verdict === 'withhold').length, recall: null, precision: null });
  return {
    rows,
    honestItems: honest.length,
    honestHeld: honestHeld.length,
    honestFalseHoldRate: ratio(honestHeld.length, honest.length) ?? 0,
    honestBy: {
      stars: honestRows(honest, (o) => `${o.sim.item.rating ?? '—'}★`, ['1★', '2★', '3★', '4★', '5★']),
      language: honestRows(honest, (o) => o.language),
      channel: honestRows(honest, (o) => o.sim.item.channel),
      scenario: honestRows(honest, (o) => o.sim.scenario ?? 'steady', HONEST_SCENARIOS),
    },
    falseHoldReasons: tally(honestHeld, (o) => o.topReason),
    falseHoldLeaders: tally(honestHeld, (o) => o.leading),
  };
}

/**
 * Recall over the campaign's items; precision counts as false positives the honest holds on the
 * products this campaign type touched (where a moderator working that campaign would meet them).
 */
function campaignRow(type: CampaignType, outcomes: Outcome[], honestHeld: Outcome[]): SimRow {
  const mine = outcomes.filter((o) => o.sim.label === type);
  const products = new Set(mine.map((o) => o.sim.item.productId));
  const tp = mine.filter((o) => o.verdict === 'hold').length;
  const fp = honestHeld.filter((o) => products.has(o.sim.item.productId)).length;
  return { group: type, items: mine.length, held: tp, withheld: mine.filter((o) => o.verdict === 'withhold').length, recall: ratio(tp, mine.length), precision: ratio(tp, tp + fp) };
}

const pct = (x: number | null): string => (x === null ? '—' : `${(x * 100).toFixed(2)}%`);

/** Issue 14's "done when" for the simulation. */
export function checkTargets(report: SimReport): TargetCheck[] {
  const all = report.rows.find((r) => r.group === 'all campaigns');
  const overall = report.honestFalseHoldRate;
  const stars = report.honestBy.stars.filter((r) => r.items > 0);
  const worst = Math.max(...stars.map((r) => (r.rate ?? 0) / (overall || 1)));
  const least = Math.min(...stars.map((r) => (r.rate ?? 0) / (overall || 1)));
  const within = overall === 0 ? stars.every((r) => r.held === 0) : worst <= 1.25 && least >= 1 / 1.25;
  const imports = report.honestBy.scenario.find((r) => r.group === 'onboarding_import');
  return [
    { target: 'campaigns: recall ≥ 0.90 at precision ≥ 0.90', value: `recall ${all?.recall?.toFixed(3)}, precision ${all?.precision?.toFixed(3)}`, met: (all?.recall ?? 0) >= 0.9 && (all?.precision ?? 0) >= 0.9 },
    { target: 'honest false holds ≤ 2% overall', value: pct(overall), met: overall <= 0.02 },
    { target: 'each star level within 1.25× of the overall rate', value: `star/overall from ${least.toFixed(2)}× to ${worst.toFixed(2)}×`, met: within },
    { target: 'onboarding imports ≤ 1% held', value: imports && imports.items > 0 ? `${pct(imports.rate)} (${imports.held}/${imports.items})` : 'no imports in this run', met: imports !== undefined && imports.items > 0 && (imports.rate ?? 0) <= 0.01 },
  ];
}

function honestTable(title: string, rows: HonestRow[]): string[] {
  return [`| ${title} | honest items | held | held rate | withheld |`, '|---|---:|---:|---:|---:|', ...rows.map((r) => `| ${r.group} | ${r.items} | ${r.held} | ${pct(r.rate)} | ${r.withheld} |`), ''];
}

export function formatReport(report: SimReport): string {
  const fmt = (x: number | null): string => (x === null ? '—' : x.toFixed(3));
  const lines = [
    '| campaign | items | held | withheld | recall | precision |',
    '|---|---:|---:|---:|---:|---:|',
    ...report.rows.map((r) => `| ${r.group} | ${r.items} | ${r.held} | ${r.withheld} | ${fmt(r.recall)} | ${fmt(r.precision)} |`),
    '',
    `honest false-hold rate: ${pct(report.honestFalseHoldRate)} (${report.honestHeld}/${report.honestItems})`,
    '',
    ...honestTable('stars', report.honestBy.stars),
    ...honestTable('language (detected)', report.honestBy.language),
    ...honestTable('channel', report.honestBy.channel),
    ...honestTable('scenario', report.honestBy.scenario),
    `honest holds by leading signal: ${JSON.stringify(report.falseHoldLeaders)}`,
    `honest holds by top reason code: ${JSON.stringify(report.falseHoldReasons)}`,
    `scored ${report.scoredItems} items (warm-up included) in ${(report.elapsedMs / 1000).toFixed(1)}s`,
    '',
    'targets (issue 14):',
    ...checkTargets(report).map((t) => `  ${t.met ? 'met    ' : 'NOT met'}  ${t.target}: ${t.value}`),
  ];
  return lines.join('\n');
}
