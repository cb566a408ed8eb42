/**
 * Where the simulation's review texts come from: the fixture templates (review-text.ts, always
 * available, what CI runs) or real labelled review texts (real-texts.ts, from ../shared/data).
 * Honest traffic and the campaigns that pose as honest buyers draw from the same source, so the
 * text signals cannot tell them apart by how the simulation wrote them.
 */
import { honestText, ringBaseText, type TextLanguage } from './review-text.js';
import type { Rng } from './rng.js';
import type { SimItem } from './simulation.types.js';

export interface TextSource {
  /** Shown in the report: which texts were scored. */
  readonly description: string;
  /** A text an honest buyer might write with this star rating. */
  honest(rng: Rng, language: TextLanguage, rating: number): string;
  /** A long, specific-looking positive text for a copy ring to edit. */
  ringBase(rng: Rng, language: TextLanguage): string;
  /** Called once on the finished stream (a source may fill in placeholders there). */
  finish?(stream: SimItem[]): void;
  /** Counters for the report (texts drawn, reused, …). */
  stats(): Record<string, number>;
}

export const fixtureTextSource: TextSource = {
  description: 'fixture templates (scripts/simulation/review-text.ts)',
  honest: honestText,
  ringBase: ringBaseText,
  stats: () => ({}),
};
