/**
 * The simulation behind `npm run simulate`, on a tiny marketplace with the fixture texts (no
 * ../shared/data needed, so it runs in CI): it replays exactly, every scenario and campaign type
 * shows up in the report, imports are scored when their bulk arrives with their own past
 * submittedAt, and the real-text source keeps long texts unique and mostly in line with the stars.
 */
import { loadRuleSet, type RuleSet } from '../../src/scoring/rules.loader.js';
import { recordItem, type RecordedItem } from './recording.js';
import { replay } from './replay.js';
import { checkTargets, formatReport } from './report.js';
import { dropNearCopies, realTextSource } from './real-texts.js';
import { Rng } from './rng.js';
import { processAt, runSimulation, simulationStream } from './run-simulation.js';
import { CAMPAIGN_TYPES, DAY_MS, DEFAULT_SIM_CONFIG, HONEST_SCENARIOS, type ScenarioConfig, type SimItem } from './simulation.types.js';

const TINY = { ...DEFAULT_SIM_CONFIG, products: 40, honestReviewers: 800, warmupDays: 3, days: 12, honestPerDay: 80 };
const ONE_EACH: ScenarioConfig = { newProductLaunches: 1, promotionDays: 1, liveStreamSales: 1, complaintWaves: 1, onboardingImports: 1 };

describe('simulation (tiny, fixture texts)', () => {
  let rules: RuleSet;

  beforeAll(async () => {
    rules = await loadRuleSet();
  });

  it('replays exactly and reports every campaign type, scenario and target', () => {
    const digest = (): string => JSON.stringify(simulationStream(TINY, { scenarios: ONE_EACH }).map((s) => [s.item.id, s.item.body, s.item.submittedAt, s.processAt]));
    expect(digest()).toBe(digest());
    const first = runSimulation(rules, TINY, { scenarios: ONE_EACH });
    expect(first.rows.map((r) => r.group)).toEqual([...CAMPAIGN_TYPES, 'all campaigns', 'honest']);
    for (const row of first.rows) expect(row.items).toBeGreaterThan(0);
    expect(first.honestBy.scenario.map((r) => r.group)).toEqual([...HONEST_SCENARIOS]);
    for (const row of first.honestBy.scenario) expect(row.items).toBeGreaterThan(0);
    expect(first.honestBy.stars.map((r) => r.group)).toEqual(['1★', '2★', '3★', '4★', '5★']);
    expect(first.honestBy.stars.reduce((a, r) => a + r.items, 0)).toBe(first.honestItems);
    expect(checkTargets(first).map((t) => t.target)).toHaveLength(4);
    expect(formatReport(first)).toContain('targets (issue 14):');
  });

  it('scores an import when its bulk arrives, oldest first, against history as of each submittedAt', () => {
    const stream = simulationStream(TINY, { scenarios: ONE_EACH });
    const imported = stream.filter((s) => s.scenario === 'onboarding_import');
    expect(imported.length).toBeGreaterThan(300);
    const arrival = imported[0].item.receivedAt.getTime();
    for (const s of imported) {
      expect(s.item.intakeMode).toBe('import');
      expect(s.item.receivedAt.getTime()).toBe(arrival);
      expect(processAt(s)).toBeGreaterThanOrEqual(arrival);
    }
    // A year of history, all written before the bulk arrived, scored in the order it was written.
    expect(arrival - imported[0].item.submittedAt.getTime()).toBeGreaterThan(300 * DAY_MS);
    const written = imported.map((s) => s.item.submittedAt.getTime());
    expect(written).toEqual([...written].sort((a, b) => a - b));
    // The whole stream runs in scoring order.
    const order = stream.map(processAt);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('real texts: long ones used once, mostly agreeing with the stars; fixture texts once a pool runs out', () => {
    const long = (word: string) => (i: number): string => `this ${word} review number ${i} talks about the product for more than twelve words in all`;
    const pools = { zh: { pos: ['很好用，推荐'], neg: ['太差了'] }, en: { pos: Array.from({ length: 400 }, (_, i) => long('good')(i)), neg: Array.from({ length: 400 }, (_, i) => long('bad')(i)) } };
    const source = realTextSource(pools, 1);
    const rng = new Rng(3);
    const stream = Array.from({ length: 200 }, () => ({ item: { body: source.honest(rng, 'en', 5) }, label: null, accountCreatedAt: null }) as unknown as SimItem);
    const zh = Array.from({ length: 5 }, () => ({ item: { body: source.honest(rng, 'zh', 1) }, label: null, accountCreatedAt: null }) as unknown as SimItem);
    source.finish?.([...stream, ...zh]);
    const bodies = stream.map((s) => s.item.body);
    expect(new Set(bodies).size).toBe(200);
    const positive = bodies.filter((t) => t.includes(' good ')).length;
    expect(positive).toBeGreaterThan(170);
    expect(positive).toBeLessThan(200);
    expect(zh.every((s) => s.item.body.length > 0 && !s.item.body.includes('\uE000'))).toBe(true);
    expect(Object.keys(source.stats()).some((k) => k.startsWith('zh.') && k.endsWith('fixture (pool exhausted)'))).toBe(true);
  });

  it('real texts: a corpus near-copy of a kept text is dropped, so unrelated shoppers never share one', () => {
    const template = '质量非常好，与卖家描述的完全一致，非常满意，真的很喜欢，完全超出期望值，发货速度非常快，包装非常仔细、严实，物流公司服务态度很好';
    const other = '这款电动牙刷用了两个星期，刷头软硬合适，充一次电能用十来天，就是充电座有点占地方，整体还算满意';
    const kept = dropNearCopies([template, `裤子${template}`, other, '不错']);
    expect([...kept]).toEqual([template, other, '不错']);
  });

  it('the offline replay re-decides recorded items exactly as a full run under the edited rules would', () => {
    const recorded: RecordedItem[] = [];
    const full = runSimulation(rules, TINY, { scenarios: ONE_EACH, onScored: (...args) => recorded.push(recordItem(...args)) });
    const same = replay(recorded, rules);
    expect(same.changed).toBe(0);
    expect(same.report.rows).toEqual(full.rows);
    expect(same.report.honestBy).toEqual(full.honestBy);
    // A lower hold line and a lighter product_burst: the replay must agree with a real run under them.
    const edited = structuredClone(rules);
    for (const phase of edited.routing.phases) if (phase.type === 'fake_score') phase.atLeast = 0.3;
    edited.signals.product_burst.weight = 0.2;
    const offline = replay(recorded, edited);
    const rerun = runSimulation(edited, TINY, { scenarios: ONE_EACH });
    expect(offline.changed).toBeGreaterThan(0);
    expect(offline.report.rows).toEqual(rerun.rows);
    expect(offline.report.honestBy).toEqual(rerun.honestBy);
    expect(offline.report.falseHoldLeaders).toEqual(rerun.falseHoldLeaders);
  });
});
