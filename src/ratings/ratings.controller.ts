import { Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Roles } from '../common/auth/roles.decorator.js';
import { UuidParamDto } from '../common/validation/uuid-param.dto.js';
import { DisclosureService } from './disclosure.service.js';
import { ProductReviewsQueryDto } from './ratings.dto.js';
import { RatingsService } from './ratings.service.js';
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
  public async rating(@Param() params: UuidParamDto, @Headers('if-none-match') ifNoneMatch: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<string | undefined> {
    return prepareStorefrontReply(reply, ifNoneMatch, await this.ratings.rating(params.id));
  }

  @Get('products/:id/reviews') @Roles('storefront', 'admin')
  public async reviews(
    @Param() params: UuidParamDto, @Query() query: ProductReviewsQueryDto, @Headers('if-none-match') ifNoneMatch: string | undefined, @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string | undefined> {
    return prepareStorefrontReply(reply, ifNoneMatch, await this.ratings.reviews(params.id, query));
  }

  @Get('disclosure') @Roles('storefront', 'admin', 'moderator', 'merchant', 'channel')
  public getDisclosure(): Promise<Record<string, unknown>> {
    return this.disclosure.disclosure();
  }

  @Post('ratings::recompute') @Roles('admin') @HttpCode(200)
  public recompute(): Promise<{ products: number }> {
    return this.ratings.recompute();
  }
}
