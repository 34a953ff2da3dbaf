import type {} from '@fastify/cookie';
import type { FastifyRequest } from 'fastify';
import type { RequestContext } from '../access/door';
import type { SignedIn } from '../auth/service';
import { ApiError } from './errors';

declare module 'fastify' {
  interface FastifyRequest {
    signedIn: SignedIn | null;
  }
}

/** The actor of a signed-in request; anything else is answered 401. */
export function contextOf(request: FastifyRequest): RequestContext {
  if (!request.signedIn) throw new ApiError('unauthenticated');
  return { actor: request.signedIn.actor, requestId: String(request.id) };
}
