/**
 * Small reader helpers for validating untyped YAML: each failure records
 * "path: problem" and returns a safe default, so one run reports every
 * problem in the file instead of the first.
 */
export class RuleSetError extends Error {
  public constructor(public readonly issues: string[]) {
    super(`invalid moderation rules:\n  - ${issues.join('\n  - ')}`);
    this.name = 'RuleSetError';
  }
}

export class Issues {
  public readonly list: string[] = [];

  public add(path: string, problem: string): void {
    this.list.push(`${path}: ${problem}`);
  }

  public throwIfAny(): void {
    if (this.list.length > 0) throw new RuleSetError(this.list);
  }
}

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readObject(issues: Issues, value: unknown, path: string): Json {
  if (isObject(value)) return value;
  issues.add(path, `expected a mapping, got ${describe(value)}`);
  return {};
}

export function readNumber(issues: Issues, value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    issues.add(path, `expected a number, got ${describe(value)}`);
    return min;
  }
  if (value < min || value > max) issues.add(path, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

export function readString(issues: Issues, value: unknown, path: string): string {
  if (typeof value === 'string' && value.length > 0) return value;
  issues.add(path, `expected a non-empty string, got ${describe(value)}`);
  return '';
}

export function readEnum<T extends string>(issues: Issues, value: unknown, path: string, allowed: readonly T[]): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  issues.add(path, `expected one of ${allowed.join(' | ')}, got ${describe(value)}`);
  return allowed[0];
}

export function readStringList(issues: Issues, value: unknown, path: string): string[] {
  if (!Array.isArray(value)) {
    issues.add(path, `expected a list of strings, got ${describe(value)}`);
    return [];
  }
  return value.filter((entry, i) => {
    if (typeof entry === 'string' && entry.trim().length > 0) return true;
    issues.add(`${path}[${i}]`, `expected a non-empty string, got ${describe(entry)}`);
    return false;
  });
}

export function rejectUnknownKeys(issues: Issues, object: Json, path: string, known: readonly string[]): void {
  for (const key of Object.keys(object)) {
    if (!known.includes(key)) issues.add(`${path}.${key}`, `unknown key (expected one of ${known.join(', ')})`);
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string' ? `"${value}"` : typeof value === 'object' ? 'a mapping' : String(value);
}
