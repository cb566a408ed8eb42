import { Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Roles } from '../common/auth/roles.decorator.js';
import { UuidParamDto } from '../common/validation/uuid-param.dto.js';
import { DisclosureService } from './disclosure.service.js';
import { DisclosureView } from './disclosure.view.js';
import { ProductReviewsQueryDto } from './ratings.dto.js';
import { RatingsService } from './ratings.service.js';
import { RatingDocumentView } from './rating-document.view.js';
import { ReviewPageView } from './review-page.view.js';
import { prepareStorefrontReply } from './storefront-response.js';

@ApiTags('storefront')
@ApiBearerAuth()
@Controller({ version: '1' })
export class RatingsController {
  public constructor(
    private readonly ratings: RatingsService,
    private readonly disclosure: DisclosureService,
  ) {}

  @Get('products/:id/rating') @Roles('storefront', 'admin')
  @ApiResponse({ status: 200, type: RatingDocumentView, description: 'Rating figures (Bayesian and plain average, distribution), verified-only figures and schema.org JSON-LD; strong ETag' })
  @ApiResponse({ status: 304, description: 'Not modified: If-None-Match matched the ETag (weak comparison)' })
  public async rating(@Param() params: UuidParamDto, @Headers('if-none-match') ifNoneMatch: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer | undefined> {
    return prepareStorefrontReply(reply, ifNoneMatch, await this.ratings.rating(params.id));
  }

  @Get('products/:id/reviews') @Roles('storefront', 'admin')
  @ApiResponse({ status: 200, type: ReviewPageView, description: 'One page of published and folded reviews (folded last) with the total and nextCursor; strong ETag' })
  @ApiResponse({ status: 304, description: 'Not modified: If-None-Match matched the ETag (weak comparison)' })
  public async reviews(
    @Param() params: UuidParamDto, @Query() query: ProductReviewsQueryDto, @Headers('if-none-match') ifNoneMatch: string | undefined, @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer | undefined> {
    return prepareStorefrontReply(reply, ifNoneMatch, await this.ratings.reviews(params.id, query));
  }

  @Get('disclosure') @Roles('storefront', 'admin', 'moderator', 'merchant', 'channel')
  @ApiResponse({ status: 200, type: DisclosureView, description: 'Machine-readable "how reviews are verified and moderated" disclosure (EU Omnibus)' })
  public getDisclosure(): Promise<DisclosureView> {
    return this.disclosure.disclosure();
  }

  @Post('ratings::recompute') @Roles('admin') @HttpCode(200)
  @ApiResponse({ status: 200, description: 'Aggregates rebuilt from the reviews', schema: { type: 'object', required: ['products'], properties: { products: { type: 'integer', minimum: 0, description: 'Products recomputed' } } } })
  public recompute(): Promise<{ products: number }> {
    return this.ratings.recompute();
  }
}
