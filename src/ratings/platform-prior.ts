import { Injectable } from '@nestjs/common';
import { AppConfigService } from '../config/app-config.service.js';
import { platformMean } from './domain/rating-figures.js';
import { RatingsRepository } from './ratings.repository.js';

const REFRESH_MS = 60_000;

/**
 * The Bayesian prior: RATING_PRIOR_MEAN when configured, else the platform mean of all
 * public ratings, refreshed once a minute and rounded to 2 decimals (part of the ETag).
 */
@Injectable()
export class PlatformPrior {
  private cached?: { mean: number; at: number };
  private refreshing?: Promise<number>;

  public constructor(
    private readonly repo: RatingsRepository,
    private readonly config: AppConfigService,
  ) {}

  public async current(): Promise<{ weight: number; mean: number }> {
    const { priorWeight, priorMean } = this.config.ratings;
    if (priorMean !== undefined) return { weight: priorWeight, mean: priorMean };
    if (!this.cached || Date.now() - this.cached.at > REFRESH_MS) {
      this.refreshing ??= this.refresh().finally(() => (this.refreshing = undefined));
      // A stale mean is fine while the refresh runs; only the very first call waits.
      if (!this.cached) await this.refreshing;
    }
    return { weight: priorWeight, mean: (this.cached as { mean: number }).mean };
  }

  /** The prior without waiting, or undefined when it must first be read (callers then take the awaiting path). */
  public peek(): { weight: number; mean: number } | undefined {
    const { priorWeight, priorMean } = this.config.ratings;
    if (priorMean !== undefined) return { weight: priorWeight, mean: priorMean };
    if (!this.cached || Date.now() - this.cached.at > REFRESH_MS) return undefined;
    return { weight: priorWeight, mean: this.cached.mean };
  }

  private async refresh(): Promise<number> {
    const totals = await this.repo.platformTotals();
    const mean = platformMean(totals.count, totals.sum);
    this.cached = { mean, at: Date.now() };
    return mean;
  }
}
