/**
 * A shop's review history for `npm run bench -- import`: `count` genuine reviews written over
 * `years` on the given products (popularity skewed, the shop growing over time), by returning
 * customers and new ones, in Chinese and English from the simulation's fixture texts (no data
 * folder needed). Oldest first, as a shop exports its history. Seeded: every run sends the same.
 */
import { honestRating } from '../scripts/simulation/marketplace.js';
import { honestText, type TextLanguage } from '../scripts/simulation/review-text.js';
import { Rng, WeightedPicker } from '../scripts/simulation/rng.js';

const DAY_MS = 86_400_000;

export interface ImportItem {
  externalId: string;
  productId: string;
  rating: number;
  body: string;
  language: string;
  submittedAt: string;
  reviewer: { externalId: string; accountCreatedAt?: string };
  ip?: string;
  deviceId?: string;
}

interface Customer {
  externalId: string;
  language: TextLanguage;
  accountCreatedAt?: string;
  ip?: string;
  deviceId?: string;
}

export function importHistory(count: number, productIds: string[], years: number, end: number, seed = 20261202): ImportItem[] {
  const rng = new Rng(seed);
  const quality = productIds.map(() => (rng.chance(0.8) ? rng.between(3.8, 4.7) : rng.between(2.5, 3.8)));
  const products = new WeightedPicker(productIds.map((id, i) => ({ id, quality: quality[i] })), productIds.map(() => Math.exp(rng.normal(0, 1.1))));
  const span = years * 365 * DAY_MS;
  // Growth: density rises linearly over the period, so sqrt(u) places more reviews near the end.
  const times = Array.from({ length: count }, () => end - span * (1 - Math.sqrt(rng.next()))).sort((a, b) => a - b);
  const customers: Customer[] = [];
  return times.map((at, i) => {
    const customer = customers.length > 50 && rng.chance(0.35) ? rng.pick(customers) : newCustomer(rng, customers, at);
    const product = products.pick(rng);
    const rating = honestRating(rng, product.quality);
    return {
      externalId: `hist-${i}`, productId: product.id, rating, body: honestText(rng, customer.language, rating),
      language: customer.language === 'en' ? 'en' : 'zh', submittedAt: new Date(at).toISOString(),
      reviewer: { externalId: customer.externalId, ...(customer.accountCreatedAt ? { accountCreatedAt: customer.accountCreatedAt } : {}) },
      ...(customer.ip ? { ip: customer.ip } : {}), ...(customer.deviceId ? { deviceId: customer.deviceId } : {}),
    };
  });
}

function newCustomer(rng: Rng, customers: Customer[], at: number): Customer {
  const n = customers.length;
  const known = rng.chance(0.75);
  const customer: Customer = {
    externalId: `customer-${n}`,
    language: rng.chance(0.7) ? 'zh' : 'en',
    ...(known ? { accountCreatedAt: new Date(at - rng.between(0.05, 2000) * DAY_MS).toISOString() } : {}),
    // Addresses from the shared address space 100.64.0.0/10: data only, never contacted.
    ...(rng.chance(0.5) ? { ip: `100.${64 + (n >> 16) % 64}.${(n >> 8) & 255}.${n & 255}` } : {}),
    ...(rng.chance(0.5) ? { deviceId: `device-${n}` } : {}),
  };
  customers.push(customer);
  return customer;
}
