import type { PercentileTable } from '../combine/percentile-table.js';
import { buildTextFeatures } from '../score-item.js';
import type { ScorableItem, ScoringContext } from '../scoring.types.js';
import { NOW, fakeAnalyzer, makeContext, makeItem } from '../../../../test/fixtures/scoring/scoring.fixture.js';
import { testRuleSet } from '../../../../test/fixtures/scoring/rule-set.fixture.js';
import { SIGNALS } from './all-signals.js';

// Test rules leave the params unset: windowHours 24, maxAgeDays 30, minNewAccounts 3,
// priorReviews 4, platformShare 0.05 (ip: windowDays 30, maxAgeDays 30); minPercentileSamples 10.
const rules = testRuleSet();
const DAY = 86_400_000;
const base = makeContext();
const created = (daysAgo: number | null): Date | null => (daysAgo === null ? null : new Date(NOW.getTime() - daysAgo * DAY));

interface Case {
  name: string;
  /** Author's account age in days at the item; null when the channel gives no creation time. */
  age: number | null;
  reviews?: number;
  fromNewAccounts?: number;
  others?: number;
  ipHash?: string;
  accountAgeTable?: PercentileTable;
  /** When the author's first item was seen; the fixture's 400 days when absent. */
  firstSeenDaysAgo?: number | null;
  value: number | null;
  reason?: RegExp;
}

function run(id: 'product_new_accounts' | 'ip_new_accounts', c: Case) {
  const item: ScorableItem = makeItem({ ipHash: 'ipHash' in c ? c.ipHash : 'ip-a' });
  const context: ScoringContext = makeContext({
    reviewer: { ...base.reviewer, accountCreatedAt: created(c.age), firstSeenAt: 'firstSeenDaysAgo' in c ? created(c.firstSeenDaysAgo ?? null) : base.reviewer.firstSeenAt },
    product: { ...base.product, newAccounts: { windowHours: 24, maxAgeDays: 30, reviews: c.reviews ?? 0, fromNewAccounts: c.fromNewAccounts ?? 0 } },
    network: { ...base.network, newAccountsOnIp: { windowDays: 30, maxAgeDays: 30, others: c.others ?? 0 } },
    featurePercentiles: c.accountAgeTable ? { account_age: c.accountAgeTable } : {},
  });
  return SIGNALS[id]({ item, context, rules, text: buildTextFeatures(item, fakeAnalyzer()), now: NOW });
}

describe('product_new_accounts: new-account share of the product\'s last 24h vs the platform', () => {
  const cases: Case[] = [
    // (5 + 4 × 0.05) / (7 + 4) = 0.473 → 9.45 × the 5% platform share.
    { name: 'paid burst of fresh accounts', age: 2, reviews: 6, fromNewAccounts: 4, value: 9.45, reason: /5 of the 7 reviews of this product in 24h \(this one included\) came from accounts under 30 days old: 47% after shrinkage, 9\.5× the platform's 5%/ },
    // An old account inside the burst still sees it when it has no earlier history (a bought aged account):
    // (4 + 0.2) / (10 + 4) = 0.3 → 6.
    { name: 'old account without history in a burst', age: 500, reviews: 9, fromNewAccounts: 4, firstSeenDaysAgo: null, value: 6 },
    // An established customer (old account, reviews from before the window) is not part of the pile-up (issue 14).
    { name: 'established customer in a burst', age: 500, reviews: 9, fromNewAccounts: 4, value: null },
    // Accounts without a creation time count neither way: (3 + 0.2) / (5 + 4) → 7.11.
    { name: 'author without creation time', age: null, reviews: 5, fromNewAccounts: 3, value: 7.11 },
    { name: 'two new accounts are not a pile-up', age: 2, reviews: 6, fromNewAccounts: 1, value: null },
    { name: 'bulk import: no creation times at all', age: null, reviews: 0, fromNewAccounts: 0, value: null },
    // A launch where most accounts are new: the account_age table puts 30 days at the 62.5th percentile.
    { name: 'platform of new accounts', age: 2, reviews: 6, fromNewAccounts: 4, accountAgeTable: { quantiles: [0, 10, 20, 40, 80], count: 100 }, value: 1.09, reason: /1\.1× the platform's 62\.5%/ },
    { name: 'account_age table too small: fallback share', age: 2, reviews: 6, fromNewAccounts: 4, accountAgeTable: { quantiles: [0, 10, 20, 40, 80], count: 5 }, value: 9.45 },
  ];

  it.each(cases)('$name → $value', (c) => {
    const signal = run('product_new_accounts', c);
    if (c.value === null) {
      expect(signal).toBeNull();
      return;
    }
    expect(signal?.value).toBeCloseTo(c.value, 2);
    if (c.reason) expect(signal?.reason).toMatch(c.reason);
  });
});

describe('ip_new_accounts: new accounts posting from the same IP within 30 days', () => {
  const cases: Case[] = [
    { name: 'sockpuppet operator\'s fifth account', age: 3, others: 4, value: 5, reason: /5 account\(s\) under 30 days old \(this one included\) posted from this IP in 30 days/ },
    { name: 'a new customer alone on the IP', age: 3, others: 0, value: 1 },
    { name: 'account of 29.5 days still new', age: 29.5, others: 2, value: 3 },
    { name: 'old account on a busy IP', age: 45, others: 6, value: null },
    { name: 'no creation time', age: null, others: 6, value: null },
    { name: 'no IP', age: 3, others: 0, ipHash: undefined, value: null },
  ];

  it.each(cases)('$name → $value', (c) => {
    const signal = run('ip_new_accounts', c);
    if (c.value === null) {
      expect(signal).toBeNull();
      return;
    }
    expect(signal?.value).toBe(c.value);
    if (c.reason) expect(signal?.reason).toMatch(c.reason);
  });
});
