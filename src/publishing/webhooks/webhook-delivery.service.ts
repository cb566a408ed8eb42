import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '../../common/clock/clock.js';
import { AppConfigService } from '../../config/app-config.service.js';
import { webhookAudience } from '../domain/event-snapshot.js';
import { publicOutcome } from '../domain/webhook-outcome.js';
import { signPayload, signStandard } from '../domain/webhook-signature.js';
import { externalEventView } from '../publishing.views.js';
import { WebhookGate } from './webhook-gate.js';
import { postWebhook } from './webhook-http.js';
import { WebhooksRepository, type DeliveryWork } from './webhooks.repository.js';

/** `wait`: not attempted now (circuit open or the webhook's slots busy); the processor delays the job, attempts untouched. */
export type DeliveryOutcome = 'delivered' | 'already-done' | 'cancelled' | { waitMs: number };

/** Thrown for a failed attempt: BullMQ retries with exponential backoff until the attempts run out. */
export class DeliveryAttemptFailed extends Error {}

/** One attempt of one delivery: admit (gate), sign, POST to a checked address, record the outcome in the delivery log. */
@Injectable()
export class WebhookDeliveryService {
  private readonly logger = new Logger(WebhookDeliveryService.name);

  public constructor(
    private readonly webhooks: WebhooksRepository,
    private readonly config: AppConfigService,
    private readonly clock: Clock,
    private readonly gate: WebhookGate,
  ) {}

  /** `webhookId` from the job lets a waiting delivery be turned away before any query (older jobs lack it). */
  public async attempt(deliveryId: string, webhookId: string | undefined, isLastAttempt: boolean): Promise<DeliveryOutcome> {
    const early = webhookId === undefined ? undefined : this.gate.acquire(webhookId);
    if (early && !early.granted) return { waitMs: early.retryInMs };
    try {
      const work = await this.webhooks.loadWork(deliveryId);
      // Enqueued after commit, so a missing row is a real inconsistency; retrying cannot hurt.
      if (!work) throw new DeliveryAttemptFailed(`delivery ${deliveryId} not found`);
      if (work.delivery.state !== 'pending') return 'already-done';
      if (work.webhook.deleted) {
        await this.webhooks.cancel(deliveryId, this.clock.now());
        return 'cancelled';
      }
      const permit = early ?? this.gate.acquire(work.delivery.webhookId);
      if (!permit.granted) return { waitMs: permit.retryInMs };
      try {
        return await this.send(work, isLastAttempt, (ok) => permit.release(ok ? 'ok' : 'failed'));
      } finally {
        permit.release('none');
      }
    } finally {
      if (early?.granted) early.release('none');
    }
  }

  private async send(work: DeliveryWork, isLastAttempt: boolean, attempted: (ok: boolean) => void): Promise<DeliveryOutcome> {
    const { delivery, webhook, event } = work;
    const body = JSON.stringify(externalEventView(event, webhookAudience(webhook.ownerType)));
    const timestamp = Math.floor(this.clock.now().getTime() / 1000);
    const { timeoutMs, allowLoopback, requireHttps } = this.config.webhooks;
    const result = await postWebhook(webhook.url, body, {
      'content-type': 'application/json', 'user-agent': 'Candor-Webhooks/1',
      'candor-signature': signPayload(webhook.secret, timestamp, body),
      'candor-event-id': event.eventId, 'candor-event-type': event.type, 'candor-delivery-id': delivery.id,
      // Standard Webhooks: the id stays the same across retries of one event, so receivers dedupe on it.
      'webhook-id': event.eventId, 'webhook-timestamp': String(timestamp), 'webhook-signature': signStandard(webhook.secret, event.eventId, timestamp, body),
    }, timeoutMs, { allowLoopback, requireHttps });
    const outcome = publicOutcome(result.statusCode);
    attempted(outcome === null);
    if (outcome !== null) this.logger.warn(`webhook ${delivery.webhookId} delivery ${delivery.id} attempt failed: ${result.detail ?? `HTTP ${result.statusCode}`}`);
    await this.webhooks.recordAttempt(delivery.id, {
      state: outcome === null ? 'succeeded' : isLastAttempt ? 'failed' : 'pending', statusCode: result.statusCode, error: outcome, at: this.clock.now(),
    });
    if (outcome !== null) throw new DeliveryAttemptFailed(`webhook answered ${outcome}`);
    return 'delivered';
  }
}
