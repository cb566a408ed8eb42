/**
 * Runs the marketplace stream through the in-memory context builder and `scoreItem`, in the order
 * Candor would score it (live items as written, an import when its bulk arrives), and measures the
 * `hold` verdict against the injected ground truth. Pure: the script loads rules, texts and models.
 */
import type { RuleSet } from '../../src/scoring/domain/rules/rule-set.types.js';
import { scoreItem } from '../../src/scoring/domain/score-item.js';
import type { ScoreResult, TextAnalyzer } from '../../src/scoring/domain/scoring.types.js';
import { injectCampaigns } from './campaigns.js';
import { InMemoryContextBuilder } from './context-builder.js';
import { lexiconTextAnalyzer } from './lexicon-text-analyzer.js';
import { buildMarketplace } from './marketplace.js';
import { summarise, type Outcome, type SimReport } from './report.js';
import { Rng } from './rng.js';
import { shopScenarios } from './shop-scenarios.js';
import { fixtureTextSource, type TextSource } from './text-source.js';
import { DAY_MS, DEFAULT_SIM_CONFIG, type ScenarioConfig, type SimConfig, type SimItem } from './simulation.types.js';

export interface StreamOptions {
  /** Review texts (the fixture templates by default). */
  texts?: TextSource;
  /** Honest shop scenarios to add; none by default (the bench and the golden spec use the plain marketplace). */
  scenarios?: ScenarioConfig;
}

export interface RunOptions extends StreamOptions {
  analyzer?: TextAnalyzer;
  clock?: () => number;
  /** Sees every scored item (warm-up included), in order: `--record` keeps them for the offline replay. */
  onScored?: (sim: SimItem, result: ScoreResult, measured: boolean) => void;
}

/** When Candor scores the item (ms). */
export function processAt(sim: SimItem): number {
  return sim.processAt ?? sim.item.submittedAt.getTime();
}

export function simulationStream(config: SimConfig, options: StreamOptions = {}): SimItem[] {
  const texts = options.texts ?? fixtureTextSource;
  const market = buildMarketplace(config, texts);
  const campaigns = injectCampaigns(new Rng(config.seed ^ 0x5eed), config, market.products, market.reviewers, texts);
  const scenarios = options.scenarios ? shopScenarios(new Rng(config.seed ^ 0x5ce4a), config, market, options.scenarios, texts) : [];
  const stream = [...market.honest, ...campaigns, ...scenarios];
  texts.finish?.(stream);
  return stream.sort((a, b) => processAt(a) - processAt(b) || a.item.submittedAt.getTime() - b.item.submittedAt.getTime());
}

/** The highest-contributing verdict signal: what put a held item over the line. */
export function leadingSignal(result: Pick<ScoreResult, 'signals'>, rules: RuleSet): string {
  const scoring = result.signals.filter((s) => s.contribution > 0 && rules.signals[s.id as keyof RuleSet['signals']]?.affects === 'score');
  return scoring.sort((a, b) => b.contribution - a.contribution)[0]?.id ?? 'none';
}

export function runSimulation(rules: RuleSet, config: SimConfig = DEFAULT_SIM_CONFIG, options: RunOptions = {}): SimReport {
  const clock = options.clock ?? (() => 0);
  const analyzer = options.analyzer ?? lexiconTextAnalyzer;
  const started = clock();
  const stream = simulationStream(config, options);
  const builder = new InMemoryContextBuilder(rules);
  const measuredFrom = config.start.getTime() + config.warmupDays * DAY_MS;
  const outcomes: Outcome[] = [];
  for (const sim of stream) {
    const prepared = builder.prepare(sim.item, sim.accountCreatedAt);
    const context = builder.build(prepared);
    const result = scoreItem(sim.item, context, rules, analyzer, new Date(processAt(sim)));
    builder.record(prepared, result);
    options.onScored?.(sim, result, processAt(sim) >= measuredFrom);
    if (processAt(sim) >= measuredFrom) {
      outcomes.push({ sim, verdict: result.verdict, topReason: result.reasonCodes[0] ?? 'none', leading: leadingSignal(result, rules), language: result.language });
    }
  }
  return { ...summarise(outcomes), scoredItems: stream.length, elapsedMs: clock() - started };
}
