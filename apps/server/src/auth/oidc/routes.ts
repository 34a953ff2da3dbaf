import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import { CSRF_COOKIE, cookieOptions, SESSION_COOKIE } from '../plugin';
import { IdentityService } from './identity-service';
import { finishOidcSignIn, startOidcSignIn } from './sign-in';

/** Ties the callback to the browser that started the sign-in: a code sent to another browser opens nothing. */
const STATE_COOKIE = 'verkosto_oidc';
const PATH = '/api/auth/oidc';

const zRedirect = z.null().describe('A redirect (Location header)');

/** Sign-in through the county's identity service; the routes exist only when it is configured. */
export function oidcRoutes(app: FastifyInstance, deps: { db: Db; config: Config }) {
  const { db, config } = deps;
  const oidc = config.oidc;
  if (!oidc) return;
  const identity = new IdentityService(oidc);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const stateCookie = { ...cookieOptions(config), path: PATH, maxAge: 600 };
  const limit = { rateLimit: { max: config.login.ratePerMinute, timeWindow: 60_000 } };

  r.get(
    `${PATH}/start`,
    {
      config: limit,
      schema: {
        tags: ['session'],
        summary: 'Start signing in at the identity service',
        querystring: z.object({ returnTo: z.string().optional() }),
        response: { 302: zRedirect },
      },
    },
    async (request, reply) => {
      try {
        const { url, state } = await startOidcSignIn({ db, identity, returnTo: request.query.returnTo });
        reply.setCookie(STATE_COOKIE, state, stateCookie);
        return reply.redirect(url.href, 302);
      } catch (error) {
        request.log.warn(
          { err: error instanceof Error ? error.message : 'unknown' },
          'identity service unreachable',
        );
        return reply.redirect('/sign-in?error=oidc_failed', 302);
      }
    },
  );

  r.get(
    `${PATH}/callback`,
    {
      config: limit,
      schema: {
        tags: ['session'],
        summary: 'Where the identity service sends the browser back',
        querystring: z.record(z.string(), z.string()),
        response: { 302: zRedirect },
      },
    },
    async (request, reply) => {
      const query = new URLSearchParams(request.query);
      const browserState = request.cookies[STATE_COOKIE];
      reply.clearCookie(STATE_COOKIE, { ...cookieOptions(config), path: PATH });
      const result = await finishOidcSignIn({
        db,
        config,
        oidc,
        identity,
        query,
        browserState,
        requestId: String(request.id),
      });
      if (!result.ok) {
        request.log.warn({ reason: result.reason }, 'identity-service sign-in refused');
        return reply.redirect(`/sign-in?error=${result.reason}`, 302);
      }
      reply.setCookie(SESSION_COOKIE, result.token, cookieOptions(config));
      reply.clearCookie(CSRF_COOKIE, cookieOptions(config));
      return reply.redirect(result.returnTo, 302);
    },
  );
}
