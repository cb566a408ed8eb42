/**
 * What `npm run simulate -- --record=FILE` keeps of each scored item so `npm run simulate:replay`
 * can re-apply the production decision (combine, percentile tables, routing) under edited rules in
 * seconds. Signal values do not depend on weights, pivots, fallbacks or routing thresholds, so the
 * replay is exact for those edits; a change to signal code, signal params or the context needs a
 * new recording (the replay checks the recorded verdicts first, under the recorded rules).
 */
import type { ScoreResult, Verdict } from '../../src/scoring/domain/scoring.types.js';
import type { CampaignType, HonestScenario, SimItem } from './simulation.types.js';

export interface RecordedItem {
  id: string;
  label: CampaignType | null;
  scenario: HonestScenario | null;
  rating: number | null;
  channel: string;
  productId: string;
  verification: string;
  /** Detected language (the text models'). */
  language: string;
  /** Scored at or after the warm-up (counted in the report). */
  measured: boolean;
  verdict: Verdict;
  fakeScore: number;
  /** Raw signal values, in the engine's order (the percentile tables are fed in this order). */
  signals: [string, number][];
  /** What the analysis breaks down by: account age at submittedAt (days, null unknown), import mode. */
  accountAgeDays: number | null;
  imported: boolean;
}

export function recordItem(sim: SimItem, result: ScoreResult, measured: boolean): RecordedItem {
  const { item } = sim;
  const t = item.submittedAt.getTime();
  return {
    id: item.id,
    label: sim.label,
    scenario: sim.scenario ?? null,
    rating: item.rating,
    channel: item.channel,
    productId: item.productId,
    verification: item.verification,
    language: result.language,
    measured,
    verdict: result.verdict,
    fakeScore: result.fakeScore,
    signals: result.signals.map((s) => [s.id, s.value]),
    accountAgeDays: sim.accountCreatedAt ? (t - sim.accountCreatedAt.getTime()) / 86_400_000 : null,
    imported: item.intakeMode === 'import',
  };
}
