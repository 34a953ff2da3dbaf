import {
  zErrorBody,
  zIdParams,
  zPhaseChangeInput,
  zProcessView,
  zReviewDecisionInput,
  zServiceType,
  zTemplateList,
  zTemplateSave,
  zTemplateView,
} from '@verkosto/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../deps';
import { contextOf } from '../../http/context';
import * as service from './service';
import * as templates from './template-service';

const errors = { 400: zErrorBody, 401: zErrorBody, 404: zErrorBody, 409: zErrorBody };

export function processRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['process'];

  r.get(
    '/api/cases/:id/process',
    {
      schema: {
        tags,
        summary: "The case's phases, statutory clocks and what is due next",
        params: zIdParams,
        response: { 200: zProcessView, ...errors },
      },
    },
    (request) => service.getProcess({ deps, ctx: contextOf(request), input: { caseId: request.params.id } }),
  );

  r.post(
    '/api/cases/:id/phase',
    {
      schema: {
        tags,
        summary: 'Move the case to the next phase of its template, with a reason',
        params: zIdParams,
        body: zPhaseChangeInput,
        response: { 200: zProcessView, ...errors },
      },
    },
    (request) =>
      service.changePhase({
        deps,
        ctx: contextOf(request),
        input: { caseId: request.params.id, ...request.body },
      }),
  );

  r.post(
    '/api/cases/:id/review-decision',
    {
      schema: {
        tags,
        summary: 'Record the network review decision: continue, close or guide elsewhere',
        params: zIdParams,
        body: zReviewDecisionInput,
        response: { 200: zProcessView, ...errors },
      },
    },
    (request) =>
      service.recordReviewDecision({
        deps,
        ctx: contextOf(request),
        input: { caseId: request.params.id, ...request.body },
      }),
  );

  r.get(
    '/api/process-templates',
    {
      schema: {
        tags,
        summary: "Each service type's current process template",
        response: { 200: zTemplateList, 401: zErrorBody },
      },
    },
    (request) => templates.currentTemplates({ deps, ctx: contextOf(request), input: undefined }),
  );

  r.put(
    '/api/process-templates/:serviceType',
    {
      schema: {
        tags,
        summary: 'Save a new version of a template (admins; cases keep the version they started with)',
        params: z.object({ serviceType: zServiceType }),
        body: zTemplateSave,
        response: { 200: zTemplateView, ...errors },
      },
    },
    (request) =>
      templates.saveTemplate({
        deps,
        ctx: contextOf(request),
        input: { serviceType: request.params.serviceType, ...request.body },
      }),
  );
}
