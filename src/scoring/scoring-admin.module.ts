import { Module } from '@nestjs/common';
import { RescoreAdminController } from './rescore-admin.controller.js';
import { RescoreAdminService } from './rescore-admin.service.js';

/** API-process part of scoring (no text models loaded here; the worker scores). */
@Module({ controllers: [RescoreAdminController], providers: [RescoreAdminService] })
export class ScoringAdminModule {}
