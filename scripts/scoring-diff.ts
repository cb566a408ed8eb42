/**
 * Output-identity harness for scorer performance work: `snapshot` scores a fixed corpus with this build and
 * writes one JSON line per item; `compare` reports every item whose result differs between two snapshots.
 * Performance changes must leave every line byte-identical (JSON.stringify prints the shortest string that
 * round-trips a double, so equal lines mean bit-equal numbers, not merely within 1e-9).
 *
 *   node dist/scripts/scoring-diff.js snapshot /tmp/new.jsonl   (run from the repo root; an older build's
 *   node dist/scripts/scoring-diff.js compare /tmp/old.jsonl /tmp/new.jsonl    dist gets the same file)
 *
 * Corpus: the scoring bench's simulated stream (fixture texts, with its contexts), the same items with bodies
 * stretched to 50–1,500 characters, and real labelled texts from ../shared/data (every sentiment file, zh and
 * en, some with a title) scored against those contexts in turn.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { scoreItem } from '../src/scoring/domain/score-item.js';
import { loadRuleSet } from '../src/scoring/rules.loader.js';
import { analyzerFor } from '../src/scoring/scoring-engine.js';
import { loadTextModels } from '../src/scoring/text-models.loader.js';
import { SENTIMENT_DOMAIN_FILES } from './lib/sentiment-domains.js';
import { parseCsv, parseTsv } from './lib/csv.js';
import { buildBenchCases, mixedLength, type ScoringCase } from './simulation/bench-cases.js';
import { resolveSimDataDir } from './simulation/real-texts.js';

type Case = ScoringCase;

/** Every `stride`-th row of each sentiment file; every third gets its first words as a title. */
function realCases(base: Case[], stride: number): Case[] {
  const dir = resolveSimDataDir();
  const out: Case[] = [];
  for (const file of [...SENTIMENT_DOMAIN_FILES.zh, ...SENTIMENT_DOMAIN_FILES.en]) {
    const content = readFileSync(path.join(dir, file), 'utf8');
    const [header, ...rows] = file.endsWith('.tsv') ? parseTsv(content) : parseCsv(content);
    const textCol = header.indexOf('text');
    for (let i = 0; i < rows.length; i += stride) {
      const body = rows[i][textCol]?.trim() ?? '';
      if (body.length === 0) continue;
      const c = base[out.length % base.length];
      const title = out.length % 3 === 0 ? body.slice(0, 12) : '';
      out.push({ item: { ...c.item, title, body }, context: { ...c.context, bodyHash: undefined } });
    }
  }
  return out;
}

async function snapshot(file: string): Promise<void> {
  const rules = await loadRuleSet();
  const { models, missing } = loadTextModels();
  if (missing.length > 0) throw new Error(`needs the trained text models; missing ${missing.join(', ')}`);
  const analyzer = analyzerFor(models);
  const simulated = buildBenchCases(rules);
  const cases = [...simulated, ...mixedLength(simulated), ...realCases(simulated, 12)];
  const lines = cases.map((c) => JSON.stringify(scoreItem(c.item, c.context, rules, analyzer, c.item.receivedAt)));
  writeFileSync(file, `${lines.join('\n')}\n`);
  console.log(`[scoring-diff] ${lines.length} items scored → ${file}`);
}

/** Top-level fields that differ, with the largest numeric difference found anywhere in the item. */
function describe(a: unknown, b: unknown, at: string, out: { fields: Set<string>; maxAbs: number }): void {
  if (typeof a === 'number' && typeof b === 'number') {
    if (a !== b) {
      out.fields.add(at.split('.')[0]);
      out.maxAbs = Math.max(out.maxAbs, Math.abs(a - b));
    }
  } else if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      describe((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], at ? `${at}.${key}` : key, out);
    }
  } else if (a !== b) out.fields.add(at.split('.')[0]);
}

function compare(fileA: string, fileB: string): void {
  const a = readFileSync(fileA, 'utf8').split('\n');
  const b = readFileSync(fileB, 'utf8').split('\n');
  if (a.length !== b.length) throw new Error(`different item counts: ${a.length - 1} vs ${b.length - 1}`);
  const out = { fields: new Set<string>(), maxAbs: 0 };
  let differing = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    differing++;
    describe(JSON.parse(a[i]), JSON.parse(b[i]), '', out);
    if (differing <= 5) console.log(`item ${i}:\n  ${a[i]}\n  ${b[i]}`);
  }
  console.log(`[scoring-diff] ${a.length - 1} items, ${differing} differ${differing > 0 ? ` (fields: ${[...out.fields].join(', ')}; max numeric difference ${out.maxAbs})` : ''}`);
  if (differing > 0) process.exitCode = 1;
}

const [command, first, second] = process.argv.slice(2);
if (command === 'snapshot' && first) await snapshot(first);
else if (command === 'compare' && first && second) compare(first, second);
else {
  console.error('usage: scoring-diff snapshot <out.jsonl> | compare <a.jsonl> <b.jsonl>');
  process.exitCode = 2;
}
