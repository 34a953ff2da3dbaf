import { zErrorBody, zLoginRequest, zPasswordChange, zSessionState } from '@verkosto/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../config';
import type { Db } from '../db/client';
import { ApiError } from '../http/errors';
import { listDemoAccounts } from '../seed/demo-accounts';
import { changeOwnPassword } from './password-change';
import { CSRF_COOKIE, cookieOptions, ensureCsrfCookie, SESSION_COOKIE } from './plugin';
import { signIn, signOut } from './service';

export function sessionRoutes(app: FastifyInstance, deps: { db: Db; config: Config }) {
  const { db, config } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ways = { password: config.passwordSignIn, oidc: config.oidc !== null };

  async function state(request: FastifyRequest, reply: FastifyReply) {
    const signedIn = request.signedIn;
    return {
      user: signedIn?.user ?? null,
      csrfToken: signedIn
        ? signedIn.csrfToken
        : ensureCsrfCookie(config, reply, request.cookies[CSRF_COOKIE]),
      demo: config.demoMode && !signedIn && ways.password ? await listDemoAccounts(db) : null,
      demoMode: config.demoMode,
      signIn: ways,
    };
  }

  r.get(
    '/api/session',
    {
      schema: {
        tags: ['session'],
        summary: 'Who is signed in, and the CSRF token',
        response: { 200: zSessionState },
      },
    },
    (request, reply) => state(request, reply),
  );

  r.post(
    '/api/session',
    {
      config: { rateLimit: { max: config.login.ratePerMinute, timeWindow: 60_000 } },
      schema: {
        tags: ['session'],
        summary: 'Sign in',
        body: zLoginRequest,
        response: { 200: zSessionState, 401: zErrorBody, 423: zErrorBody, 429: zErrorBody },
      },
    },
    async (request, reply) => {
      const { token, signedIn } = await signIn({ db, config, ...request.body });
      reply.setCookie(SESSION_COOKIE, token, cookieOptions(config));
      reply.clearCookie(CSRF_COOKIE, cookieOptions(config));
      return {
        user: signedIn.user,
        csrfToken: signedIn.csrfToken,
        demo: null,
        demoMode: config.demoMode,
        signIn: ways,
      };
    },
  );

  r.post(
    '/api/session/password',
    {
      config: { rateLimit: { max: config.login.ratePerMinute, timeWindow: 60_000 } },
      schema: {
        tags: ['session'],
        summary: 'Change one’s own password, the one-time password too',
        body: zPasswordChange,
        response: { 200: zSessionState, 400: zErrorBody, 401: zErrorBody, 403: zErrorBody, 429: zErrorBody },
      },
    },
    async (request, reply) => {
      const signedIn = request.signedIn;
      if (!signedIn) throw new ApiError('unauthenticated');
      await changeOwnPassword({ db, config, signedIn, input: request.body });
      request.signedIn = { ...signedIn, user: { ...signedIn.user, mustChangePassword: false } };
      return state(request, reply);
    },
  );

  r.delete(
    '/api/session',
    { schema: { tags: ['session'], summary: 'Sign out', response: { 204: z.null() } } },
    async (request, reply) => {
      if (request.signedIn) await signOut({ db, tokenHash: request.signedIn.tokenHash });
      reply.clearCookie(SESSION_COOKIE, cookieOptions(config));
      return reply.code(204).send(null);
    },
  );
}
