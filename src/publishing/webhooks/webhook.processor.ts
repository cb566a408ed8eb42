import { Processor, WorkerHost } from '@nestjs/bullmq';
import { DelayedError, type Job } from 'bullmq';
import { JobName, QueueName, type DeliverWebhookJob } from '../../queue/queue.constants.js';
import { WebhookDeliveryService, type DeliveryOutcome } from './webhook-delivery.service.js';

/**
 * Thin: one job = one attempt; failures rethrow so BullMQ backs off; the retained failed set is the dead letter.
 * A delivery the gate turns away (circuit open, webhook's slots busy) is delayed with DelayedError: it
 * frees the slot for other webhooks, keeps its place (priority) and is not charged an attempt.
 */
// Deliveries wait on the network, not the CPU: 16 slots, of which one webhook takes WEBHOOK_CONCURRENCY_PER_WEBHOOK at most.
@Processor(QueueName.Webhook, { concurrency: 16 })
export class WebhookProcessor extends WorkerHost {
  public constructor(private readonly deliveries: WebhookDeliveryService) {
    super();
  }

  public async process(job: Job<DeliverWebhookJob>, token?: string): Promise<DeliveryOutcome> {
    switch (job.name) {
      case JobName.DeliverWebhook: {
        const outcome = await this.deliveries.attempt(job.data.deliveryId, job.data.webhookId, job.attemptsMade + 1 >= (job.opts.attempts ?? 1));
        if (typeof outcome === 'object') {
          await job.moveToDelayed(Date.now() + outcome.waitMs, token);
          throw new DelayedError();
        }
        return outcome;
      }
      default:
        throw new Error(`unknown job ${job.name} on the webhook queue`);
    }
  }
}
