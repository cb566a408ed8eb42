/** Shapes shared by the marketplace generator, campaigns and the runner. */
import type { ScorableItem } from '../../src/scoring/domain/scoring.types.js';
import type { TextLanguage } from './review-text.js';

export const CAMPAIGN_TYPES = ['burst', 'one_review', 'device_cluster', 'copy_ring', 'incentivised'] as const;
export type CampaignType = (typeof CAMPAIGN_TYPES)[number];

export interface SimItem {
  item: ScorableItem;
  /** Ground truth: null for honest items. */
  label: CampaignType | null;
  /** What the account store would say (the loader reads it from accounts). */
  accountCreatedAt: Date;
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
