import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { PublishingModule } from '../publishing/publishing.module.js';
import { HealthController } from './health.controller.js';

@Module({
  imports: [TerminusModule, PublishingModule],
  controllers: [HealthController],
})
export class HealthModule {}
