import type { ChannelComparisonRow } from './domain/channel-comparison.js';
import type { DailyPoint, IndicatorSummary } from './domain/indicators.js';
import type { LoyaltyFigures } from './domain/loyalty.js';
import type { RollupState } from './reputation-rollup.repository.js';
import type { RollupStatusView } from './reputation.dto.js';

export interface IndicatorsView {
  scope: { type: string; id: string | null; channelId: string | null };
  period: { from: string; to: string; days: number };
  prior: { mean: number; weight: number };
  summary: IndicatorSummary;
  /** Churn and repeat purchase from the purchases channels report (distinct shoppers; not from the rollups). */
  loyalty: LoyaltyFigures;
  trend: { firstHalfNegativeShare: number | null; secondHalfNegativeShare: number | null; change: number | null };
  series: DailyPoint[];
  /** Same figures per channel, with a significance flag; empty for a single-channel scope. */
  channels: ChannelComparisonRow[];
  /** Rollups include changes up to this instant (minus the job's small overlap). */
  dataAsOf: string | null;
}

export const mapRollupStatus = (s: RollupState): RollupStatusView => ({
  watermark: s.watermark?.toISOString() ?? null, lastStartedAt: s.lastStartedAt?.toISOString() ?? null,
  lastFinishedAt: s.lastFinishedAt?.toISOString() ?? null, lastDays: s.lastDays, progress: s.progress,
});
