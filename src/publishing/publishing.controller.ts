import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthContext } from '../common/auth/auth-context.js';
import { Auth, Roles } from '../common/auth/roles.decorator.js';
import { UuidParamDto } from '../common/validation/uuid-param.dto.js';
import { EventFeedService } from './event-feed.service.js';
import { CreateWebhookDto, EventFeedQueryDto, ListDeliveriesQueryDto, WebhookDeliveryParamsDto } from './publishing.dto.js';
import { CreatedWebhookView, DeliveryListView, DeliveryView, EventPageView, WebhookListView } from './publishing.views.js';
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
  @ApiCreatedResponse({ type: CreatedWebhookView, description: 'The webhook and its signing secret (shown once)' })
  public create(@Auth() auth: AuthContext, @Body() dto: CreateWebhookDto): Promise<CreatedWebhookView> {
    return this.webhooks.create(auth, dto);
  }

  @Get('webhooks') @Roles('admin', 'merchant', 'storefront', 'channel')
  @ApiOkResponse({ type: WebhookListView })
  public list(@Auth() auth: AuthContext): Promise<WebhookListView> {
    return this.webhooks.list(auth);
  }

  @Delete('webhooks/:id') @Roles('admin', 'merchant', 'storefront', 'channel') @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted; pending deliveries are cancelled' })
  public remove(@Auth() auth: AuthContext, @Param() params: UuidParamDto): Promise<void> {
    return this.webhooks.remove(auth, params.id);
  }

  @Get('webhooks/:id/deliveries') @Roles('admin', 'merchant', 'storefront', 'channel')
  @ApiOkResponse({ type: DeliveryListView, description: 'Newest first' })
  public deliveries(@Auth() auth: AuthContext, @Param() params: UuidParamDto, @Query() query: ListDeliveriesQueryDto): Promise<DeliveryListView> {
    return this.webhooks.deliveries(auth, params.id, query);
  }

  @Post('webhooks/:id/deliveries/:deliveryId/replay') @Roles('admin', 'merchant', 'storefront', 'channel') @HttpCode(202)
  @ApiAcceptedResponse({ type: DeliveryView, description: 'The delivery, queued again' })
  public replay(@Auth() auth: AuthContext, @Param() params: WebhookDeliveryParamsDto): Promise<DeliveryView> {
    return this.webhooks.replay(auth, params.id, params.deliveryId);
  }

  @Get('events') @Roles('admin', 'merchant', 'storefront', 'channel')
  @ApiOkResponse({ type: EventPageView, description: 'Events the key may see, oldest first after the cursor' })
  public events(@Auth() auth: AuthContext, @Query() query: EventFeedQueryDto): Promise<EventPageView> {
    return this.feed.page(auth, query);
  }
}
