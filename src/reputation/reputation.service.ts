import { Injectable } from '@nestjs/common';
import type { AuthContext } from '../common/auth/auth-context.js';
import { Clock } from '../common/clock/clock.js';
import { AppConfigService } from '../config/app-config.service.js';
import { compareChannels } from './domain/channel-comparison.js';
import { dailySeries, sentimentTrend, summarize, sumFacts, type RatingPrior } from './domain/indicators.js';
import { loyaltyFigures } from './domain/loyalty.js';
import { previousPeriod, resolvePeriod, type Period } from './domain/period.js';
import { round } from './domain/stats.js';
import { ReputationError, ReputationErrorCode } from './reputation.error.js';
import { ReputationReadRepository } from './reputation-read.repository.js';
import { ReputationRollupRepository } from './reputation-rollup.repository.js';
import { ReputationScopeResolver } from './reputation-scope.js';
import type { IndicatorsQueryDto, PeriodQueryDto } from './reputation.dto.js';
import type { IndicatorsView } from './reputation.views.js';

/** Below this many ratings on a side, a channel is shown but not tested. */
const CHANNEL_MIN_SAMPLE = 20;
const CHANNEL_ALPHA = 0.05;
/** Prior mean when there are no ratings at all to take the platform mean from. */
const FALLBACK_PRIOR_MEAN = 4;

/** Indicator reads: everything comes from the daily rollups, nothing scans reviews. */
@Injectable()
export class ReputationService {
  public constructor(
    private readonly read: ReputationReadRepository,
    private readonly rollups: ReputationRollupRepository,
    private readonly scopes: ReputationScopeResolver,
    private readonly config: AppConfigService,
    private readonly clock: Clock,
  ) {}

  public period(query: PeriodQueryDto): Period {
    const period = resolvePeriod(query.from, query.to, this.clock.now());
    if ('error' in period) throw new ReputationError(ReputationErrorCode.InvalidPeriod, period.error);
    return period;
  }

  public async indicators(auth: AuthContext, query: IndicatorsQueryDto): Promise<IndicatorsView> {
    const period = this.period(query);
    const scope = await this.scopes.resolve(auth, query.scope, query.id, query.channelId);
    const withChannels = scope.channelId === null;
    const previous = previousPeriod(period);
    const purchaseScope = { merchantId: scope.merchantId, productId: scope.type === 'product' ? scope.id : null, channelId: scope.channelId };
    const [rows, channels, prior, state, purchases] = await Promise.all([
      this.read.dailyFacts(scope.key, period.from, period.to),
      withChannels ? this.read.channelTotals(scope.key.scopeType, scope.key.scopeId, period.from, period.to) : Promise.resolve([]),
      this.prior(period),
      this.rollups.loadState(),
      this.read.purchaseCounts(purchaseScope, previous.start, period.start, period.end),
    ]);
    return {
      scope: { type: scope.type, id: scope.id, channelId: scope.channelId },
      period: { from: period.from, to: period.to, days: period.days.length },
      prior: { mean: round(prior.priorMean) ?? FALLBACK_PRIOR_MEAN, weight: prior.priorWeight },
      summary: summarize(sumFacts(rows), prior),
      loyalty: loyaltyFigures(purchases, { from: previous.from, to: previous.to }),
      trend: sentimentTrend(rows, period.days),
      series: dailySeries(rows, period.days),
      channels: compareChannels(channels, { alpha: CHANNEL_ALPHA, minSample: CHANNEL_MIN_SAMPLE }),
      dataAsOf: state.watermark?.toISOString() ?? null,
    };
  }

  /** Configured prior mean, else the platform mean over the same period (so scopes are comparable). */
  private async prior(period: Period): Promise<RatingPrior> {
    const { priorMean, priorWeight } = this.config.ratings;
    if (priorMean !== undefined) return { priorMean, priorWeight };
    const platform = await this.read.platformRatingTotals(period.from, period.to);
    return { priorMean: platform.count > 0 ? platform.sum / platform.count : FALLBACK_PRIOR_MEAN, priorWeight };
  }
}
