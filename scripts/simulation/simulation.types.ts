/** Shapes shared by the marketplace generator, campaigns and the runner. */
import type { ScorableItem } from '../../src/scoring/domain/scoring.types.js';
import type { TextLanguage } from './review-text.js';

export const CAMPAIGN_TYPES = ['burst', 'one_review', 'device_cluster', 'copy_ring', 'incentivised'] as const;
export type CampaignType = (typeof CAMPAIGN_TYPES)[number];

/** What honest traffic was doing when an item was written (the report breaks false holds down by it). */
export const HONEST_SCENARIOS = ['steady', 'new_product_launch', 'promotion_day', 'live_stream_sale', 'complaint_wave', 'onboarding_import'] as const;
export type HonestScenario = (typeof HONEST_SCENARIOS)[number];

export interface SimItem {
  item: ScorableItem;
  /** Ground truth: null for honest items. */
  label: CampaignType | null;
  /** Honest items: the scenario that produced them ('steady' when absent). */
  scenario?: HonestScenario;
  /**
   * When Candor scores it (ms): the item's submittedAt for live intake; for an import, the time the
   * bulk arrived, while its windows still run on submittedAt (as production imports are scored).
   */
  processAt?: number;
  /** What the account store would say (the loader reads it from accounts); null when the channel did not tell. */
  accountCreatedAt: Date | null;
}

export interface SimProduct {
  id: string;
  merchantId: string;
  /** Mean of honest ratings. */
  quality: number;
  /** Expected honest reviews per day. */
  rate: number;
}

export interface SimReviewer {
  id: string;
  language: TextLanguage;
  activity: number;
  homeIp: string;
  device: string;
  /** Null for new customers: set just before their first review. */
  createdAt: Date | null;
}

export interface SimConfig {
  seed: number;
  start: Date;
  products: number;
  honestReviewers: number;
  /** Honest-only days scored first to fill histories and percentile tables. */
  warmupDays: number;
  /** Measured days, with campaigns injected. */
  days: number;
  honestPerDay: number;
}

/** How many of each honest shop scenario `npm run simulate` adds to the steady marketplace. */
export interface ScenarioConfig {
  newProductLaunches: number;
  promotionDays: number;
  liveStreamSales: number;
  complaintWaves: number;
  /** Shops that join with 1–3 years of history sent in one import-mode bulk. */
  onboardingImports: number;
}

export const DEFAULT_SCENARIOS: ScenarioConfig = { newProductLaunches: 4, promotionDays: 4, liveStreamSales: 4, complaintWaves: 6, onboardingImports: 4 };

export const DEFAULT_SIM_CONFIG: SimConfig = {
  seed: 20261123,
  start: new Date('2026-09-01T00:00:00Z'),
  products: 500,
  honestReviewers: 20_000,
  warmupDays: 28,
  days: 30,
  honestPerDay: 1_000,
};

export const DAY_MS = 86_400_000;
