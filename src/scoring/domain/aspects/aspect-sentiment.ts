import { toSimplifiedChinese } from '../text/normalize-text.js';

import { CUE_WORDS, cuePolarity } from './aspect-polarity-cues.js';
import { clausePolarity, OPINION_WORDS } from './clause-polarity.js';
import { type Clause, splitClauses } from './split-clauses.js';
import { type AspectMatcher, aspectMatcher } from './tag-aspects.js';

export type AspectPolarity = 'positive' | 'negative' | 'neutral';

/** One aspect opinion with the clause that carries it (offsets into the text as given). */
export interface AspectSentiment {
  aspect: string;
  polarity: AspectPolarity;
  evidence: { start: number; end: number; text: string };
}

/** A clause scorer: −1..1, the production sentiment score of the clause alone. */
export type ClauseScorer = (clause: string) => number;

/** Same cut-off as the review-level neutral band: a clause below it states no opinion on its aspect. */
export const ASPECT_POLARITY_BAND = 0.2;

/**
 * Aspect-level sentiment in one pass: each clause that names an aspect (lexicons from moderation-rules/) gets
 * its own polarity, so "物流很快，但是质量太差" gives logistics positive and quality negative. Polarity comes
 * from, in order: the aspect's own cue words ("runs small", "便宜"), the general opinion words of the clause
 * with negation (clause-polarity.ts), and only when the clause holds none of those, the sentiment model on the
 * clause (`scoreClause`, so most reviews never run the model again). A clause that names an aspect but states
 * nothing ("说说物流，") borrows the next clause when that one names no aspect itself. One entry per aspect:
 * the most opinionated clause wins. Entries come in lexicon order.
 */
export function analyzeAspects(text: string, lexicons: Record<string, string[]>, scoreClause: ClauseScorer): AspectSentiment[] {
  const index = aspectMatcher(lexicons);
  const clauses = splitClauses(text);
  const folded = foldForMatching(text);
  const aspectsIn = clauses.map((c) => aspectsOf(folded.slice(c.start, c.end), index));
  const best = new Map<number, { strength: number; polarity: AspectPolarity; clause: Clause }>();
  clauses.forEach((clause, i) => {
    if (aspectsIn[i].size === 0) return;
    let span = clause;
    let opinion = clausePolarity(folded.slice(clause.start, clause.end));
    const next = clauses[i + 1];
    if (opinion === 0 && next && aspectsIn[i + 1].size === 0) {
      const joined = clausePolarity(folded.slice(next.start, next.end));
      if (joined !== 0) {
        span = { start: clause.start, end: next.end };
        opinion = joined;
      }
    }
    // Computed at most once per clause, and only when no cue or opinion word decides.
    let modelScore: number | undefined;
    for (const aspect of aspectsIn[i]) {
      const cue = cuePolarity(index.aspects[aspect], folded.slice(span.start, span.end));
      let found: { strength: number; polarity: AspectPolarity };
      if (cue) found = { strength: 1, polarity: cue };
      else if (opinion !== 0) found = { strength: LEXICON_STRENGTH, polarity: opinion > 0 ? 'positive' : 'negative' };
      else {
        modelScore ??= scoreClause(text.slice(span.start, span.end));
        found = { strength: Math.abs(modelScore), polarity: polarityOf(modelScore) };
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

/**
 * The aspects a clause names. A term that is also an opinion word ("结实", "cheap", "authentic") names its
 * aspect only when it does not describe another aspect's name just before it: "包装很结实" is about the
 * packaging, "the material feels cheap" about quality, "tastes authentic" about taste.
 */
function aspectsOf(clause: string, index: AspectMatcher): Set<number> {
  const hits: { aspect: number; start: number; end: number; opinion: boolean }[] = [];
  index.matcher.scan(clause, (phrase, start) => {
    const term = index.matcher.phrases[phrase];
    hits.push({ aspect: index.aspectOf[phrase], start, end: start + term.length, opinion: OPINION_WORDS.has(term) || CUE_WORDS.has(term) });
  });
  const found = new Set<number>();
  for (const hit of hits) {
    // "通话质量" names the sound, not the quality: a term inside a longer term of another aspect does not count.
    if (hits.some((other) => other.aspect !== hit.aspect && other.start <= hit.start && other.end >= hit.end && other.end - other.start > hit.end - hit.start)) continue;
    const describes = hit.opinion && hits.some((other) => !other.opinion && other.aspect !== hit.aspect && other.end <= hit.start
      && hit.start - other.end <= (HAN.test(clause[hit.start]) ? ATTRIBUTION_REACH_ZH : ATTRIBUTION_REACH_EN));
    if (!describes) found.add(hit.aspect);
  }
  return found;
}

const HAN = /\p{Script=Han}/u;
