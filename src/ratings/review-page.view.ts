import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ASPECT_FILTER_POLARITIES, REVIEW_SORTS, type AspectFilterPolarity, type ReviewFilters, type ReviewSort } from './domain/review-query.js';
import { StorefrontReviewView } from './storefront-views.js';

/** The filters a page was listed with, in canonical form (what the cursor and cache key are bound to). */
export class ReviewFiltersView implements ReviewFilters {
  @ApiPropertyOptional({ type: 'integer', isArray: true, minimum: 1, maximum: 5, description: 'Ascending, without repeats' }) public stars?: number[];
  @ApiPropertyOptional() public verified?: boolean;
  @ApiPropertyOptional({ description: 'Lower-cased language tag' }) public language?: string;
  @ApiPropertyOptional() public hasMedia?: boolean;
  @ApiPropertyOptional({ description: 'Canonical aspect (`delivery` is listed as `logistics`)' }) public aspect?: string;
  @ApiPropertyOptional({ enum: ASPECT_FILTER_POLARITIES }) public aspectPolarity?: AspectFilterPolarity;
}

/** `GET /v1/products/:id/reviews`: built as this in ratings.service.ts, then served as bytes from the cache. */
export class ReviewPageView {
  @ApiProperty({ format: 'uuid' }) public productId: string;
  @ApiProperty({ enum: REVIEW_SORTS, description: 'The sort applied (former names are given as their current one)' }) public sort: ReviewSort;
  @ApiProperty({ type: () => ReviewFiltersView }) public filters: ReviewFiltersView;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Reviews matching the filters, on every page' }) public total: number;
  @ApiProperty({ type: () => StorefrontReviewView, isArray: true, description: 'Published reviews first, folded ones last' }) public data: StorefrontReviewView[];
  @ApiProperty({ type: 'string', nullable: true, description: 'Pass as `cursor` for the next page; null on the last page' }) public nextCursor: string | null;
}
