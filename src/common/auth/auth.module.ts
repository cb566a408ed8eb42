import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FailedAuthLimiter } from '../rate-limit/failed-auth-limiter.js';
import { RateLimiter } from '../rate-limit/rate-limiter.js';
import { ApiKeyCache } from './api-key-cache.js';
import { ApiKeyEntity } from './api-key.entity.js';
import { ApiKeyGuard } from './api-key.guard.js';
import { ApiKeysController } from './api-keys.controller.js';
import { ApiKeysRepository } from './api-keys.repository.js';
import { ApiKeysService } from './api-keys.service.js';
import { MeController } from './me.controller.js';
import { PublishableCors } from './publishable-cors.js';
import { RequestAuthorizer } from './request-authorizer.js';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([ApiKeyEntity])],
  controllers: [ApiKeysController, MeController],
  providers: [ApiKeyCache, ApiKeysRepository, ApiKeysService, RateLimiter, FailedAuthLimiter, RequestAuthorizer, PublishableCors, { provide: APP_GUARD, useClass: ApiKeyGuard }],
  exports: [ApiKeysService, RequestAuthorizer, RateLimiter],
})
export class AuthModule {}
