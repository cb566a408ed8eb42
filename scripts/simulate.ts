/**
 * `npm run simulate [-- --seed=N] [-- --fixture-texts]`: a seeded marketplace with honest shop
 * scenarios (launch bursts, complaint waves, onboarding imports) and injected fraud campaigns,
 * scored in order with the committed rules (moderation-rules/), the production routing and the
 * trained text models (models/, through the loader production uses). Real review texts come from
 * ../shared/data (or CANDOR_DATA_DIR); without that folder the fixture templates are used, and
 * the report says so. Prints recall/precision per campaign type, honest false holds by star,
 * language, channel and scenario, the leading signals of those holds, and issue 14's targets.
 */
import { createWriteStream } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { loadRuleSet } from '../src/scoring/rules.loader.js';
import { analyzerFor } from '../src/scoring/scoring-engine.js';
import { loadTextModels } from '../src/scoring/text-models.loader.js';
import { loadRealTexts, realTextSource, resolveSimDataDir } from './simulation/real-texts.js';
import { recordItem } from './simulation/recording.js';
import { formatReport } from './simulation/report.js';
import { runSimulation } from './simulation/run-simulation.js';
import { DEFAULT_SCENARIOS, DEFAULT_SIM_CONFIG } from './simulation/simulation.types.js';
import { fixtureTextSource, type TextSource } from './simulation/text-source.js';

function textSource(seed: number): TextSource {
  const dir = resolveSimDataDir();
  const pools = process.argv.includes('--fixture-texts') ? null : loadRealTexts(dir);
  if (pools) return realTextSource(pools, seed);
  console.log(process.argv.includes('--fixture-texts')
    ? 'texts: --fixture-texts given, using the fixture templates'
    : `texts: ${dir} not found (or incomplete): falling back to the fixture templates; figures are not comparable with a real-text run`);
  return fixtureTextSource;
}

async function main(): Promise<void> {
  const rules = await loadRuleSet();
  const seedArg = process.argv.find((a) => a.startsWith('--seed='));
  // --scale=F shrinks the steady marketplace (products, reviewers, daily volume) for a quick look; campaigns and
  // scenarios keep their sizes, so precision is not comparable with a full run.
  const scaleArg = process.argv.find((a) => a.startsWith('--scale='));
  const scale = scaleArg ? Number(scaleArg.slice('--scale='.length)) : 1;
  const scaled = (n: number): number => Math.max(1, Math.round(n * scale));
  const config = {
    ...DEFAULT_SIM_CONFIG,
    seed: seedArg ? Number(seedArg.slice(7)) : DEFAULT_SIM_CONFIG.seed,
    products: scaled(DEFAULT_SIM_CONFIG.products),
    honestReviewers: scaled(DEFAULT_SIM_CONFIG.honestReviewers),
    honestPerDay: scaled(DEFAULT_SIM_CONFIG.honestPerDay),
  };
  const { models, missing } = loadTextModels(resolve('models'));
  if (missing.length > 0) console.log(`text models missing, the scorer's fallbacks are used: ${missing.join(', ')}`);
  const texts = textSource(config.seed);
  console.log(`rules ${rules.version} (${rules.hash.slice(0, 12)}), seed ${config.seed}, ${config.products} products, ${config.honestReviewers} honest reviewers, ${config.warmupDays}+${config.days} days`);
  console.log(`scenarios ${JSON.stringify(DEFAULT_SCENARIOS)}; texts: ${texts.description}; text models: models/ (${Object.keys(models).join(', ') || 'none'})`);
  const recordArg = process.argv.find((a) => a.startsWith('--record='));
  const recording = recordArg ? createWriteStream(recordArg.slice('--record='.length)) : null;
  const onScored = recording ? (...args: Parameters<typeof recordItem>): void => void recording.write(`${JSON.stringify(recordItem(...args))}\n`) : undefined;
  const report = runSimulation(rules, config, { texts, scenarios: DEFAULT_SCENARIOS, analyzer: analyzerFor(models), clock: () => performance.now(), onScored });
  if (recording) await new Promise<void>((done) => recording.end(done));
  const stats = texts.stats();
  if (Object.keys(stats).length > 0) console.log(`text draws: ${JSON.stringify(stats)}`);
  console.log(formatReport(report));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
