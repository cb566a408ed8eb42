/** Validates the `signals:` section: one rule per known signal id. */
import { REASON_CODES } from '../scoring.types.js';
import { RATING_DERIVED_SIGNALS, SENTIMENT_DERIVED_SIGNALS, SIGNAL_IDS, type SignalId } from '../signals/signal-ids.js';
import { Issues, isObject, readEnum, readNumber, readObject, rejectUnknownKeys } from './rule-issues.js';
import type { SignalRule } from './rule-set.types.js';

const KEYS = ['weight', 'effect', 'affects', 'mapping', 'tail', 'pivot', 'fallback', 'reasonCode', 'params'] as const;

export function parseSignalRules(issues: Issues, raw: unknown): Record<SignalId, SignalRule> {
  const section = readObject(issues, raw, 'signals');
  for (const key of Object.keys(section)) {
    if (!(SIGNAL_IDS as readonly string[]).includes(key)) issues.add(`signals.${key}`, 'unknown signal id');
  }
  const rules = {} as Record<SignalId, SignalRule>;
  for (const id of SIGNAL_IDS) {
    if (!(id in section)) issues.add(`signals.${id}`, 'missing rule for this signal');
    rules[id] = parseSignalRule(issues, section[id] ?? {}, `signals.${id}`);
    if (SENTIMENT_DERIVED_SIGNALS.includes(id) && rules[id].affects !== 'priority') {
      issues.add(`signals.${id}.affects`, 'sentiment-derived signals may only affect priority, never the verdict (FTC 16 CFR 465.7)');
    } else if (RATING_DERIVED_SIGNALS.includes(id) && rules[id].affects !== 'priority') {
      // Any score weight, however small, lets the stars tip a borderline review over the hold line.
      issues.add(`signals.${id}.affects`, 'rating-derived signals may only affect priority, never the verdict (FTC 16 CFR 465.7)');
    }
  }
  return rules;
}

function parseSignalRule(issues: Issues, raw: unknown, path: string): SignalRule {
  const object = readObject(issues, raw, path);
  rejectUnknownKeys(issues, object, path, KEYS);
  const fallback = readObject(issues, object.fallback, `${path}.fallback`);
  const rule: SignalRule = {
    weight: readNumber(issues, object.weight, `${path}.weight`, 0, 1),
    effect: readEnum(issues, object.effect ?? 'raise', `${path}.effect`, ['raise', 'lower'] as const),
    affects: readEnum(issues, object.affects ?? 'score', `${path}.affects`, ['score', 'priority'] as const),
    mapping: readEnum(issues, object.mapping ?? 'rank', `${path}.mapping`, ['rank', 'fixed'] as const),
    tail: readEnum(issues, object.tail, `${path}.tail`, ['high', 'low'] as const),
    pivot: readNumber(issues, object.pivot ?? 0.5, `${path}.pivot`, 0, 0.999),
    fallback: {
      normal: readNumber(issues, fallback.normal, `${path}.fallback.normal`, -1e9, 1e9),
      suspicious: readNumber(issues, fallback.suspicious, `${path}.fallback.suspicious`, -1e9, 1e9),
    },
    reasonCode: readEnum(issues, object.reasonCode, `${path}.reasonCode`, REASON_CODES),
    params: parseParams(issues, object.params, `${path}.params`),
  };
  const fallbackTail = rule.fallback.suspicious >= rule.fallback.normal ? 'high' : 'low';
  if (rule.fallback.suspicious !== rule.fallback.normal && fallbackTail !== rule.tail) {
    issues.add(`${path}.fallback`, `suspicious (${rule.fallback.suspicious}) lies on the ${fallbackTail} side of normal but tail is ${rule.tail}`);
  }
  return rule;
}

function parseParams(issues: Issues, raw: unknown, path: string): Record<string, number> {
  if (raw === undefined) return {};
  if (!isObject(raw)) {
    issues.add(path, 'expected a mapping of numbers');
    return {};
  }
  const params: Record<string, number> = {};
  for (const [key, value] of Object.entries(raw)) params[key] = readNumber(issues, value, `${path}.${key}`, -1e9, 1e9);
  return params;
}
