/**
 * Reads `moderation-rules/` (ruleset.yaml + lexicons/*.yaml), hashes its
 * content and validates it with the pure `parseRuleSet`. The hash lets a
 * score be traced to the exact rule files that produced it.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { load } from 'js-yaml';
import { parseRuleSet, type RawRuleFiles } from './domain/rules/parse-rule-set.js';
import type { RuleSet } from './domain/rules/rule-set.types.js';

export { RuleSetError } from './domain/rules/parse-rule-set.js';
export type { RuleSet } from './domain/rules/rule-set.types.js';

/** `moderation-rules/` under the working directory (the repo root for npm scripts and jest). */
export function defaultRulesDir(): string {
  return resolve(process.cwd(), 'moderation-rules');
}

async function yamlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

function parseYaml(text: string, file: string): unknown {
  try {
    return load(text, { filename: file });
  } catch (error) {
    throw new Error(`${file}: invalid YAML: ${(error as Error).message}`, { cause: error });
  }
}

/** The rules folder as parsed YAML (not yet validated) with its content hash (sha256 over sorted relative paths + contents). */
export async function readRuleSetFiles(dir: string = defaultRulesDir()): Promise<{ raw: RawRuleFiles; hash: string }> {
  const files = await yamlFiles(dir);
  const hash = createHash('sha256');
  let ruleset: unknown;
  const lexicons: Record<string, unknown> = {};
  for (const file of files) {
    const name = relative(dir, file).split('\\').join('/');
    const text = await readFile(file, 'utf8');
    hash.update(`${name}\0${text}\0`);
    if (name === 'ruleset.yaml') ruleset = parseYaml(text, name);
    else if (name.startsWith('lexicons/')) lexicons[name.slice('lexicons/'.length).replace(/\.ya?ml$/, '')] = parseYaml(text, name);
  }
  if (ruleset === undefined) throw new Error(`${dir}: ruleset.yaml not found`);
  return { raw: { ruleset, lexicons }, hash: hash.digest('hex') };
}

/** Loads, hashes and validates the rules folder. */
export async function loadRuleSet(dir: string = defaultRulesDir()): Promise<RuleSet> {
  const { raw, hash } = await readRuleSetFiles(dir);
  return parseRuleSet(raw, hash);
}

/** Hash of a rule set sent through the API: sha256 of its canonical JSON (sorted keys), so equal content hashes equal. */
export function hashRawRules(raw: RawRuleFiles): string {
  return createHash('sha256').update(canonicalJson(raw)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
