/**
 * Honest marketplace: products with their own rating distributions and
 * popularity, reviewers with households, shared NAT IPs and new customers,
 * plus the confounders a detector must survive: a platform-wide promotion
 * day, organic viral days, stock phrases, complaints about 好评返现,
 * labelled incentivised reviews, and the odd phone number or link.
 */
import type { ScorableItem, Verification } from '../../src/scoring/domain/scoring.types.js';
import type { TextLanguage } from './review-text.js';
import { Rng, WeightedPicker } from './rng.js';
import { fixtureTextSource, type TextSource } from './text-source.js';
import { DAY_MS, type SimConfig, type SimItem, type SimProduct, type SimReviewer } from './simulation.types.js';

export interface Marketplace {
  products: SimProduct[];
  reviewers: SimReviewer[];
  honest: SimItem[];
}

export function buildProducts(rng: Rng, config: SimConfig): SimProduct[] {
  const raw = Array.from({ length: config.products }, (_, i) => {
    const tier = rng.next();
    const quality = tier < 0.7 ? rng.between(4.0, 4.7) : tier < 0.9 ? rng.between(3.0, 4.0) : rng.between(2.0, 3.0);
    return { id: `p${i}`, merchantId: `m${i % 120}`, quality, weight: Math.exp(rng.normal(0, 1.1)) };
  });
  const total = raw.reduce((a, p) => a + p.weight, 0);
  return raw.map((p) => ({ id: p.id, merchantId: p.merchantId, quality: p.quality, rate: (config.honestPerDay * p.weight) / total }));
}

export function buildReviewers(rng: Rng, config: SimConfig): SimReviewer[] {
  const reviewers: SimReviewer[] = [];
  let household = 0;
  while (reviewers.length < config.honestReviewers) {
    const size = rng.chance(0.75) ? 1 : rng.int(2, 3);
    const ip = rng.chance(0.03) ? `ip-nat${rng.int(0, 39)}` : `ip-h${household}`;
    const sharedDevice = size > 1 && rng.chance(0.1) ? `dev-h${household}` : null;
    for (let k = 0; k < size && reviewers.length < config.honestReviewers; k++) {
      const id = `r${reviewers.length}`;
      const roll = rng.next();
      const language: TextLanguage = roll < 0.7 ? 'zh' : roll < 0.75 ? 'zh-hant' : 'en';
      const isNew = rng.chance(0.06);
      const createdAt = isNew ? null : new Date(config.start.getTime() - rng.between(30, 2000) * DAY_MS);
      reviewers.push({ id, language, activity: Math.exp(rng.normal(0, 1)), homeIp: ip, device: sharedDevice ?? `dev-${id}`, createdAt });
    }
    household++;
  }
  return reviewers;
}

export function honestRating(rng: Rng, quality: number): number {
  return Math.min(5, Math.max(1, Math.round(quality + rng.normal(0.15, 1.05))));
}

function verification(rng: Rng): Verification {
  const roll = rng.next();
  return roll < 0.82 ? 'order_match' : roll < 0.88 ? 'invitation' : 'none';
}

const ZH_EXTRAS = ['商家要求好评返现，太恶心了', '客服让我给五星好评返现，已举报', '没有好评返现，真实评价', '不是为了好评返现才夸的'];
const EN_EXTRAS = ['The seller offered me a refund in exchange for a 5 star review, reported them.', 'I was not paid for this review, bought it myself.'];

/** Rare honest variants: confounders and genuine policy violations. */
function decorate(rng: Rng, text: string, language: TextLanguage): { body: string; incentivized: boolean } {
  const roll = rng.next();
  if (roll < 0.006) return { body: `${text}${rng.pick(language === 'en' ? EN_EXTRAS : ZH_EXTRAS)}`, incentivized: false };
  if (roll < 0.016) {
    const disclosure = language === 'en' ? ' I received this product for free in exchange for my honest review.' : '免费试用，如实评价。';
    return { body: `${text}${disclosure}`, incentivized: true };
  }
  if (roll < 0.018) return { body: `${text}有问题可以打我电话1${rng.int(3, 9)}${rng.int(100000000, 999999999)}`, incentivized: false };
  if (roll < 0.019) return { body: `${text} 更便宜的在 www.cheap-deals${rng.int(1, 9)}.shop`, incentivized: false };
  return { body: text, incentivized: false };
}

export function honestItem(rng: Rng, id: string, product: SimProduct, reviewer: SimReviewer, at: Date, texts: TextSource = fixtureTextSource, rating = honestRating(rng, product.quality)): ScorableItem {
  const { body, incentivized } = decorate(rng, texts.honest(rng, reviewer.language, rating), reviewer.language);
  return {
    id,
    kind: 'review',
    rating,
    title: '',
    body,
    channel: rng.pick(['web', 'app', 'mini_program']),
    productId: product.id,
    merchantId: product.merchantId,
    reviewerId: reviewer.id,
    verification: incentivized ? 'invitation' : verification(rng),
    incentivized,
    incentiveType: incentivized ? 'free_product' : null,
    submittedAt: at,
    receivedAt: at,
    ipHash: rng.chance(0.85) ? reviewer.homeIp : `ip-m${rng.int(0, 10_000_000)}`,
    deviceHash: reviewer.device,
    mediaCount: rng.chance(0.2) ? rng.int(1, 4) : 0,
  };
}

/** Day multiplier per product: a promotion day for everyone, viral days for a few. */
function dayFactor(day: number, product: number, config: SimConfig, viral: Map<number, number>): number {
  const promo = day === config.warmupDays + 11 ? 2.5 : 1;
  return promo * (viral.get(product) === day ? 4 : 1);
}

export function buildMarketplace(config: SimConfig, texts: TextSource = fixtureTextSource): Marketplace {
  const rng = new Rng(config.seed);
  const products = buildProducts(rng, config);
  const reviewers = buildReviewers(rng, config);
  const reviewerPicker = new WeightedPicker(reviewers, reviewers.map((r) => r.activity));
  const viral = new Map<number, number>();
  for (let i = 0; i < 8; i++) viral.set(rng.int(0, products.length - 1), rng.int(config.warmupDays, config.warmupDays + config.days - 1));
  const honest: SimItem[] = [];
  const totalDays = config.warmupDays + config.days;
  for (let day = 0; day < totalDays; day++) {
    products.forEach((product, index) => {
      const n = rng.poisson(product.rate * dayFactor(day, index, config, viral));
      for (let k = 0; k < n; k++) {
        const reviewer = reviewerPicker.pick(rng);
        const at = new Date(config.start.getTime() + (day + rng.next()) * DAY_MS);
        honest.push({ item: honestItem(rng, `h${honest.length}`, product, reviewer, at, texts), label: null, accountCreatedAt: new Date(0) });
      }
    });
  }
  assignCreation(rng, honest, reviewers);
  return { products, reviewers, honest };
}

/** New customers sign up shortly before their first review. */
function assignCreation(rng: Rng, items: SimItem[], reviewers: SimReviewer[]): void {
  const first = new Map<string, number>();
  for (const { item } of items) {
    const t = item.submittedAt.getTime();
    if (t < (first.get(item.reviewerId) ?? Infinity)) first.set(item.reviewerId, t);
  }
  for (const reviewer of reviewers) {
    if (reviewer.createdAt === null) {
      const t = first.get(reviewer.id) ?? 0;
      reviewer.createdAt = new Date(t - rng.between(0.05, 10) * DAY_MS);
    }
  }
  const byId = new Map(reviewers.map((r) => [r.id, r]));
  for (const sim of items) sim.accountCreatedAt = byId.get(sim.item.reviewerId)?.createdAt ?? new Date(0);
}
