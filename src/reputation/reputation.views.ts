import { ApiProperty } from '@nestjs/swagger';
import type { ChannelComparisonRow } from './domain/channel-comparison.js';
import type { DailyPoint, IndicatorSummary } from './domain/indicators.js';
import type { LoyaltyFigures } from './domain/loyalty.js';
import type { RollupState } from './reputation-rollup.repository.js';
import type { RollupStatusView } from './reputation.dto.js';

export class IndicatorsView {
  @ApiProperty({ type: 'object', additionalProperties: true })
  public scope: { type: string; id: string | null; channelId: string | null };

  @ApiProperty({ type: 'object', additionalProperties: true })
  public period: { from: string; to: string; days: number };

  @ApiProperty({ type: 'object', additionalProperties: true })
  public prior: { mean: number; weight: number };

  @ApiProperty({ type: 'object', additionalProperties: true })
  public summary: IndicatorSummary;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Churn and repeat purchase from the purchases channels report (distinct shoppers; not from the rollups).' })
  public loyalty: LoyaltyFigures;

  @ApiProperty({ type: 'object', additionalProperties: true })
  public trend: { firstHalfNegativeShare: number | null; secondHalfNegativeShare: number | null; change: number | null };

  @ApiProperty({ type: 'object', additionalProperties: true, isArray: true })
  public series: DailyPoint[];

  @ApiProperty({ type: 'object', additionalProperties: true, isArray: true, description: 'Same figures per channel, with a significance flag; empty for a single-channel scope.' })
  public channels: ChannelComparisonRow[];

  @ApiProperty({ type: 'string', nullable: true, description: "Rollups include changes up to this instant (minus the job's small overlap)." })
  public dataAsOf: string | null;
}

export const mapRollupStatus = (s: RollupState): RollupStatusView => ({
  watermark: s.watermark?.toISOString() ?? null, lastStartedAt: s.lastStartedAt?.toISOString() ?? null,
  lastFinishedAt: s.lastFinishedAt?.toISOString() ?? null, lastDays: s.lastDays, progress: s.progress,
});
