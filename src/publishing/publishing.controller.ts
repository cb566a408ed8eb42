import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthContext } from '../common/auth/auth-context.js';
import { Auth, Roles } from '../common/auth/roles.decorator.js';
import { UuidParamDto } from '../common/validation/uuid-param.dto.js';
import { EventFeedService } from './event-feed.service.js';
import { CreateWebhookDto, EventFeedQueryDto, ListDeliveriesQueryDto, WebhookDeliveryParamsDto } from './publishing.dto.js';
import type { DeliveryView, ExternalEventView, WebhookView } from './publishing.views.js';
import { WebhooksService } from './webhooks/webhooks.service.js';

@ApiTags('events')
@ApiBearerAuth()
@Controller({ version: '1' })
export class PublishingController {
  public constructor(
    private readonly webhooks: WebhooksService,
    private readonly feed: EventFeedService,
  ) {}

  @Post('webhooks') @Roles('admin', 'merchant', 'storefront', 'channel')
  public create(@Auth() auth: AuthContext, @Body() dto: CreateWebhookDto): Promise<WebhookView & { secret: string }> {
    return this.webhooks.create(auth, dto);
  }

  @Get('webhooks') @Roles('admin', 'merchant', 'storefront', 'channel')
  public list(@Auth() auth: AuthContext): Promise<{ data: WebhookView[] }> {
    return this.webhooks.list(auth);
  }

  @Delete('webhooks/:id') @Roles('admin', 'merchant', 'storefront', 'channel') @HttpCode(204)
  public remove(@Auth() auth: AuthContext, @Param() params: UuidParamDto): Promise<void> {
    return this.webhooks.remove(auth, params.id);
  }

  @Get('webhooks/:id/deliveries') @Roles('admin', 'merchant', 'storefront', 'channel')
  public deliveries(@Auth() auth: AuthContext, @Param() params: UuidParamDto, @Query() query: ListDeliveriesQueryDto): Promise<{ data: DeliveryView[] }> {
    return this.webhooks.deliveries(auth, params.id, query);
  }

  @Post('webhooks/:id/deliveries/:deliveryId/replay') @Roles('admin', 'merchant', 'storefront', 'channel') @HttpCode(202)
  public replay(@Auth() auth: AuthContext, @Param() params: WebhookDeliveryParamsDto): Promise<DeliveryView> {
    return this.webhooks.replay(auth, params.id, params.deliveryId);
  }

  @Get('events') @Roles('admin', 'merchant', 'storefront', 'channel')
  public events(@Auth() auth: AuthContext, @Query() query: EventFeedQueryDto): Promise<{ data: ExternalEventView[]; nextCursor: string }> {
    return this.feed.page(auth, query);
  }
}
