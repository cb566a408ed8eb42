/**
 * Injected review-fraud campaigns, each modelled on a pattern reported for
 * real marketplaces: paid bursts, one-review sockpuppets, device farms,
 * copy-paste rings and 好评返现 / "in exchange for" incentive batches.
 */
import type { ScorableItem, Verification } from '../../src/scoring/domain/scoring.types.js';
import { honestItem } from './marketplace.js';
import { genericPraise, smallEdit, type TextLanguage } from './review-text.js';
import type { Rng } from './rng.js';
import type { TextSource } from './text-source.js';
import { DAY_MS, type CampaignType, type SimConfig, type SimItem, type SimProduct, type SimReviewer } from './simulation.types.js';

interface Account {
  id: string;
  createdAt: Date;
  language: TextLanguage;
}

interface Draft {
  product: SimProduct;
  account: Account;
  at: number;
  body: string;
  rating: number;
  verification: Verification;
  ip: string;
  device: string;
}

/** Id source per simulation run (no module state: runs must replay identically). */
export class SimIds {
  private n = 0;

  public next(prefix: string): string {
    return `${prefix}${this.n++}`;
  }
}

function newAccount(ids: SimIds, rng: Rng, at: number, minDays: number, maxDays: number, language?: TextLanguage): Account {
  const lang = language ?? (rng.chance(0.75) ? 'zh' : 'en');
  return { id: ids.next('c'), createdAt: new Date(at - rng.between(minDays, maxDays) * DAY_MS), language: lang };
}

function toSim(ids: SimIds, rng: Rng, label: CampaignType, d: Draft): SimItem {
  const item: ScorableItem = {
    id: ids.next(`${label}-`),
    kind: 'review',
    rating: d.rating,
    title: '',
    body: d.body,
    channel: rng.pick(['web', 'app', 'mini_program']),
    productId: d.product.id,
    merchantId: d.product.merchantId,
    reviewerId: d.account.id,
    verification: d.verification,
    incentivized: false,
    incentiveType: null,
    submittedAt: new Date(d.at),
    receivedAt: new Date(d.at),
    ipHash: d.ip,
    deviceHash: d.device,
    mediaCount: rng.chance(0.1) ? 1 : 0,
  };
  return { item, label, accountCreatedAt: d.account.createdAt };
}

function measuredStart(config: SimConfig): number {
  return config.start.getTime() + config.warmupDays * DAY_MS;
}

function verified(rng: Rng, p: number): Verification {
  return rng.chance(p) ? 'order_match' : 'none';
}

/** 40–70 paid reviews inside 1–1.5 days; 2 of 10 are 1★ attacks on a competitor. */
export function burstCampaigns(ids: SimIds, rng: Rng, config: SimConfig, products: SimProduct[]): SimItem[] {
  const out: SimItem[] = [];
  for (let c = 0; c < 10; c++) {
    const attack = c < 2;
    const product = rng.pick(products.filter((p) => (attack ? p.quality > 4 : p.quality < 4)));
    const t0 = measuredStart(config) + rng.between(1, config.days - 2) * DAY_MS;
    const n = rng.int(40, 70);
    for (let i = 0; i < n; i++) {
      const at = t0 + rng.between(0, 1.5) * DAY_MS;
      const account = rng.chance(0.7) ? newAccount(ids, rng, at, 0.1, 15) : newAccount(ids, rng, at, 100, 1000);
      const body = genericPraise(rng, account.language, attack);
      const draft = { product, account, at, body, rating: attack ? 1 : 5, verification: verified(rng, 0.4), ip: `ip-b${c}-${i}`, device: `dev-${account.id}` };
      out.push(toSim(ids, rng, 'burst', draft));
    }
  }
  return out;
}

/** Sockpuppet operators: fresh accounts, one review each, spread over the month. */
export function oneReviewCampaigns(ids: SimIds, rng: Rng, config: SimConfig, products: SimProduct[], texts: TextSource): SimItem[] {
  const out: SimItem[] = [];
  for (let op = 0; op < 8; op++) {
    const targets = Array.from({ length: 3 }, () => rng.pick(products.filter((p) => p.quality < 3.8)));
    for (let i = 0; i < 40; i++) {
      const at = measuredStart(config) + rng.between(0, config.days) * DAY_MS;
      const account = newAccount(ids, rng, at, 0.05, 20);
      const body = rng.chance(0.5) ? genericPraise(rng, account.language) : texts.honest(rng, account.language, 5);
      const ip = `ip-op${op}-${rng.int(0, 4)}`;
      out.push(toSim(ids, rng, 'one_review', { product: rng.pick(targets), account, at, body, rating: 5, verification: verified(rng, 0.4), ip, device: `dev-${account.id}` }));
    }
  }
  return out;
}

/**
 * Device farms: 15–25 bought, aged accounts on 2 phones and 3 IPs, working
 * client orders in waves (a few days, 2–3 target products, 2–3 reviews per
 * account per session).
 */
export function deviceClusterCampaigns(ids: SimIds, rng: Rng, config: SimConfig, products: SimProduct[], texts: TextSource): SimItem[] {
  const out: SimItem[] = [];
  for (let farm = 0; farm < 10; farm++) {
    const accounts = Array.from({ length: rng.int(15, 25) }, () => newAccount(ids, rng, measuredStart(config), 30, 400));
    for (let wave = rng.int(2, 3); wave > 0; wave--) {
      const targets = Array.from({ length: rng.int(2, 3) }, () => rng.pick(products));
      const t0 = measuredStart(config) + rng.between(0, config.days - 3) * DAY_MS;
      for (const account of accounts.filter(() => rng.chance(0.7))) {
        const day = t0 + rng.between(0, 3) * DAY_MS;
        for (let k = rng.int(1, 3); k > 0; k--) {
          const at = day + rng.between(0, 0.2) * DAY_MS;
          const body = rng.chance(0.6) ? genericPraise(rng, account.language) : texts.honest(rng, account.language, 5);
          const draft = { product: rng.pick(targets), account, at, body, rating: 5, verification: verified(rng, 0.5), ip: `ip-f${farm}-${rng.int(0, 2)}`, device: `dev-f${farm}-${rng.int(0, 1)}` };
          out.push(toSim(ids, rng, 'device_cluster', draft));
        }
      }
    }
  }
  return out;
}

/** Copy-paste rings: one specific-looking text, lightly edited by 15–25 accounts over 10 days. */
export function copyRingCampaigns(ids: SimIds, rng: Rng, config: SimConfig, products: SimProduct[], texts: TextSource): SimItem[] {
  const out: SimItem[] = [];
  for (let ring = 0; ring < 15; ring++) {
    const language: TextLanguage = rng.chance(0.7) ? 'zh' : 'en';
    const base = texts.ringBase(rng, language);
    const targets = Array.from({ length: rng.int(1, 5) }, () => rng.pick(products));
    const t0 = measuredStart(config) + rng.between(0, config.days - 10) * DAY_MS;
    for (let i = rng.int(15, 25); i > 0; i--) {
      const at = t0 + rng.between(0, 10) * DAY_MS;
      const account = rng.chance(0.5) ? newAccount(ids, rng, at, 0.1, 20, language) : newAccount(ids, rng, at, 60, 900, language);
      const draft = { product: rng.pick(targets), account, at, body: smallEdit(rng, base, language), rating: 5, verification: verified(rng, 0.5), ip: `ip-ring${ring}-${i}`, device: `dev-${account.id}` };
      out.push(toSim(ids, rng, 'copy_ring', draft));
    }
  }
  return out;
}

const ZH_INCENTIVES = ['好评返现5元', '五星好评送小礼品', '晒图返10元', '好評返現', '好 评 返 现，很划算', '商家说五星好评返现，已领'];
const EN_INCENTIVES = ['I received this product for free in exchange for my honest review.', 'Got a discount in exchange for this review.', 'Received it for free for testing, five stars.'];

/** Real buyers (aged, verified honest accounts) paid by the merchant: 好评返现 batches. */
export function incentivisedCampaigns(ids: SimIds, rng: Rng, config: SimConfig, products: SimProduct[], reviewers: SimReviewer[], texts: TextSource): SimItem[] {
  const out: SimItem[] = [];
  for (let batch = 0; batch < 15; batch++) {
    const product = rng.pick(products);
    const t0 = measuredStart(config) + rng.between(0, config.days - 5) * DAY_MS;
    for (let i = rng.int(20, 40); i > 0; i--) {
      const reviewer = rng.pick(reviewers);
      const at = new Date(t0 + rng.between(0, 5) * DAY_MS);
      const item = honestItem(rng, ids.next('incentivised-'), product, reviewer, at, texts);
      const phrase = rng.pick(reviewer.language === 'en' ? EN_INCENTIVES : ZH_INCENTIVES);
      const body = `${texts.honest(rng, reviewer.language, 5)}${reviewer.language === 'en' ? ' ' : ''}${phrase}`;
      const sim: SimItem = {
        item: { ...item, rating: 5, body, verification: 'order_match', incentivized: false, incentiveType: null },
        label: 'incentivised',
        accountCreatedAt: reviewer.createdAt ?? new Date(0),
      };
      out.push(sim);
    }
  }
  return out;
}

/** All five campaign types, generated from one seeded stream. */
export function injectCampaigns(rng: Rng, config: SimConfig, products: SimProduct[], reviewers: SimReviewer[], texts: TextSource): SimItem[] {
  const ids = new SimIds();
  return [
    ...burstCampaigns(ids, rng, config, products),
    ...oneReviewCampaigns(ids, rng, config, products, texts),
    ...deviceClusterCampaigns(ids, rng, config, products, texts),
    ...copyRingCampaigns(ids, rng, config, products, texts),
    ...incentivisedCampaigns(ids, rng, config, products, reviewers, texts),
  ];
}
