import { toSimplifiedChinese } from '../text/normalize-text.js';

import { cuePolarity } from './aspect-polarity-cues.js';
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
 * Aspect-level sentiment: each clause that names an aspect (lexicons from
 * moderation-rules/) is scored on its own, so "物流很快，但是质量太差" gives
 * logistics positive and quality negative. A clause that names an aspect but
 * states nothing ("说说物流，") borrows the next clause when that one names
 * no aspect itself. One entry per aspect: the most opinionated clause wins.
 */
export function analyzeAspects(text: string, lexicons: Record<string, string[]>, scoreClause: ClauseScorer): AspectSentiment[] {
  const index = aspectMatcher(lexicons);
  const clauses = splitClauses(text);
  const folded = foldForMatching(text);
  const aspectsIn = clauses.map((c) => aspectsOf(folded.slice(c.start, c.end), index));
  const best = new Map<number, { score: number; polarity: AspectPolarity; clause: Clause }>();
  clauses.forEach((clause, i) => {
    if (aspectsIn[i].size === 0) return;
    let span = clause;
    let score = scoreClause(text.slice(clause.start, clause.end));
    const next = clauses[i + 1];
    if (Math.abs(score) < ASPECT_POLARITY_BAND && next && aspectsIn[i + 1].size === 0) {
      span = { start: clause.start, end: next.end };
      score = scoreClause(text.slice(span.start, span.end));
    }
    for (const aspect of aspectsIn[i]) {
      const cue = cuePolarity(index.aspects[aspect], folded.slice(span.start, span.end));
      // A cue is as strong as a confident model score.
      const strength = cue ? 1 : Math.abs(score);
      const current = best.get(aspect);
      if (!current || strength > Math.abs(current.score)) {
        best.set(aspect, { score: cue ? Math.sign(score || 1) : score, polarity: cue ?? polarityOf(score), clause: span });
      }
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

export function polarityOf(score: number): AspectPolarity {
  if (score >= ASPECT_POLARITY_BAND) return 'positive';
  if (score <= -ASPECT_POLARITY_BAND) return 'negative';
  return 'neutral';
}

/** Lower case and 繁→简 when that keeps every offset; otherwise the text as is (offsets must stay true). */
function foldForMatching(text: string): string {
  const folded = toSimplifiedChinese(text.toLowerCase());
  return folded.length === text.length ? folded : text;
}

function aspectsOf(clause: string, index: AspectMatcher): Set<number> {
  const found = new Set<number>();
  index.matcher.scan(clause, (phrase) => {
    found.add(index.aspectOf[phrase]);
  });
  return found;
}
