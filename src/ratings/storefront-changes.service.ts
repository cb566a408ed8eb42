import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * Appends to storefront_changes, the log StorefrontChangeRelay drains to drop cached storefront pages. Ratings owns
 * the table (issue 19: one writer module per table); other modules note a changed product through this, inside
 * their own transaction, so caches drop the product only once the change has committed.
 */
@Injectable()
export class StorefrontChangesService {
  public async markProductChanged(manager: EntityManager, productId: string): Promise<void> {
    await manager.query('INSERT INTO storefront_changes (product_id) VALUES ($1)', [productId]);
  }
}
