/**
 * Validates `routing:` and enforces the publication laws on it:
 * - no phase may reference rating, stars or sentiment (FTC 16 CFR 465.7);
 * - withhold is reserved for policy violations found in the text;
 * - rating-derived signals alone can never push fakeScore to a hold.
 */
import { RATING_DERIVED_SIGNALS, SENTIMENT_DERIVED_SIGNALS, isSignalId, type SignalId } from '../signals/signal-ids.js';
import { Issues, isObject, readEnum, readNumber, readObject, readString, rejectUnknownKeys, type Json } from './rule-issues.js';
import type { PolicyViolationKind, RoutingPhaseRule } from './rule-set.types.js';

const FORBIDDEN = /rating|stars?\b|★|星|sentiment|polarity|extremity|mismatch|情感|情绪/iu;
const VIOLATIONS: readonly PolicyViolationKind[] = ['spam_link', 'contact_solicitation', 'personal_data', 'abuse'];
const PHASE_TYPES = ['policy_violation', 'signal_severity', 'fake_score', 'default'] as const;
const LAW = 'publication/routing rules may not depend on rating, stars or sentiment (FTC 16 CFR 465.7)';

/** Walks any rule subtree and reports every key or string value naming a forbidden field. */
export function scanForForbiddenFields(issues: Issues, value: unknown, path: string): void {
  if (typeof value === 'string') {
    if (FORBIDDEN.test(value)) issues.add(path, `references "${value}": ${LAW}`);
  } else if (Array.isArray(value)) {
    value.forEach((entry, i) => scanForForbiddenFields(issues, entry, `${path}[${i}]`));
  } else if (isObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (FORBIDDEN.test(key)) issues.add(`${path}.${key}`, `references "${key}": ${LAW}`);
      scanForForbiddenFields(issues, child, `${path}.${key}`);
    }
  }
}

export function parseRouting(issues: Issues, raw: unknown): { phases: RoutingPhaseRule[] } {
  const section = readObject(issues, raw, 'routing');
  rejectUnknownKeys(issues, section, 'routing', ['phases']);
  scanForForbiddenFields(issues, section, 'routing');
  if (!Array.isArray(section.phases) || section.phases.length === 0) {
    issues.add('routing.phases', 'expected a non-empty list of phases');
    return { phases: [] };
  }
  const phases = section.phases.map((phase, i) => parsePhase(issues, phase, `routing.phases[${i}]`));
  const last = phases[phases.length - 1];
  if (last.type !== 'default') issues.add(`routing.phases[${phases.length - 1}]`, 'the last phase must be type: default, action: publish');
  return { phases };
}

function parsePhase(issues: Issues, raw: unknown, path: string): RoutingPhaseRule {
  const phase = readObject(issues, raw, path);
  const id = readString(issues, phase.id, `${path}.id`);
  const type = readEnum(issues, phase.type, `${path}.type`, PHASE_TYPES);
  const action = readEnum(issues, phase.action, `${path}.action`, ['publish', 'hold', 'withhold'] as const);
  const expected = type === 'policy_violation' ? 'withhold' : type === 'default' ? 'publish' : 'hold';
  if (action !== expected) {
    const why = action === 'withhold' ? 'withhold is reserved for policy violations found in the text' : `a ${type} phase must ${expected}`;
    issues.add(`${path}.action`, why);
  }
  switch (type) {
    case 'policy_violation':
      rejectUnknownKeys(issues, phase, path, ['id', 'type', 'action', 'violations']);
      return { id, type, action: 'withhold', violations: parseViolations(issues, phase.violations, `${path}.violations`) };
    case 'signal_severity':
      rejectUnknownKeys(issues, phase, path, ['id', 'type', 'action', 'signals']);
      return { id, type, action: 'hold', signals: parseSeverity(issues, phase.signals, `${path}.signals`) };
    case 'fake_score':
      rejectUnknownKeys(issues, phase, path, ['id', 'type', 'action', 'atLeast']);
      return { id, type, action: 'hold', atLeast: readNumber(issues, phase.atLeast, `${path}.atLeast`, 0.01, 1) };
    default:
      rejectUnknownKeys(issues, phase, path, ['id', 'type', 'action']);
      return { id, type: 'default', action: 'publish' };
  }
}

function parseViolations(issues: Issues, raw: unknown, path: string): PolicyViolationKind[] {
  if (!Array.isArray(raw) || raw.length === 0) {
    issues.add(path, `expected a non-empty list of ${VIOLATIONS.join(' | ')}`);
    return [];
  }
  return raw.map((entry, i) => readEnum(issues, entry, `${path}[${i}]`, VIOLATIONS));
}

function parseSeverity(issues: Issues, raw: unknown, path: string): Partial<Record<SignalId, number>> {
  const object: Json = readObject(issues, raw, path);
  const out: Partial<Record<SignalId, number>> = {};
  for (const [key, value] of Object.entries(object)) {
    if (!isSignalId(key)) {
      issues.add(`${path}.${key}`, 'unknown signal id');
    } else if (RATING_DERIVED_SIGNALS.includes(key) || SENTIMENT_DERIVED_SIGNALS.includes(key)) {
      issues.add(`${path}.${key}`, `${key} is rating/sentiment-derived: ${LAW}`);
    } else {
      out[key] = readNumber(issues, value, `${path}.${key}`, -1e9, 1e9);
    }
  }
  return out;
}
