import { toSimplifiedChinese } from '../text/normalize-text.js';

import { type AspectMatcher, aspectMatcher } from './aspect-matcher.js';
import { cuePolarity } from './aspect-polarity-cues.js';
import { clausePolarity } from './clause-polarity.js';
import { type Clause, splitClauses } from './split-clauses.js';

export type AspectPolarity = 'positive' | 'negative' | 'neutral';

/** One aspect opinion with the clause that carries it (offsets into the text as given). */
export interface AspectSentiment {
  aspect: string;
  polarity: AspectPolarity;
  evidence: { start: number; end: number; text: string };
}

/**
 * −1..1 for a clause that holds no cue or opinion word. The scorer passes the review's own sentiment score
 * (free: already computed); a caller may run the model on the clause instead.
 */
export type ClauseScorer = (clause: string) => number;

/** Same cut-off as the review-level neutral band: a clause below it states no opinion on its aspect. */
export const ASPECT_POLARITY_BAND = 0.2;

/**
 * Aspect-level sentiment in one pass: each clause that names an aspect (lexicons from moderation-rules/) gets
 * its own polarity, so "物流很快，但是质量太差" gives logistics positive and quality negative. Polarity comes
 * from, in order: the aspect's own cue words ("runs small", "便宜"), the general opinion words of the clause
 * with negation (clause-polarity.ts), and only when the clause holds none of those, `scoreClause` (in the
 * scorer: the review's own score, so the aspect pass never runs the sentiment model again). A clause that
 * names an aspect but states nothing ("说说物流，") borrows the next clause's opinion words when that one names
 * no aspect itself. One entry per aspect: the most opinionated clause wins. Entries come in lexicon order.
 */
export function analyzeAspects(text: string, lexicons: Record<string, string[]>, scoreClause: ClauseScorer): AspectSentiment[] {
  const index = aspectMatcher(lexicons);
  const folded = foldForMatching(text);
  // One scan of the whole text; most reviews name no aspect and stop here, before any clause is cut.
  const hits = aspectHits(folded, index);
  if (hits.length === 0) return [];
  const clauses = splitClauses(text);
  const aspectsIn = aspectsPerClause(folded, clauses, hits);
  const best = new Map<number, { strength: number; polarity: AspectPolarity; clause: Clause }>();
  clauses.forEach((clause, i) => {
    if (aspectsIn[i].size === 0) return;
    // Each computed at most once per clause, and only when an aspect's own cue does not decide.
    let opinion: { value: number; span: Clause } | undefined;
    let modelScore: number | undefined;
    for (const aspect of aspectsIn[i]) {
      let span = clause;
      let found: { strength: number; polarity: AspectPolarity };
      const cue = cuePolarity(index.aspects[aspect], folded.slice(clause.start, clause.end));
      if (cue) found = { strength: 1, polarity: cue };
      else {
        opinion ??= opinionOf(folded, clauses, i, aspectsIn);
        span = opinion.span;
        if (opinion.value !== 0) found = { strength: LEXICON_STRENGTH, polarity: opinion.value > 0 ? 'positive' : 'negative' };
        else {
          modelScore ??= scoreClause(text.slice(clause.start, clause.end));
          found = { strength: Math.abs(modelScore), polarity: polarityOf(modelScore) };
        }
      }
      const current = best.get(aspect);
      if (!current || found.strength > current.strength) best.set(aspect, { ...found, clause: span });
    }
  });
  return [...best]
    .sort(([a], [b]) => a - b)
    .map(([aspect, { polarity, clause }]) => ({
      aspect: index.aspects[aspect],
      polarity,
      evidence: { start: clause.start, end: clause.end, text: text.slice(clause.start, clause.end) },
    }));
}

/**
 * The opinion words of clause `i`; when it has none ("说说物流，") and the next clause names no aspect, those of
 * the next clause, with the span widened to cover both.
 */
function opinionOf(folded: string, clauses: Clause[], i: number, aspectsIn: Set<number>[]): { value: number; span: Clause } {
  const clause = clauses[i];
  const value = clausePolarity(folded.slice(clause.start, clause.end));
  const next = clauses[i + 1];
  if (value !== 0 || !next || aspectsIn[i + 1].size > 0) return { value, span: clause };
  const borrowed = clausePolarity(folded.slice(next.start, next.end));
  return borrowed === 0 ? { value, span: clause } : { value: borrowed, span: { start: clause.start, end: next.end } };
}

/** Hits and clauses are both in text order: one walk hands each clause the hits inside it. */
function aspectsPerClause(folded: string, clauses: Clause[], hits: AspectHit[]): Set<number>[] {
  let from = 0;
  return clauses.map((c) => {
    while (from < hits.length && hits[from].start < c.start) from++;
    let to = from;
    while (to < hits.length && hits[to].start < c.end) to++;
    return aspectsOf(folded, hits.slice(from, to).filter((h) => h.end <= c.end));
  });
}

/** An opinion word is nearly as strong as an aspect's own cue, and stronger than a weak model score. */
const LEXICON_STRENGTH = 0.9;
/** How far (code units) after another aspect's name an opinion-word term still describes that name. */
const ATTRIBUTION_REACH_ZH = 3;
const ATTRIBUTION_REACH_EN = 24;

export function polarityOf(score: number): AspectPolarity {
  if (score >= ASPECT_POLARITY_BAND) return 'positive';
  if (score <= -ASPECT_POLARITY_BAND) return 'negative';
  return 'neutral';
}

/** Lower case, 繁→简 and ’→' when that keeps every offset; otherwise the text as is (offsets must stay true). */
function foldForMatching(text: string): string {
  const folded = toSimplifiedChinese(text.toLowerCase()).replace(/’/g, "'");
  return folded.length === text.length ? folded : text;
}

interface AspectHit {
  aspect: number;
  start: number;
  end: number;
  /** The term is also an opinion word ("结实", "cheap"). */
  opinion: boolean;
}

function aspectHits(folded: string, index: AspectMatcher): AspectHit[] {
  const hits: AspectHit[] = [];
  index.matcher.scan(folded, (phrase, start) => {
    hits.push({ aspect: index.aspectOf[phrase], start, end: start + index.matcher.phrases[phrase].length, opinion: index.isOpinion[phrase] });
  });
  return hits;
}

/**
 * The aspects one clause names, from the hits inside it. A term that is also an opinion word ("结实", "cheap",
 * "authentic") names its aspect only when it does not describe another aspect's name just before it: "包装很结实"
 * is about the packaging, "the material feels cheap" about quality, "tastes authentic" about taste.
 */
function aspectsOf(folded: string, hits: AspectHit[]): Set<number> {
  const found = new Set<number>();
  for (const hit of hits) {
    // "通话质量" names the sound, not the quality: a term inside a longer term of another aspect does not count.
    if (hits.some((other) => other.aspect !== hit.aspect && other.start <= hit.start && other.end >= hit.end && other.end - other.start > hit.end - hit.start)) continue;
    const reach = HAN.test(folded[hit.start]) ? ATTRIBUTION_REACH_ZH : ATTRIBUTION_REACH_EN;
    const describes = hit.opinion && hits.some((other) => !other.opinion && other.aspect !== hit.aspect && other.end <= hit.start && hit.start - other.end <= reach);
    if (!describes) found.add(hit.aspect);
  }
  return found;
}

const HAN = /\p{Script=Han}/u;
