import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { AppConfigService } from '../config/app-config.service.js';
import { LoggedQueue, LoggedWorker } from './logged-bullmq.js';
import { QueueName } from './queue.constants.js';
import { selectQueueBackend } from './queue-backend.js';

// Before registerQueue below: it captures the queue class when it is called.
BullModule.queueClass = LoggedQueue;
BullModule.workerClass = LoggedWorker;

@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfigService],
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      useFactory: (config: AppConfigService) => ({ connection: selectQueueBackend(config).connection as any, prefix: config.queue.prefix }),
    }),
    BullModule.registerQueue({ name: QueueName.Score }),
    BullModule.registerQueue({ name: QueueName.Webhook }),
    BullModule.registerQueue({ name: QueueName.Reputation }),
  ],
  exports: [BullModule],
})
export class QueueModule {}
