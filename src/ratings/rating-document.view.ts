import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AggregateRatingJsonLd, RatingFigures, VerifiedRating } from './domain/rating-figures.js';

/**
 * `GET /v1/products/:id/rating`, field by field. The body is rendered once and served as bytes from the cache
 * (rating-rendering.ts builds it as a RatingDocumentView), so these classes only document it.
 */
export class StarDistributionView {
  @ApiProperty({ type: 'integer', minimum: 0, description: '1★ ratings' }) public '1': number;
  @ApiProperty({ type: 'integer', minimum: 0 }) public '2': number;
  @ApiProperty({ type: 'integer', minimum: 0 }) public '3': number;
  @ApiProperty({ type: 'integer', minimum: 0 }) public '4': number;
  @ApiProperty({ type: 'integer', minimum: 0, description: '5★ ratings' }) public '5': number;
}

export class ReviewedProductJsonLdView {
  @ApiProperty({ name: '@type', enum: ['Product'] }) public '@type': 'Product';
  @ApiProperty() public name: string;
  @ApiProperty() public sku: string;
  @ApiProperty({ format: 'uuid' }) public productID: string;
}

export class AggregateRatingJsonLdView implements AggregateRatingJsonLd {
  @ApiProperty({ name: '@context', enum: ['https://schema.org'] }) public '@context': 'https://schema.org';
  @ApiProperty({ name: '@type', enum: ['AggregateRating'] }) public '@type': 'AggregateRating';
  @ApiPropertyOptional({ description: 'Present on the verified-only rating' }) public description?: string;
  @ApiProperty({ example: 4.33 }) public ratingValue: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) public reviewCount: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) public ratingCount: number;
  @ApiProperty({ enum: [5] }) public bestRating: 5;
  @ApiProperty({ enum: [1] }) public worstRating: 1;
  @ApiProperty({ type: () => ReviewedProductJsonLdView }) public itemReviewed: ReviewedProductJsonLdView;
}

export class VerifiedRatingView implements VerifiedRating {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Ratings verified by an order match or an invitation' }) public count: number;
  @ApiProperty({ type: 'number', nullable: true, example: 4.5 }) public average: number | null;
  @ApiProperty({ type: () => StarDistributionView }) public distribution: StarDistributionView;
  @ApiProperty({ type: () => AggregateRatingJsonLdView, nullable: true, description: 'Its own AggregateRating; null without verified ratings' })
  public jsonLd: AggregateRatingJsonLdView | null;
}

export class RatingFormulaParametersView {
  @ApiProperty() public priorWeight: number;
  @ApiProperty() public priorMean: number;
  @ApiProperty() public halfLifeDays: number;
  @ApiProperty() public recencyTime: string;
  @ApiProperty() public verifiedMeans: string;
}

export class RatingFormulaView {
  @ApiProperty() public mean: string;
  @ApiProperty() public bayesianAverage: string;
  @ApiProperty() public recencyWeightedAverage: string;
  @ApiProperty({ type: () => RatingFormulaParametersView }) public parameters: RatingFormulaParametersView;
}

export class RatingDocumentView implements Omit<RatingFigures, 'verified'> {
  @ApiProperty({ format: 'uuid' }) public productId: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Published and folded ratings from every channel' }) public count: number;
  @ApiProperty({ type: 'number', nullable: true, example: 4.33 }) public mean: number | null;
  @ApiProperty({ type: 'number', nullable: true, description: 'Shrunk toward the platform mean (see formula); null without ratings' }) public bayesianAverage: number | null;
  @ApiProperty({ type: 'number', nullable: true }) public recencyWeightedAverage: number | null;
  @ApiProperty({ type: () => StarDistributionView }) public distribution: StarDistributionView;
  @ApiProperty({ type: () => VerifiedRatingView }) public verified: VerifiedRatingView;
  @ApiProperty({ type: 'integer', minimum: 0 }) public incentivizedCount: number;
  @ApiProperty({ type: () => RatingFormulaView }) public formula: RatingFormulaView;
  @ApiProperty({ description: 'Changes whenever a counted rating changes', example: '12' }) public aggregateVersion: string;
  @ApiProperty({ type: () => AggregateRatingJsonLdView, nullable: true, description: 'schema.org AggregateRating; null without ratings' })
  public jsonLd: AggregateRatingJsonLdView | null;
  @ApiProperty() public note: string;
}
