import { VersioningType } from '@nestjs/common';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { toPublishedContract } from './docs/openapi-contract.js';
import { OpenApiDocument } from './docs/openapi-document.js';
import { ExternalEventType } from './publishing/domain/external-events.js';
import { ExternalEventView } from './publishing/publishing.views.js';
import { registerBodyParsers } from './common/http/body-parsers.js';
import { bulkGate } from './common/http/bulk-gate.js';
import { requestIdGenerator } from './common/http/request-id.js';
import { securityHeadersFor } from './common/http/security-headers.js';
import { shutdownAnswer } from './common/http/shutdown-answer.js';
import { handleClientError } from './common/http/client-error.js';
import { registerRequestLogging } from './common/logging/request-logging.js';

export function createFastifyAdapter(bodyLimit: number): FastifyAdapter {
  return new FastifyAdapter({
    bodyLimit,
    requestIdHeader: 'x-request-id',
    genReqId: requestIdGenerator(),
    // Nest logs; Fastify's own logger stays off so each line is written once.
    logger: false,
    routerOptions: { maxParamLength: 500 },
    // Oversized headers and unparseable requests never reach Nest; answer them in our error shape.
    clientErrorHandler: handleClientError,
    // Requests reaching a closing server are answered by registerShutdownAnswer, in our error shape.
    return503OnClosing: false,
  });
}

export function buildOpenApi(app: NestFastifyApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Candor API')
    .setDescription('Review and reputation moderation: intake, moderation, merchant replies and storefront ratings.')
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer' })
    .build();
  // ExternalEventView is every webhook's body; no route returns it alone, so it is named here.
  const generated = SwaggerModule.createDocument(app, config, { extraModels: [ExternalEventView] });
  return toPublishedContract(generated, Object.values(ExternalEventType));
}

/** Call after app.init(): the document is built from the registered routes. */
export function publishOpenApi(app: NestFastifyApplication): void {
  app.get(OpenApiDocument).set(buildOpenApi(app));
}

/** Shared by main.ts and the e2e tests so both run the same HTTP contract. */
export async function configureApp(app: NestFastifyApplication): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  registerBodyParsers(fastify);
  registerRequestLogging(fastify);
  const headersFor = securityHeadersFor();
  const closing = shutdownAnswer(fastify);
  const bulk = bulkGate();
  // One callback-style hook for what every request needs on arrival: each hook is a call chain per
  // request on every route, and an async hook would cost a promise too. Headers first, so the 503s
  // below carry them.
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.headers(headersFor(request.url)).header('x-request-id', request.id);
    if (closing(request, reply) || bulk(request, reply, done)) return;
    done();
  });
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });
  app.enableShutdownHooks();
}
