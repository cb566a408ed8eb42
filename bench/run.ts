import { mkdir, writeFile } from 'node:fs/promises';
import type { BenchResult } from './bench-result.js';

type BenchRunner = () => Promise<BenchResult[]>;

/** Loaded lazily so `bench -- intake` does not pay for loading the scoring models, and vice versa. */
const BENCHES: Record<string, BenchRunner> = {
  reputation: async () => (await import('./reputation.js')).runReputationBench(),
  intake: async () => (await import('./intake.js')).runIntakeBench(),
  scoring: async () => [...(await (await import('./scoring.js')).runScoringBench()), ...(await (await import('./near-duplicate-pg.js')).runNearDuplicatePgBench())],
  moderation: async () => (await import('./moderation.js')).runModerationBench(),
  storefront: async () => (await import('./storefront.js')).runStorefrontBench(),
  'http-cost': async () => (await import('./http-cost.js')).runHttpCostBench(),
  'read-path': async () => (await import('./read-path.js')).runReadPathBench(),
  'bulk-stall': async () => (await import('./bulk-stall.js')).runBulkStallBench(),
  import: async () => (await import('./import.js')).runImportBench(),
  soak: async () => (await import('./soak.js')).runSoakBench(),
  pipeline: async () => (await import('./pipeline.js')).runPipelineBench(),
};

/** Left out of a plain `npm run bench`: soak (10 minutes) unless SOAK=1, pipeline (a fleet of its own) always; `npm run bench -- <name>` runs either. */
const OPT_IN = new Set(process.env.SOAK === '1' ? ['pipeline'] : ['soak', 'pipeline']);

const OUTPUT = 'bench-results/latest.md';

function cell(value: string | number | undefined): string {
  return value === undefined ? '' : String(value).replaceAll('|', '\\|').replaceAll('\n', ' ');
}

export function toMarkdown(results: BenchResult[]): string {
  const header = '| bench | throughput | p50 | p99 | peak RSS (MB) | notes |\n|---|---|---|---|---|---|';
  const rows = results.map((r) => `| ${[r.name, r.throughput, r.p50, r.p99, r.peakRssMb, r.notes].map(cell).join(' | ')} |`);
  return [header, ...rows].join('\n');
}

function selectBenches(args: string[]): string[] {
  const names = args.length > 0 ? args : Object.keys(BENCHES).filter((name) => !OPT_IN.has(name));
  const unknown = names.filter((n) => !(n in BENCHES));
  if (unknown.length > 0) {
    process.stderr.write(`Unknown bench: ${unknown.join(', ')}. Available: ${Object.keys(BENCHES).join(', ')}\n`);
    process.exit(2);
  }
  return names;
}

async function main(): Promise<void> {
  const names = selectBenches(process.argv.slice(2).filter((a) => a !== '--'));
  const results: BenchResult[] = [];
  for (const name of names) {
    process.stderr.write(`[bench] ${name}…\n`);
    results.push(...(await BENCHES[name]()));
  }
  const table = `${toMarkdown(results)}\n`;
  const stamp = `# Candor benchmarks\n\n${new Date().toISOString()} · node ${process.version} · ${names.join(', ')}\n\n`;
  process.stdout.write(table);
  await mkdir('bench-results', { recursive: true });
  await writeFile(OUTPUT, stamp + table);
  process.stderr.write(`[bench] written to ${OUTPUT}\n`);
  const failed = results.flatMap((r) => (r.failed ? [r.failed] : []));
  if (failed.length > 0) throw new Error(`bench bounds missed:\n${failed.join('\n')}`);
}

main().then(
  // Pools, timers and sockets of the booted apps must not keep the process alive once results are out.
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  },
);
