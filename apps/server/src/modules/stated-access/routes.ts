import {
  zErrorBody,
  zIdParams,
  zStatedAccess,
  zStatedAccessForReview,
  zStatedAccessReview,
  zStatedAccessReviewList,
  zStateLegalBasis,
} from '@verkosto/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps';
import { contextOf } from '../../http/context';
import * as service from './service';

const errors = { 400: zErrorBody, 401: zErrorBody, 404: zErrorBody, 409: zErrorBody };

export function statedAccessRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['stated legal bases'];

  r.post(
    '/api/cases/:id/stated-access',
    {
      schema: {
        tags,
        summary:
          'State a legal basis to read a case of a client the actor works with; opens it to them, to read, for 12 hours',
        params: zIdParams,
        body: zStateLegalBasis,
        response: { 201: zStatedAccess, ...errors },
      },
    },
    async (request, reply) => {
      const stated = await service.stateLegalBasis({
        deps,
        ctx: contextOf(request),
        input: { caseId: request.params.id, ...request.body },
      });
      return reply.code(201).send(stated);
    },
  );

  r.get(
    '/api/stated-accesses/review',
    {
      schema: {
        tags,
        summary: "Legal bases stated in the team lead's units, unreviewed first",
        response: { 200: zStatedAccessReviewList, 401: zErrorBody, 404: zErrorBody },
      },
    },
    (request) => service.statementsForReview({ deps, ctx: contextOf(request), input: undefined }),
  );

  r.post(
    '/api/stated-accesses/:id/review',
    {
      schema: {
        tags,
        summary: 'Review a stated legal basis (once; a second review answers 409)',
        params: zIdParams,
        body: zStatedAccessReview,
        response: { 200: zStatedAccessForReview, ...errors },
      },
    },
    (request) =>
      service.reviewStatement({
        deps,
        ctx: contextOf(request),
        input: { statedAccessId: request.params.id, ...request.body },
      }),
  );
}
