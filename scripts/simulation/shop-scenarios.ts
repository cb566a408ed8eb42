/**
 * Honest traffic that looks like fraud to a naive detector, as real shops produce it:
 * - launch bursts: a new product, a promotion day, a live-stream sale — hundreds of genuine,
 *   mostly verified reviews in hours, from the usual customers plus a few who just signed up;
 * - complaint waves: a defective batch, many honest 1–2★ reviews of one product within days;
 * - onboarding imports: a shop joins with 1–3 years of history (its own customers, promotion
 *   days such as 11.11 and 6.18, growth over time) sent in one import-mode bulk, scored when the
 *   bulk arrives but against the history as of each review's submittedAt, as production does.
 */
import type { ScorableItem, Verification } from '../../src/scoring/domain/scoring.types.js';
import { SimIds } from './campaigns.js';
import { honestItem, honestRating, type Marketplace } from './marketplace.js';
import type { TextLanguage } from './review-text.js';
import { type Rng, WeightedPicker } from './rng.js';
import type { TextSource } from './text-source.js';
import { DAY_MS, type HonestScenario, type ScenarioConfig, type SimConfig, type SimItem, type SimProduct, type SimReviewer } from './simulation.types.js';

const HOUR_MS = 3_600_000;

interface Burst {
  scenario: HonestScenario;
  product: SimProduct;
  start: number;
  hours: number;
  reviews: number;
  /** Share written by customers who signed up days before (live-stream viewers, first-time buyers). */
  newCustomers: number;
  channel?: string;
  /** Stars for one review (defaults to the product's honest distribution). */
  rating?: (rng: Rng) => number;
}

class ScenarioWriter {
  private readonly ids = new SimIds();
  private readonly picker: WeightedPicker<SimReviewer>;

  public constructor(
    private readonly rng: Rng,
    private readonly config: SimConfig,
    private readonly market: Marketplace,
    private readonly texts: TextSource,
  ) {
    this.picker = new WeightedPicker(market.reviewers, market.reviewers.map((r) => r.activity));
  }

  private get measuredStart(): number {
    return this.config.start.getTime() + this.config.warmupDays * DAY_MS;
  }

  private startDay(margin: number): number {
    return this.measuredStart + this.rng.between(0.5, this.config.days - margin) * DAY_MS;
  }

  /** An existing customer whose account existed a day before `at` and who has not reviewed in this burst. */
  private regular(at: number, used: Set<string>): SimReviewer {
    for (;;) {
      const r = this.picker.pick(this.rng);
      if (!used.has(r.id) && (r.createdAt?.getTime() ?? 0) < at - DAY_MS) return r;
    }
  }

  private newcomer(at: number): SimReviewer {
    const id = this.ids.next('nc');
    const roll = this.rng.next();
    const language: TextLanguage = roll < 0.7 ? 'zh' : roll < 0.75 ? 'zh-hant' : 'en';
    return { id, language, activity: 1, homeIp: `ip-${id}`, device: `dev-${id}`, createdAt: new Date(at - this.rng.between(0.05, 5) * DAY_MS) };
  }

  public burst(plan: Burst): SimItem[] {
    const out: SimItem[] = [];
    const used = new Set<string>();
    for (let i = 0; i < plan.reviews; i++) {
      const at = plan.start + this.rng.between(0, plan.hours) * HOUR_MS;
      const reviewer = this.rng.chance(plan.newCustomers) ? this.newcomer(at) : this.regular(at, used);
      used.add(reviewer.id);
      const rating = plan.rating ? plan.rating(this.rng) : honestRating(this.rng, plan.product.quality);
      const item = honestItem(this.rng, this.ids.next(`${plan.scenario}-`), plan.product, reviewer, new Date(at), this.texts, rating);
      // Buyers of a sale or a launch mostly review through their order: verified.
      const verification: Verification = this.rng.chance(0.9) ? 'order_match' : item.verification;
      out.push({ item: { ...item, verification, channel: plan.channel ?? item.channel }, label: null, scenario: plan.scenario, accountCreatedAt: reviewer.createdAt });
    }
    return out;
  }

  private popular(top: number): SimProduct {
    const ranked = [...this.market.products].sort((a, b) => b.rate - a.rate);
    return this.rng.pick(ranked.slice(0, top));
  }

  public launches(count: number): SimItem[] {
    const out: SimItem[] = [];
    for (let k = 0; k < count; k++) {
      const host = this.rng.pick(this.market.products);
      const product: SimProduct = { id: `launch-p${k}`, merchantId: host.merchantId, quality: this.rng.between(3.8, 4.7), rate: 0 };
      out.push(...this.burst({ scenario: 'new_product_launch', product, start: this.startDay(1), hours: this.rng.between(4, 10), reviews: this.rng.int(200, 450), newCustomers: 0.08 }));
    }
    return out;
  }

  public promotionDays(count: number): SimItem[] {
    const out: SimItem[] = [];
    for (let k = 0; k < count; k++) {
      out.push(...this.burst({ scenario: 'promotion_day', product: this.popular(30), start: this.startDay(1), hours: this.rng.between(8, 14), reviews: this.rng.int(300, 600), newCustomers: 0.08 }));
    }
    return out;
  }

  public liveStreamSales(count: number): SimItem[] {
    const out: SimItem[] = [];
    for (let k = 0; k < count; k++) {
      out.push(...this.burst({
        scenario: 'live_stream_sale', product: this.popular(100), start: this.startDay(1), hours: this.rng.between(2, 4), reviews: this.rng.int(300, 700), newCustomers: 0.12, channel: 'live_stream',
      }));
    }
    return out;
  }

  /** A defective batch: 80–250 reviews over 2–5 days, 80% 1–2★, from the product's usual buyers. */
  public complaintWaves(count: number): SimItem[] {
    const out: SimItem[] = [];
    const rating = (rng: Rng): number => (rng.chance(0.8) ? rng.int(1, 2) : rng.chance(0.75) ? 3 : rng.int(4, 5));
    for (let k = 0; k < count; k++) {
      out.push(...this.burst({ scenario: 'complaint_wave', product: this.popular(120), start: this.startDay(5), hours: this.rng.between(48, 120), reviews: this.rng.int(80, 250), newCustomers: 0.03, rating }));
    }
    return out;
  }

  public onboardingImports(count: number): SimItem[] {
    const out: SimItem[] = [];
    for (let k = 0; k < count; k++) out.push(...new ShopHistory(this.rng, this.texts, k, this.startDay(2)).build(1 + 2 * (k / Math.max(1, count - 1))));
    return out;
  }
}

/** One shop's history: its own products and customers, written over `years`, imported at `importAt`. */
class ShopHistory {
  private readonly products: SimProduct[];
  private readonly productPicker: WeightedPicker<SimProduct>;
  private readonly customers: { reviewer: SimReviewer; createdAt: Date | null }[] = [];

  public constructor(
    private readonly rng: Rng,
    private readonly texts: TextSource,
    private readonly shop: number,
    private readonly importAt: number,
  ) {
    const weights: number[] = [];
    this.products = Array.from({ length: rng.int(12, 30) }, (_, i) => {
      weights.push(Math.exp(rng.normal(0, 1)));
      return { id: `shop${shop}-p${i}`, merchantId: `shop${shop}`, quality: rng.chance(0.8) ? rng.between(3.8, 4.7) : rng.between(2.5, 3.8), rate: 0 };
    });
    this.productPicker = new WeightedPicker(this.products, weights);
  }

  /** Promotion days of Chinese e-commerce: 11.11, 6.18 and 12.12 (the day and the one after). */
  private promo(day: Date): number {
    const m = day.getUTCMonth() + 1;
    const d = day.getUTCDate();
    if ((m === 11 && (d === 11 || d === 12)) || (m === 6 && (d === 18 || d === 19))) return 6;
    return m === 12 && d === 12 ? 3 : 1;
  }

  private customer(at: number): { reviewer: SimReviewer; createdAt: Date | null } {
    if (this.customers.length > 20 && this.rng.chance(0.35)) return this.rng.pick(this.customers);
    const id = `shop${this.shop}-c${this.customers.length}`;
    const english = this.shop % 4 === 1 ? 0.85 : 0.08;
    const language: TextLanguage = this.rng.chance(english) ? 'en' : 'zh';
    const roll = this.rng.next();
    // The shop's old platform tells the account's creation for most customers; first buyers often just signed up.
    const createdAt = roll < 0.25 ? null : new Date(at - (roll < 0.45 ? this.rng.between(0.05, 20) : this.rng.between(30, 2500)) * DAY_MS);
    const homeIp = this.rng.chance(0.5) ? `ip-${id}` : '';
    const c = { reviewer: { id, language, activity: 1, homeIp, device: this.rng.chance(0.5) ? `dev-${id}` : '', createdAt }, createdAt };
    this.customers.push(c);
    return c;
  }

  public build(years: number): SimItem[] {
    const days = Math.round(years * 365);
    const dailyAtEnd = this.rng.between(4, 12);
    const out: SimItem[] = [];
    for (let d = days; d >= 1; d--) {
      const dayStart = this.importAt - d * DAY_MS;
      const growth = 0.3 + 0.7 * (1 - d / days);
      const n = this.rng.poisson(dailyAtEnd * growth * this.promo(new Date(dayStart)));
      for (let k = 0; k < n; k++) out.push(this.review(dayStart + this.rng.next() * DAY_MS, out.length));
    }
    out.sort((a, b) => a.item.submittedAt.getTime() - b.item.submittedAt.getTime());
    // Sent in one bulk, oldest first; the worker scores them in that order once the bulk is stored.
    out.forEach((sim, i) => (sim.processAt = this.importAt + i));
    return out;
  }

  private review(at: number, n: number): SimItem {
    const { reviewer, createdAt } = this.customer(at);
    const product = this.productPicker.pick(this.rng);
    const item: ScorableItem = honestItem(this.rng, `import${this.shop}-${n}`, product, reviewer, new Date(at), this.texts);
    const roll = this.rng.next();
    const verification: Verification = roll < 0.55 ? 'order_match' : roll < 0.65 ? 'invitation' : 'none';
    return {
      item: {
        ...item, verification: item.incentivized ? item.verification : verification, channel: this.rng.pick(['web', 'app', 'mini_program', 'offline']),
        ipHash: reviewer.homeIp || undefined, deviceHash: reviewer.device || undefined, receivedAt: new Date(this.importAt), intakeMode: 'import',
      },
      label: null,
      scenario: 'onboarding_import',
      accountCreatedAt: createdAt,
    };
  }
}

/** All honest shop scenarios of one run, from their own seeded stream. */
export function shopScenarios(rng: Rng, config: SimConfig, market: Marketplace, scenarios: ScenarioConfig, texts: TextSource): SimItem[] {
  const writer = new ScenarioWriter(rng, config, market, texts);
  return [
    ...writer.launches(scenarios.newProductLaunches),
    ...writer.promotionDays(scenarios.promotionDays),
    ...writer.liveStreamSales(scenarios.liveStreamSales),
    ...writer.complaintWaves(scenarios.complaintWaves),
    ...writer.onboardingImports(scenarios.onboardingImports),
  ];
}
