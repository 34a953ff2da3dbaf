import {
  zErrorBody,
  zGoalEvaluationInput,
  zGoalReview,
  zGoalReviews,
  zIdParams,
  zPlanOverview,
  zPlanSave,
  zPlanVersion,
  zVersionParams,
} from '@verkosto/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps';
import { contextOf } from '../../http/context';
import * as service from './service';

const errors = { 400: zErrorBody, 401: zErrorBody, 404: zErrorBody };

export function planRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['plan'];

  r.get(
    '/api/cases/:id/plan',
    {
      schema: {
        tags,
        summary: "The case's shared plan: the current version, every version, and whom it may name",
        params: zIdParams,
        response: { 200: zPlanOverview, ...errors },
      },
    },
    (request) => service.getPlan({ deps, ctx: contextOf(request), input: { caseId: request.params.id } }),
  );

  r.get(
    '/api/cases/:id/plan/versions/:versionNo',
    {
      schema: {
        tags,
        summary: 'One version of the plan as it was saved',
        params: zVersionParams,
        response: { 200: zPlanVersion, ...errors },
      },
    },
    (request) =>
      service.getVersion({
        deps,
        ctx: contextOf(request),
        input: { caseId: request.params.id, versionNo: request.params.versionNo },
      }),
  );

  r.post(
    '/api/cases/:id/plan',
    {
      schema: {
        tags,
        summary: 'Save a new version over the one the editor saw (409 if someone saved first)',
        params: zIdParams,
        body: zPlanSave,
        response: { 201: zPlanVersion, ...errors, 409: zErrorBody },
      },
    },
    async (request, reply) => {
      const version = await service.savePlan({
        deps,
        ctx: contextOf(request),
        input: { caseId: request.params.id, ...request.body },
      });
      return reply.code(201).send(version);
    },
  );

  r.post(
    '/api/cases/:id/plan/evaluations',
    {
      schema: {
        tags,
        summary: "Evaluate the current version's goals on the goal attainment scale (−2…+2)",
        params: zIdParams,
        body: zGoalEvaluationInput,
        response: { 201: zGoalReview, ...errors, 409: zErrorBody },
      },
    },
    async (request, reply) => {
      const review = await service.addEvaluation({
        deps,
        ctx: contextOf(request),
        input: { caseId: request.params.id, ...request.body },
      });
      return reply.code(201).send(review);
    },
  );

  r.get(
    '/api/cases/:id/plan/evaluations',
    {
      schema: {
        tags,
        summary: 'Every review of the goals, oldest first',
        params: zIdParams,
        response: { 200: zGoalReviews, ...errors },
      },
    },
    (request) =>
      service.listEvaluations({ deps, ctx: contextOf(request), input: { caseId: request.params.id } }),
  );
}
