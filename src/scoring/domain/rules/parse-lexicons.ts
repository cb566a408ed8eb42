/**
 * Validates and merges the lexicon files (`<kind>.<lang>.yaml`). Phrases are
 * normalised exactly like review text (NFKC, lower-case, 繁→简, punctuation
 * folded), so lexicon authors can write them naturally.
 */
import { normalizeText } from '../duplication/normalize-text.js';
import { Issues, readObject, readStringList, rejectUnknownKeys } from './rule-issues.js';
import type { Lexicons } from './rule-set.types.js';

export const ASPECTS = [
  'quality',
  'logistics',
  'packaging',
  'size_fit',
  'after_sales',
  'customer_service',
  'price',
  'description_accuracy',
  'authenticity',
  // Category aspects (electronics, audio, food).
  'battery',
  'sound',
  'taste',
] as const;

const TERM_KINDS = ['abuse', 'spam', 'first-person', 'specificity'] as const;
const KINDS = ['incentive', 'aspects', ...TERM_KINDS] as const;
const FILE_NAME = /^([a-z-]+)\.([a-z]{2}(?:-[a-z]+)?)$/;
/** Lexicons that live here but are read by another module (reply-screening: src/responses). */
const OTHER_MODULES = ['reply-screening'];

function phrases(issues: Issues, raw: unknown, path: string): string[] {
  return [...new Set(readStringList(issues, raw, path).map(normalizeText).filter((p) => p.length > 0))];
}

function emptyLexicons(): Lexicons {
  return {
    incentive: { terms: [], complaintCues: [], negationCues: [] },
    abuse: [],
    spam: [],
    firstPerson: [],
    specificity: [],
    aspects: Object.fromEntries(ASPECTS.map((a) => [a, [] as string[]])),
  };
}

/** `files` maps a file's base name ("incentive.zh") to its parsed YAML. */
export function parseLexicons(issues: Issues, files: unknown): Lexicons {
  const lexicons = emptyLexicons();
  const entries = Object.entries(readObject(issues, files, 'lexicons'));
  for (const [name, content] of entries.sort(([a], [b]) => a.localeCompare(b))) {
    const path = `lexicons/${name}.yaml`;
    const kind = FILE_NAME.exec(name)?.[1];
    if (kind !== undefined && OTHER_MODULES.includes(kind)) continue;
    if (kind === undefined || !(KINDS as readonly string[]).includes(kind)) {
      issues.add(path, `file name must be <kind>.<language> with kind one of ${KINDS.join(', ')}`);
      continue;
    }
    mergeFile(issues, lexicons, kind, readObject(issues, content, path), path);
  }
  if (lexicons.incentive.terms.length === 0) issues.add('lexicons/incentive.*.yaml', 'no incentive terms found');
  if (lexicons.abuse.length === 0) issues.add('lexicons/abuse.*.yaml', 'no abuse terms found');
  return lexicons;
}

function mergeFile(issues: Issues, into: Lexicons, kind: string, file: Record<string, unknown>, path: string): void {
  switch (kind) {
    case 'incentive':
      rejectUnknownKeys(issues, file, path, ['language', 'terms', 'complaintCues', 'negationCues']);
      into.incentive.terms.push(...phrases(issues, file.terms, `${path}.terms`));
      into.incentive.complaintCues.push(...phrases(issues, file.complaintCues, `${path}.complaintCues`));
      into.incentive.negationCues.push(...phrases(issues, file.negationCues, `${path}.negationCues`));
      return;
    case 'aspects': {
      rejectUnknownKeys(issues, file, path, ['language', 'aspects']);
      const aspects = readObject(issues, file.aspects, `${path}.aspects`);
      for (const [aspect, list] of Object.entries(aspects)) {
        if (!(ASPECTS as readonly string[]).includes(aspect)) {
          issues.add(`${path}.aspects.${aspect}`, `unknown aspect (expected one of ${ASPECTS.join(', ')})`);
          continue;
        }
        into.aspects[aspect].push(...phrases(issues, list, `${path}.aspects.${aspect}`));
      }
      return;
    }
    default: {
      rejectUnknownKeys(issues, file, path, ['language', 'terms']);
      const terms = phrases(issues, file.terms, `${path}.terms`);
      const key = kind === 'first-person' ? 'firstPerson' : (kind as 'abuse' | 'spam' | 'specificity');
      into[key].push(...terms);
    }
  }
}
