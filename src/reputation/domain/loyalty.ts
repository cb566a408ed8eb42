import { ratio } from './stats.js';

/** Distinct-shopper counts of one scope from purchases (the read side counts them in SQL). */
export interface PurchaseCounts {
  /** Shoppers with a purchase in the period. */
  shoppers: number;
  /** Shoppers with purchases on at least two distinct orders in the period. */
  repeatShoppers: number;
  /** Shoppers with a purchase in the previous period of the same length. */
  previousShoppers: number;
  /** Previous-period shoppers with no purchase in this period. */
  churned: number;
}

export interface LoyaltyFigures extends PurchaseCounts {
  /** churned ÷ previousShoppers. */
  churnRate: number | null;
  /** repeatShoppers ÷ shoppers. */
  repeatPurchaseRate: number | null;
  previousPeriod: { from: string; to: string };
}

export function loyaltyFigures(c: PurchaseCounts, previousPeriod: { from: string; to: string }): LoyaltyFigures {
  return { ...c, churnRate: ratio(c.churned, c.previousShoppers), repeatPurchaseRate: ratio(c.repeatShoppers, c.shoppers), previousPeriod };
}
