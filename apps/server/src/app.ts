import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { oidcRoutes } from './auth/oidc/routes';
import { registerAuth } from './auth/plugin';
import { sessionRoutes } from './auth/routes';
import type { AppDeps } from './deps';
import { registerErrorHandling } from './http/error-handler';
import { loggerOptions } from './http/logger';
import { registerWebApp } from './http/web-app';
import { accessLogRoutes } from './modules/access-log/routes';
import { adminRoutes } from './modules/admin/routes';
import { caseRoutes } from './modules/cases/routes';
import { concernRoutes } from './modules/concerns/routes';
import { consentRoutes } from './modules/consents/routes';
import { familyRoutes } from './modules/families/routes';
import { figureRoutes } from './modules/figures/routes';
import { groupRoutes } from './modules/groups/routes';
import { healthRoutes } from './modules/health/routes';
import { meetingRoutes } from './modules/meetings/routes';
import { myWorkRoutes } from './modules/my-work/routes';
import { networkRoutes } from './modules/network/routes';
import { personRoutes } from './modules/persons/routes';
import { planRoutes } from './modules/plans/routes';
import { processRoutes } from './modules/process/routes';
import { purchaserRoutes } from './modules/purchaser/routes';
import { referralOutRoutes } from './modules/referrals/out-routes';
import { referralRoutes } from './modules/referrals/routes';
import { resourceRoutes } from './modules/resources/routes';
import { statedAccessRoutes } from './modules/stated-access/routes';
import { summaryRoutes } from './modules/summaries/routes';
import { teamRoutes } from './modules/teams/routes';
import { timelineRoutes } from './modules/timeline/routes';

/** Builds the app around its dependencies; tests call this and use app.inject. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(deps.config.logLevel),
    trustProxy: deps.config.env === 'production',
    genReqId: () => crypto.randomUUID(),
    bodyLimit: 256 * 1024,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: deps.config.secureCookies ? [] : null,
      },
    },
  });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Verkosto API',
        version: '0.1.0',
        description: 'Family and network work. Every client-data route is logged.',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());

  // Client data must not linger in a browser's or a proxy's cache on a shared workstation.
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/') && !request.url.startsWith('/api/docs'))
      reply.header('cache-control', 'no-store');
  });
  registerAuth(app, { db: deps.db, config: deps.config });
  healthRoutes(app, deps);
  sessionRoutes(app, { db: deps.db, config: deps.config });
  oidcRoutes(app, { db: deps.db, config: deps.config });
  personRoutes(app, deps);
  familyRoutes(app, deps);
  caseRoutes(app, deps);
  accessLogRoutes(app, deps);
  consentRoutes(app, deps);
  networkRoutes(app, deps);
  planRoutes(app, deps);
  meetingRoutes(app, deps);
  myWorkRoutes(app, deps);
  concernRoutes(app, deps);
  timelineRoutes(app, deps);
  processRoutes(app, deps);
  summaryRoutes(app, deps);
  purchaserRoutes(app, deps);
  referralRoutes(app, deps);
  referralOutRoutes(app, deps);
  teamRoutes(app, deps);
  figureRoutes(app, deps);
  groupRoutes(app, deps);
  resourceRoutes(app, deps);
  statedAccessRoutes(app, deps);
  adminRoutes(app, deps);
  await registerWebApp(app, deps.config.webDist);
  return app;
}
