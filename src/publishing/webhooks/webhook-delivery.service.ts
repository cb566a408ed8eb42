import { Injectable } from '@nestjs/common';
import { Clock } from '../../common/clock/clock.js';
import { AppConfigService } from '../../config/app-config.service.js';
import { signPayload } from '../domain/webhook-signature.js';
import { externalEventView } from '../publishing.views.js';
import { WebhooksRepository } from './webhooks.repository.js';

export type DeliveryOutcome = 'delivered' | 'already-done' | 'cancelled';

/** Thrown for a failed attempt: BullMQ retries with exponential backoff until the attempts run out. */
export class DeliveryAttemptFailed extends Error {}

/** One attempt of one delivery: sign, POST, record the outcome in the delivery log. */
@Injectable()
export class WebhookDeliveryService {
  public constructor(
    private readonly webhooks: WebhooksRepository,
    private readonly config: AppConfigService,
    private readonly clock: Clock,
  ) {}

  public async attempt(deliveryId: string, isLastAttempt: boolean): Promise<DeliveryOutcome> {
    const work = await this.webhooks.loadWork(deliveryId);
    // Enqueued after commit, so a missing row is a real inconsistency; retrying cannot hurt.
    if (!work) throw new DeliveryAttemptFailed(`delivery ${deliveryId} not found`);
    if (work.delivery.state !== 'pending') return 'already-done';
    if (work.webhook.deleted) {
      await this.webhooks.cancel(deliveryId, this.clock.now());
      return 'cancelled';
    }
    const body = JSON.stringify(externalEventView(work.event));
    const now = this.clock.now();
    const { statusCode, error } = await this.post(work.webhook.url, work.webhook.secret, work.event.eventId, work.event.type, deliveryId, body, now);
    const ok = statusCode !== null && statusCode >= 200 && statusCode < 300;
    await this.webhooks.recordAttempt(deliveryId, { state: ok ? 'succeeded' : isLastAttempt ? 'failed' : 'pending', statusCode, error, at: this.clock.now() });
    if (!ok) throw new DeliveryAttemptFailed(`webhook answered ${statusCode ?? error}`);
    return 'delivered';
  }

  private async post(url: string, secret: string, eventId: string, type: string, id: string, body: string, now: Date): Promise<{ statusCode: number | null; error: string | null }> {
    const timestamp = Math.floor(now.getTime() / 1000);
    try {
      const res = await fetch(url, {
        method: 'POST', body, redirect: 'manual', signal: AbortSignal.timeout(this.config.webhooks.timeoutMs),
        headers: {
          'content-type': 'application/json', 'user-agent': 'Candor-Webhooks/1', 'candor-signature': signPayload(secret, timestamp, body),
          'candor-event-id': eventId, 'candor-event-type': type, 'candor-delivery-id': id,
        },
      });
      await res.arrayBuffer().catch(() => undefined);
      return { statusCode: res.status, error: res.ok ? null : `HTTP ${res.status}` };
    } catch (error) {
      return { statusCode: null, error: (error as Error).message.slice(0, 500) };
    }
  }
}
