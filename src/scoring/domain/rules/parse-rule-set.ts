/**
 * Pure validator for the moderation rules: untyped YAML in, typed `RuleSet`
 * out, or a `RuleSetError` listing every problem as "path: problem".
 * The loader (src/scoring/rules.loader.ts) reads the files; this only checks.
 */
import { REASON_CODES, type ReasonCode } from '../scoring.types.js';
import { parseLexicons } from './parse-lexicons.js';
import { parseRouting, scanForForbiddenFields } from './parse-routing.js';
import { parseSignalRules } from './parse-signal-rules.js';
import { Issues, readNumber, readObject, readString, readStringList, rejectUnknownKeys } from './rule-issues.js';
import type { PriorityRule, RuleSet } from './rule-set.types.js';

export { RuleSetError } from './rule-issues.js';

const TOP_KEYS = ['version', 'description', 'thresholds', 'signals', 'routing', 'priority', 'reasonCodes', 'policy', 'publication'];
const VERSION = /^\d{4}-\d{2}-\d{2}\.\d+$/;

export interface RawRuleFiles {
  /** Parsed `ruleset.yaml`. */
  ruleset: unknown;
  /** Parsed lexicon files keyed by base name, e.g. "incentive.zh". */
  lexicons: unknown;
}

export function parseRuleSet(raw: unknown, hash = ''): RuleSet {
  const issues = new Issues();
  const files = readObject(issues, raw, '(root)');
  const root = readObject(issues, files.ruleset, 'ruleset.yaml');
  rejectUnknownKeys(issues, root, 'ruleset', TOP_KEYS);
  const version = readString(issues, root.version, 'ruleset.version');
  if (version && !VERSION.test(version)) issues.add('ruleset.version', `expected YYYY-MM-DD.N, got "${version}"`);
  // A `publication:` section may only exist to be rejected: publication follows routing alone.
  if (root.publication !== undefined) {
    scanForForbiddenFields(issues, root.publication, 'ruleset.publication');
    issues.add('ruleset.publication', 'publication is decided by routing phases only; remove this section');
  }
  const signals = parseSignalRules(issues, root.signals);
  const routing = parseRouting(issues, root.routing);
  const ruleSet: RuleSet = {
    version,
    hash,
    thresholds: parseThresholds(issues, root.thresholds),
    signals,
    routing,
    priority: parsePriority(issues, root.priority),
    reasonCodes: parseReasonCodes(issues, root.reasonCodes),
    policy: { allowedDomains: readStringList(issues, readObject(issues, root.policy, 'policy').allowedDomains, 'policy.allowedDomains') },
    lexicons: parseLexicons(issues, files.lexicons),
  };
  issues.throwIfAny();
  return ruleSet;
}

function parseThresholds(issues: Issues, raw: unknown): RuleSet['thresholds'] {
  const t = readObject(issues, raw, 'thresholds');
  rejectUnknownKeys(issues, t, 'thresholds', ['minPercentileSamples', 'reportContribution']);
  return {
    minPercentileSamples: readNumber(issues, t.minPercentileSamples, 'thresholds.minPercentileSamples', 1, 1e9),
    reportContribution: readNumber(issues, t.reportContribution, 'thresholds.reportContribution', 0, 1),
  };
}

function parsePriority(issues: Issues, raw: unknown): PriorityRule {
  const p = readObject(issues, raw, 'priority');
  rejectUnknownKeys(issues, p, 'priority', ['fakeScoreWeight', 'severityWeight', 'sentimentWeight']);
  const rule = {
    fakeScoreWeight: readNumber(issues, p.fakeScoreWeight, 'priority.fakeScoreWeight', 0, 100),
    severityWeight: readNumber(issues, p.severityWeight, 'priority.severityWeight', 0, 100),
    sentimentWeight: readNumber(issues, p.sentimentWeight, 'priority.sentimentWeight', 0, 100),
  };
  const total = rule.fakeScoreWeight + rule.severityWeight + rule.sentimentWeight;
  if (total !== 100) issues.add('priority', `weights must add up to 100, got ${total}`);
  return rule;
}

function parseReasonCodes(issues: Issues, raw: unknown): RuleSet['reasonCodes'] {
  const section = readObject(issues, raw, 'reasonCodes');
  for (const key of Object.keys(section)) {
    if (!(REASON_CODES as readonly string[]).includes(key)) {
      issues.add(`reasonCodes.${key}`, `not in the closed list (${REASON_CODES.join(', ')})`);
    }
  }
  const out = {} as RuleSet['reasonCodes'];
  for (const code of REASON_CODES) {
    const entry = readObject(issues, section[code], `reasonCodes.${code}`);
    out[code as ReasonCode] = {
      severity: readNumber(issues, entry.severity, `reasonCodes.${code}.severity`, 0, 1),
      description: readString(issues, entry.description, `reasonCodes.${code}.description`),
    };
  }
  return out;
}
