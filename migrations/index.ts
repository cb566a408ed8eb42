import { Init1795430375416 } from './1795430375416-Init.js';
import type { MixinsMigrationInterface } from './migration.types.js';
import { ReviewsNeverDeleted1795430375417 } from './1795430375417-ReviewsNeverDeleted.js';

/** In order. Generated with `npm run migration:generate`, reviewed, never edited after merge. */
export const MIGRATIONS: MixinsMigrationInterface[] = [Init1795430375416, ReviewsNeverDeleted1795430375417];
