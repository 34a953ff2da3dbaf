import {
  zConcernAssessment,
  zConcernInput,
  zConcernPanel,
  zErrorBody,
  zIdParams,
  zTeamConcerns,
  zUrgentRecordInput,
} from '@verkosto/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps';
import { contextOf } from '../../http/context';
import * as service from './service';

const errors = { 400: zErrorBody, 401: zErrorBody, 404: zErrorBody, 409: zErrorBody };

export function concernRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['zones of concern'];

  r.get(
    '/api/cases/:id/concerns',
    {
      schema: {
        tags,
        summary:
          "The case's concern ratings, each perspective apart, with due follow-ups and open zone-4 flags",
        params: zIdParams,
        response: { 200: zConcernPanel, ...errors },
      },
    },
    (request) =>
      service.concernPanel({ deps, ctx: contextOf(request), input: { caseId: request.params.id } }),
  );

  r.post(
    '/api/cases/:id/concerns',
    {
      schema: {
        tags,
        summary: 'Record a rating on the zones of concern (never changed afterwards; rate again instead)',
        params: zIdParams,
        body: zConcernInput,
        response: { 201: zConcernAssessment, ...errors },
      },
    },
    async (request, reply) => {
      const rated = await service.rateConcern({
        deps,
        ctx: contextOf(request),
        input: { caseId: request.params.id, ...request.body },
      });
      return reply.code(201).send(rated);
    },
  );

  r.put(
    '/api/concerns/:id/urgent',
    {
      schema: {
        tags,
        summary: 'Record what was done after a zone-4 rating: notification, emergency contact, outcome',
        params: zIdParams,
        body: zUrgentRecordInput,
        response: { 200: zConcernAssessment, ...errors },
      },
    },
    (request) =>
      service.recordUrgent({
        deps,
        ctx: contextOf(request),
        input: { assessmentId: request.params.id, ...request.body },
      }),
  );

  r.get(
    '/api/team/concerns',
    {
      schema: {
        tags,
        summary: "A team lead's units: follow-ups past due and zone-4 flags still open",
        response: { 200: zTeamConcerns, 401: zErrorBody, 404: zErrorBody },
      },
    },
    (request) => service.teamConcerns({ deps, ctx: contextOf(request), input: undefined }),
  );
}
