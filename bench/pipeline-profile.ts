import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** What a V8 .cpuprofile holds that the stage split needs. */
interface CpuProfile {
  nodes: { id: number; callFrame: { url: string; functionName: string }; hitCount?: number }[];
  startTime: number;
  endTime: number;
  samples: number[];
}

/**
 * Pipeline stages by the source file a sampled function lives in (first match wins): self time only, so a
 * stage's figure is the CPU spent in its own code, not in what it calls.
 */
const STAGES: [string, RegExp][] = [
  ['queue (bullmq, job batching)', /node_modules\/bullmq|score-job|scoring\.processor|queue\//],
  ['context load (SQL + mapping)', /scoring-context\.|percentile-store/],
  ['LSH / near-duplicate', /domain\/duplication/],
  ['engine: text models', /domain\/(text|sentiment|aspects)\//],
  ['engine: signals, rules, routing', /scoring\/domain\//],
  ['writes (verdicts, scores, fingerprints)', /verdicts\.service|scoring\.repository|review-status\.writer|decision-records|outbox|automated-items|moderation-items/],
  ['pg driver + TypeORM', /node_modules\/(pg|pg-protocol|pg-types|postgres-[a-z]+|typeorm)\//],
  ['GC, idle and runtime', /^$/],
];

export interface StageCost {
  stage: string;
  cpuMs: number;
}

/** Self CPU time per stage over every .cpuprofile in `dir` (one per process that exited with --cpu-prof). */
export async function stageCosts(dir: string, processMatch: (profile: CpuProfile) => boolean): Promise<StageCost[]> {
  const totals = new Map<string, number>(STAGES.map(([stage]) => [stage, 0]));
  totals.set('other', 0);
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(await readFile(join(dir, file), 'utf8')) as CpuProfile;
    if (!processMatch(profile)) continue;
    const interval = (profile.endTime - profile.startTime) / 1000 / Math.max(1, profile.samples.length);
    for (const node of profile.nodes) {
      if (!node.hitCount || node.callFrame.functionName === '(idle)') continue;
      const stage = STAGES.find(([, pattern]) => pattern.test(node.callFrame.url))?.[0] ?? 'other';
      totals.set(stage, (totals.get(stage) ?? 0) + node.hitCount * interval);
    }
  }
  return [...totals].map(([stage, cpuMs]) => ({ stage, cpuMs }));
}

/** Whether a profile sampled any function from a file matching `pattern` (tells the worker's profile from the API's). */
export const sampled = (pattern: RegExp) => (profile: CpuProfile): boolean => profile.nodes.some((n) => pattern.test(n.callFrame.url));
