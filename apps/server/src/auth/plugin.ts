import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Config } from '../config';
import type { Db } from '../db/client';
import { ApiError } from '../http/errors';
import { newToken, resolveSession } from './service';

export const SESSION_COOKIE = 'verkosto_session';
export const CSRF_COOKIE = 'verkosto_csrf';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const isSignIn = (method: string, url: string) => method === 'POST' && url.split('?')[0] === '/api/session';

/** What a user who must first change a one-time password may still do: see, leave, or change it. */
function allowedBeforePasswordChange(method: string, url: string): boolean {
  const path = url.split('?')[0];
  if (path === '/api/session') return method === 'GET' || method === 'DELETE';
  return path === '/api/session/password' && method === 'POST';
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function cookieOptions(config: Config) {
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: config.secureCookies };
}

/** A token for forms sent before sign-in (double-submit: the cookie and the header must agree). */
export function ensureCsrfCookie(config: Config, reply: FastifyReply, existing: string | undefined): string {
  if (existing) return existing;
  const token = newToken();
  reply.setCookie(CSRF_COOKIE, token, cookieOptions(config));
  return token;
}

/**
 * Resolves the session of every API request, and refuses state-changing requests whose
 * x-csrf-token header does not match the session's token (or, signed out, the CSRF cookie).
 */
export function registerAuth(app: FastifyInstance, deps: { db: Db; config: Config }) {
  app.decorateRequest('signedIn', null);
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    request.signedIn = token ? await resolveSession({ db: deps.db, config: deps.config, token }) : null;
    if (token && !request.signedIn) reply.clearCookie(SESSION_COOKIE, cookieOptions(deps.config));
    if (
      request.signedIn?.user.mustChangePassword &&
      !allowedBeforePasswordChange(request.method, request.url)
    )
      throw new ApiError('password_change_required');
    if (SAFE_METHODS.has(request.method)) return;
    // An expired session asked to change something: say so (401), rather than blame the CSRF token.
    if (token && !request.signedIn && !isSignIn(request.method, request.url))
      throw new ApiError('unauthenticated');
    const header = request.headers['x-csrf-token'];
    const expected = request.signedIn ? request.signedIn.csrfToken : request.cookies[CSRF_COOKIE];
    if (typeof header !== 'string' || !expected || !same(header, expected)) throw new ApiError('csrf_failed');
  });
}
