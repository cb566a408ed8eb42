import { Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { RequestAuthorizer } from '../common/auth/request-authorizer.js';
import { ROLES_KEY } from '../common/auth/roles.decorator.js';
import type { Role } from '../common/auth/role.js';
import { AllExceptionsFilter } from '../common/errors/all-exceptions.filter.js';
import { PlatformPrior } from './platform-prior.js';
import { RatingsController } from './ratings.controller.js';
import { StorefrontCache, type CachedBody } from './storefront-cache.js';
import { StorefrontLeanPath } from './storefront-lean-path.js';
import { reviewsCacheKey } from './domain/review-query.js';
import { parsePlainReviewQuery } from './domain/review-query-text.js';
import { ratingCacheKey } from './storefront-cache-keys.js';
import { prepareStorefrontReply } from './storefront-response.js';

/** Fastify's route paths of the two controller handlers (URI versioning prefixes `v1`). */
const RATING_ROUTE = '/v1/products/:id/rating';
const REVIEWS_ROUTE = '/v1/products/:id/reviews';

const rolesOf = (handler: (...args: never[]) => unknown): readonly Role[] => {
  const roles = Reflect.getMetadata(ROLES_KEY, handler) as Role[] | undefined;
  if (!roles?.length) throw new Error(`${handler.name} declares no roles`);
  return roles;
};

/** The reviews-page cache key for a plainly valid query; anything else goes through Nest's validation. */
function reviewsKeyOf(query: Record<string, unknown>): string | undefined {
  const q = parsePlainReviewQuery(query);
  return q && reviewsCacheKey(q);
}

/**
 * Storefront reads are the platform's hottest path. Most cache hits are answered before Fastify
 * (StorefrontLeanPath); a hit that path leaves alone (a key to look up first) is answered here, in an onRequest hook, after the same key, role and
 * rate-limit checks ApiKeyGuard makes (RequestAuthorizer, roles read from the controller's
 * @Roles); it skips Nest's guard/pipe/interceptor pipeline, which cost several times the
 * work of the answer. Entries are only ever created by the controller, after full
 * validation, so a miss — or any request this hook does not plainly recognise — simply
 * continues into Nest and gets the complete treatment, errors included.
 */
@Injectable()
export class StorefrontCachedResponses implements OnModuleInit {
  private readonly errors = new AllExceptionsFilter();

  public constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly authorizer: RequestAuthorizer,
    private readonly cache: StorefrontCache,
    private readonly prior: PlatformPrior,
  ) {}

  public onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify) return;
    const ratingRoles = rolesOf(RatingsController.prototype.rating);
    const reviewsRoles = rolesOf(RatingsController.prototype.reviews);
    new StorefrontLeanPath({ cache: this.cache, prior: this.prior, authorizer: this.authorizer, roles: { rating: ratingRoles, reviews: reviewsRoles } }).install(fastify);
    fastify.addHook('onRequest', (request, reply, done) => {
      if (request.method !== 'GET' || !this.cache.enabled) return done();
      const route = request.routeOptions.url;
      const productId = (request.params as { id?: string }).id;
      if (productId === undefined || (route !== RATING_ROUTE && route !== REVIEWS_ROUTE)) return done();
      let key: string | undefined;
      if (route === RATING_ROUTE) {
        const prior = this.prior.peek();
        key = prior && ratingCacheKey(prior);
      } else key = reviewsKeyOf(request.query as Record<string, unknown>);
      const hit = key === undefined ? undefined : this.cache.get(productId, key);
      if (!hit) return done();
      const roles = route === RATING_ROUTE ? ratingRoles : reviewsRoles;
      // A recently verified key (nearly every storefront request) is checked synchronously: no promise per request.
      let admitted: boolean;
      try {
        admitted = this.authorizer.authorizeCached(request, roles) !== undefined;
      } catch (error) {
        this.errors.send(error, request, reply);
        return;
      }
      if (admitted) return this.answer(request, reply, hit);
      this.authorizer.authorize(request, roles).then(
        () => this.answer(request, reply, hit),
        (error: unknown) => this.errors.send(error, request, reply),
      );
    });
  }

  private answer(request: FastifyRequest, reply: FastifyReply, hit: CachedBody): void {
    const ifNoneMatch = request.headers['if-none-match'];
    void reply.header('x-candor-cache', 'hit');
    void reply.send(prepareStorefrontReply(reply, typeof ifNoneMatch === 'string' ? ifNoneMatch : undefined, hit));
  }
}
