import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { AuthContext } from '../common/auth/auth-context.js';
import { Auth, Roles } from '../common/auth/roles.decorator.js';
import { UuidParamDto } from '../common/validation/uuid-param.dto.js';
import {
  ChannelListingView, ChannelView, CreateChannelDto, CreateChannelListingDto, CreateMerchantDto, CreateProductDto,
  MerchantView, PageQueryDto, ProductView,
} from './catalog.dto.js';
import { CatalogService } from './catalog.service.js';

@ApiTags('catalog')
@ApiBearerAuth()
@Controller({ version: '1' })
export class CatalogController {
  public constructor(private readonly catalog: CatalogService) {}

  @Post('merchants') @Roles('admin')
  @ApiResponse({ status: 201, type: MerchantView })
  public createMerchant(@Body() dto: CreateMerchantDto): Promise<MerchantView> {
    return this.catalog.createMerchant(dto);
  }

  @Get('merchants') @Roles('admin', 'moderator')
  @ApiResponse({ status: 200, type: [MerchantView] })
  public listMerchants(@Query() page: PageQueryDto): Promise<MerchantView[]> {
    return this.catalog.listMerchants(page.limit, page.offset);
  }

  @Get('merchants/:id') @Roles('admin', 'moderator', 'merchant')
  @ApiResponse({ status: 200, type: MerchantView })
  public getMerchant(@Auth() auth: AuthContext, @Param() params: UuidParamDto): Promise<MerchantView> {
    return this.catalog.getMerchant(auth, params.id);
  }

  @Get('merchants/:id/products') @Roles('admin', 'moderator', 'merchant')
  @ApiResponse({ status: 200, type: [ProductView] })
  public listProducts(@Auth() auth: AuthContext, @Param() params: UuidParamDto, @Query() page: PageQueryDto): Promise<ProductView[]> {
    return this.catalog.listProducts(auth, params.id, page.limit, page.offset);
  }

  @Post('products') @Roles('admin', 'merchant')
  @ApiResponse({ status: 201, type: ProductView })
  public createProduct(@Auth() auth: AuthContext, @Body() dto: CreateProductDto): Promise<ProductView> {
    return this.catalog.createProduct(auth, dto);
  }

  @Get('products/:id') @Roles('admin', 'moderator', 'merchant')
  @ApiResponse({ status: 200, type: ProductView })
  public getProduct(@Auth() auth: AuthContext, @Param() params: UuidParamDto): Promise<ProductView> {
    return this.catalog.getProduct(auth, params.id);
  }

  @Get('products/:id/listings') @Roles('admin', 'moderator', 'merchant')
  @ApiResponse({ status: 200, type: [ChannelListingView] })
  public listListings(@Auth() auth: AuthContext, @Param() params: UuidParamDto): Promise<ChannelListingView[]> {
    return this.catalog.listListings(auth, params.id);
  }

  @Post('channels') @Roles('admin')
  @ApiResponse({ status: 201, type: ChannelView })
  public createChannel(@Body() dto: CreateChannelDto): Promise<ChannelView> {
    return this.catalog.createChannel(dto);
  }

  @Get('channels') @Roles('admin', 'moderator')
  @ApiResponse({ status: 200, type: [ChannelView] })
  public listChannels(): Promise<ChannelView[]> {
    return this.catalog.listChannels();
  }

  @Post('channel-listings') @Roles('admin', 'channel')
  @ApiResponse({ status: 201, type: ChannelListingView })
  public createListing(@Auth() auth: AuthContext, @Body() dto: CreateChannelListingDto): Promise<ChannelListingView> {
    return this.catalog.createListing(auth, dto);
  }
}
