import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { AuthContext } from '../../common/auth/auth-context.js';
import { Clock } from '../../common/clock/clock.js';
import { pgErrorCode, PG_FOREIGN_KEY_VIOLATION } from '../../common/errors/pg-errors.js';
import { AppConfigService } from '../../config/app-config.service.js';
import { SUBSCRIBABLE, type WebhookOwnerType } from '../domain/external-events.js';
import type { UrlRefusal } from '../domain/webhook-address.js';
import { OutboxTopic } from '../outbox-topic.js';
import { OutboxService } from '../outbox.service.js';
import type { CreateWebhookDto, ListDeliveriesQueryDto } from '../publishing.dto.js';
import { PublishingError, PublishingErrorCode } from '../publishing.error.js';
import { deliveryView, webhookView, type DeliveryView, type WebhookView } from '../publishing.views.js';
import { refusalOf } from './webhook-http.js';
import type { WebhookEntity } from './webhook.entity.js';
import { WebhooksRepository, type WebhookScope } from './webhooks.repository.js';

const MAX_WEBHOOKS_PER_OWNER = 20;

/** One message for a name that does not resolve and one that resolves privately: existence is not revealed. */
const REFUSALS: Record<Exclude<UrlRefusal, 'https_required'>, string> = {
  invalid_url: 'The webhook URL must be an http(s) URL',
  credentials: 'Webhook URLs must not carry credentials; authenticate the delivery with its signature instead',
  numeric_ip_form: 'Write an IP address in its usual dotted form',
  address_not_public: 'The webhook URL must point to a public internet address',
};

export function webhookScope(auth: AuthContext): WebhookScope {
  if (auth.role === 'merchant') return { kind: 'merchant', merchantId: auth.merchantId as string };
  if (auth.role === 'channel') return { kind: 'channel', channelId: auth.channelId as string };
  if (auth.role === 'storefront') return { kind: 'storefront', keyId: auth.keyId };
  return { kind: 'all' };
}

@Injectable()
export class WebhooksService {
  public constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly webhooks: WebhooksRepository,
    private readonly outbox: OutboxService,
    private readonly config: AppConfigService,
    private readonly clock: Clock,
  ) {}

  public async create(auth: AuthContext, dto: CreateWebhookDto): Promise<WebhookView & { secret: string }> {
    const owner = this.ownerOf(auth, dto);
    const refused = dto.topics.filter((t) => !(SUBSCRIBABLE[owner.ownerType] as string[]).includes(t));
    if (refused.length > 0) throw new PublishingError(PublishingErrorCode.TopicNotAllowed, `A ${owner.ownerType} webhook cannot receive ${refused.join(', ')}`, { allowed: SUBSCRIBABLE[owner.ownerType] });
    await this.assertAllowedTarget(dto.url);
    const scope: WebhookScope = owner.ownerType === 'merchant' ? { kind: 'merchant', merchantId: owner.merchantId as string }
      : owner.ownerType === 'channel' ? { kind: 'channel', channelId: owner.channelId as string } : { kind: 'storefront', keyId: auth.keyId };
    if ((await this.webhooks.list(scope)).length >= MAX_WEBHOOKS_PER_OWNER) throw new PublishingError(PublishingErrorCode.TooManyWebhooks, `At most ${MAX_WEBHOOKS_PER_OWNER} webhooks per owner`);
    // Standard base64 (24 bytes: 32 characters, no padding): Standard Webhooks libraries decode it as the HMAC key.
    const secret = `whsec_${randomBytes(24).toString('base64')}`;
    try {
      const entity = await this.webhooks.insert({ ...owner, ownerKeyId: auth.keyId, url: dto.url, secret, topics: dto.topics, createdAt: this.clock.now() });
      return { ...webhookView(entity), secret };
    } catch (error) {
      if (pgErrorCode(error) === PG_FOREIGN_KEY_VIOLATION) throw new PublishingError(PublishingErrorCode.UnknownOwner, 'merchantId or channelId does not exist');
      throw error;
    }
  }

  public async list(auth: AuthContext): Promise<{ data: WebhookView[] }> {
    return { data: (await this.webhooks.list(webhookScope(auth))).map(webhookView) };
  }

  public async remove(auth: AuthContext, id: string): Promise<void> {
    await this.owned(auth, id);
    await this.webhooks.softDelete(id, this.clock.now());
  }

  public async deliveries(auth: AuthContext, id: string, query: ListDeliveriesQueryDto): Promise<{ data: DeliveryView[] }> {
    await this.owned(auth, id);
    return { data: (await this.webhooks.listDeliveries(id, query.state, query.limit ?? 100)).map(deliveryView) };
  }

  /** Failed (dead-lettered) deliveries only; the replay is enqueued by the relay after this commits. */
  public async replay(auth: AuthContext, id: string, deliveryId: string): Promise<DeliveryView> {
    await this.owned(auth, id);
    return this.db.transaction(async (manager) => {
      const delivery = await this.webhooks.lockDelivery(manager, id, deliveryId);
      if (!delivery) throw new PublishingError(PublishingErrorCode.DeliveryNotFound, `No delivery ${deliveryId} for webhook ${id}`);
      if (delivery.state !== 'failed') throw new PublishingError(PublishingErrorCode.DeliveryNotFailed, `Delivery is ${delivery.state}; only failed deliveries can be replayed`);
      const now = this.clock.now();
      const replay = await this.webhooks.resetForReplay(manager, deliveryId, now);
      const eventUuid: { event_id: string }[] = await manager.query('SELECT event_id FROM published_events WHERE id = $1', [delivery.eventId]);
      await this.outbox.append(manager, [{
        topic: OutboxTopic.WebhookReplay, aggregateType: 'delivery', aggregateId: deliveryId, payload: { webhookId: id, eventUuid: eventUuid[0].event_id, replay },
      }], now);
      return deliveryView({ ...delivery, state: 'pending', attempts: 0, replays: replay, updatedAt: now });
    });
  }

  /** SSRF guard at registration (checked again at every delivery, see webhook-http.ts). */
  private async assertAllowedTarget(url: string): Promise<void> {
    const { allowLoopback, requireHttps } = this.config.webhooks;
    const refusal = await refusalOf(url, { allowLoopback, requireHttps });
    if (refusal === null) return;
    if (refusal === 'https_required') throw new PublishingError(PublishingErrorCode.InsecureUrl, 'Webhook URLs must use https');
    throw new PublishingError(PublishingErrorCode.UrlNotAllowed, REFUSALS[refusal], { reason: refusal });
  }

  private async owned(auth: AuthContext, id: string): Promise<WebhookEntity> {
    const webhook = await this.webhooks.find(webhookScope(auth), id);
    if (!webhook) throw new PublishingError(PublishingErrorCode.WebhookNotFound, `No webhook ${id}`);
    return webhook;
  }

  private ownerOf(auth: AuthContext, dto: CreateWebhookDto): { ownerType: WebhookOwnerType; merchantId: string | null; channelId: string | null } {
    if (auth.role !== 'admin' && (dto.merchantId || dto.channelId)) {
      throw new PublishingError(PublishingErrorCode.OwnerAmbiguous, 'Only admin keys name an owner; other keys register for themselves');
    }
    if (auth.role === 'merchant') return { ownerType: 'merchant', merchantId: auth.merchantId, channelId: null };
    if (auth.role === 'channel') return { ownerType: 'channel', merchantId: null, channelId: auth.channelId };
    if (auth.role === 'storefront') return { ownerType: 'storefront', merchantId: null, channelId: null };
    if (dto.merchantId && dto.channelId) throw new PublishingError(PublishingErrorCode.OwnerAmbiguous, 'Give merchantId or channelId, not both');
    if (dto.merchantId) return { ownerType: 'merchant', merchantId: dto.merchantId, channelId: null };
    if (dto.channelId) return { ownerType: 'channel', merchantId: null, channelId: dto.channelId };
    return { ownerType: 'storefront', merchantId: null, channelId: null };
  }
}
