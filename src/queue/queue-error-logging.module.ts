import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { QueueErrorLogging } from './queue-error-logging.js';

/**
 * Not global, and imported by the root modules: Nest runs onModuleInit for global modules first
 * (@nestjs/bullmq's BullRegistrar, which creates the workers, is in one), so QueueErrorLogging's
 * onModuleInit sees every worker the moment it exists, before the first failure of an outage at boot.
 */
@Module({ imports: [DiscoveryModule], providers: [QueueErrorLogging] })
export class QueueErrorLoggingModule {}
