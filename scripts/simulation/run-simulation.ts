/**
 * Runs the marketplace stream through the in-memory context builder and
 * `scoreItem`, in time order, and measures the `hold` verdict against the
 * injected ground truth. Pure: the script only loads rules and prints.
 */
import type { RuleSet } from '../../src/scoring/domain/rules/rule-set.types.js';
import { scoreItem } from '../../src/scoring/domain/score-item.js';
import type { TextAnalyzer, Verdict } from '../../src/scoring/domain/scoring.types.js';
import { injectCampaigns } from './campaigns.js';
import { InMemoryContextBuilder } from './context-builder.js';
import { lexiconTextAnalyzer } from './lexicon-text-analyzer.js';
import { buildMarketplace } from './marketplace.js';
import { Rng } from './rng.js';
import { CAMPAIGN_TYPES, DAY_MS, DEFAULT_SIM_CONFIG, type CampaignType, type SimConfig, type SimItem } from './simulation.types.js';

export interface SimRow {
  group: string;
  items: number;
  held: number;
  withheld: number;
  recall: number | null;
  precision: number | null;
}

export interface SimReport {
  rows: SimRow[];
  honestItems: number;
  honestHeld: number;
  honestFalseHoldRate: number;
  scoredItems: number;
  /** Holds of honest items by deciding reason (top reason code). */
  falseHoldReasons: Record<string, number>;
  elapsedMs: number;
}

interface Outcome {
  sim: SimItem;
  verdict: Verdict;
  topReason: string;
}

export function simulationStream(config: SimConfig): SimItem[] {
  const market = buildMarketplace(config);
  const campaigns = injectCampaigns(new Rng(config.seed ^ 0x5eed), config, market.products, market.reviewers);
  return [...market.honest, ...campaigns].sort((a, b) => a.item.submittedAt.getTime() - b.item.submittedAt.getTime());
}

export function runSimulation(
  rules: RuleSet,
  config: SimConfig = DEFAULT_SIM_CONFIG,
  analyzer: TextAnalyzer = lexiconTextAnalyzer,
  clock: () => number = () => 0,
): SimReport {
  const started = clock();
  const stream = simulationStream(config);
  const builder = new InMemoryContextBuilder(rules);
  const measuredFrom = config.start.getTime() + config.warmupDays * DAY_MS;
  const outcomes: Outcome[] = [];
  for (const sim of stream) {
    const prepared = builder.prepare(sim.item, sim.accountCreatedAt);
    const context = builder.build(prepared);
    const result = scoreItem(sim.item, context, rules, analyzer, sim.item.submittedAt);
    builder.record(prepared, result);
    if (sim.item.submittedAt.getTime() >= measuredFrom) {
      outcomes.push({ sim, verdict: result.verdict, topReason: result.reasonCodes[0] ?? 'none' });
    }
  }
  return { ...summarise(outcomes), scoredItems: stream.length, elapsedMs: clock() - started };
}

function summarise(outcomes: Outcome[]): Omit<SimReport, 'scoredItems' | 'elapsedMs'> {
  const honest = outcomes.filter((o) => o.sim.label === null);
  const honestHeld = honest.filter((o) => o.verdict === 'hold');
  const falseHoldReasons: Record<string, number> = {};
  for (const o of honestHeld) falseHoldReasons[o.topReason] = (falseHoldReasons[o.topReason] ?? 0) + 1;
  const rows = CAMPAIGN_TYPES.map((type) => campaignRow(type, outcomes, honestHeld));
  const fakes = outcomes.filter((o) => o.sim.label !== null);
  const tp = fakes.filter((o) => o.verdict === 'hold').length;
  rows.push({
    group: 'all campaigns',
    items: fakes.length,
    held: tp,
    withheld: fakes.filter((o) => o.verdict === 'withhold').length,
    recall: ratio(tp, fakes.length),
    precision: ratio(tp, tp + honestHeld.length),
  });
  rows.push({
    group: 'honest',
    items: honest.length,
    held: honestHeld.length,
    withheld: honest.filter((o) => o.verdict === 'withhold').length,
    recall: null,
    precision: null,
  });
  return { rows, honestItems: honest.length, honestHeld: honestHeld.length, honestFalseHoldRate: ratio(honestHeld.length, honest.length) ?? 0, falseHoldReasons };
}

/**
 * Recall over the campaign's items; precision counts as false positives the
 * honest holds on the products this campaign type touched (where a
 * moderator working that campaign would meet them).
 */
function campaignRow(type: CampaignType, outcomes: Outcome[], honestHeld: Outcome[]): SimRow {
  const mine = outcomes.filter((o) => o.sim.label === type);
  const products = new Set(mine.map((o) => o.sim.item.productId));
  const tp = mine.filter((o) => o.verdict === 'hold').length;
  const fp = honestHeld.filter((o) => products.has(o.sim.item.productId)).length;
  return {
    group: type,
    items: mine.length,
    held: tp,
    withheld: mine.filter((o) => o.verdict === 'withhold').length,
    recall: ratio(tp, mine.length),
    precision: ratio(tp, tp + fp),
  };
}

function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

export function formatReport(report: SimReport): string {
  const fmt = (x: number | null): string => (x === null ? '—' : x.toFixed(3));
  const lines = [
    '| group | items | held | withheld | recall | precision |',
    '|---|---:|---:|---:|---:|---:|',
    ...report.rows.map((r) => `| ${r.group} | ${r.items} | ${r.held} | ${r.withheld} | ${fmt(r.recall)} | ${fmt(r.precision)} |`),
  ];
  lines.push('', `honest false-hold rate: ${(report.honestFalseHoldRate * 100).toFixed(2)}% (${report.honestHeld}/${report.honestItems})`);
  lines.push(`honest holds by top reason: ${JSON.stringify(report.falseHoldReasons)}`);
  lines.push(`scored ${report.scoredItems} items (warm-up included) in ${(report.elapsedMs / 1000).toFixed(1)}s`);
  return lines.join('\n');
}
