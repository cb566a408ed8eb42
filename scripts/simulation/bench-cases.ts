/**
 * The scoring bench's corpus, shared with the output-identity harness (scripts/scoring-diff.ts) so that what
 * is timed is what is checked: a simulated stream with the contexts the in-memory loader builds, and the same
 * items with bodies stretched to 50–1,500 characters (whole sentences repeated), as real reviews vary.
 */
import { exactHash } from '../../src/scoring/domain/duplication/exact-hash.js';
import type { RuleSet } from '../../src/scoring/domain/rules/rule-set.types.js';
import { scoreItem } from '../../src/scoring/domain/score-item.js';
import type { ScorableItem, ScoringContext } from '../../src/scoring/domain/scoring.types.js';
import { InMemoryContextBuilder } from './context-builder.js';
import { lexiconTextAnalyzer } from './lexicon-text-analyzer.js';
import { Rng } from './rng.js';
import { simulationStream } from './run-simulation.js';
import { DEFAULT_SIM_CONFIG } from './simulation.types.js';

export type ScoringCase = { item: ScorableItem; context: ScoringContext };

export function buildBenchCases(rules: RuleSet): ScoringCase[] {
  const config = { ...DEFAULT_SIM_CONFIG, products: 100, honestReviewers: 3000, warmupDays: 5, days: 5, honestPerDay: 1200 };
  const builder = new InMemoryContextBuilder(rules);
  return simulationStream(config).map((sim) => {
    const prepared = builder.prepare(sim.item, sim.accountCreatedAt);
    const context = builder.build(prepared);
    builder.record(prepared, scoreItem(sim.item, context, rules, lexiconTextAnalyzer, sim.item.receivedAt));
    return { item: sim.item, context };
  });
}

export function mixedLength(cases: ScoringCase[]): ScoringCase[] {
  const rng = new Rng(7);
  return cases.map((c) => {
    const target = 50 + Math.floor(rng.next() * 1450);
    let body = c.item.body;
    while (body.length < target) body += ` ${c.item.body}`;
    body = body.slice(0, Math.max(target, c.item.body.length));
    return { item: { ...c.item, body }, context: { ...c.context, bodyHash: exactHash(body) } };
  });
}
