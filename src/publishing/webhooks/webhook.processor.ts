import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { JobName, QueueName, type DeliverWebhookJob } from '../../queue/queue.constants.js';
import { WebhookDeliveryService, type DeliveryOutcome } from './webhook-delivery.service.js';

/** Thin: one job = one attempt; failures rethrow so BullMQ backs off; the retained failed set is the dead letter. */
@Processor(QueueName.Webhook, { concurrency: 8 })
export class WebhookProcessor extends WorkerHost {
  public constructor(private readonly deliveries: WebhookDeliveryService) {
    super();
  }

  public async process(job: Job<DeliverWebhookJob>): Promise<DeliveryOutcome> {
    switch (job.name) {
      case JobName.DeliverWebhook:
        return this.deliveries.attempt(job.data.deliveryId, job.attemptsMade + 1 >= (job.opts.attempts ?? 1));
      default:
        throw new Error(`unknown job ${job.name} on the webhook queue`);
    }
  }
}
