import {
  zCaseDetail,
  zCaseFormOptions,
  zCaseInput,
  zCaseList,
  zCloseCase,
  zErrorBody,
  zIdParams,
  zReassignCase,
} from '@verkosto/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps';
import { contextOf } from '../../http/context';
import * as service from './service';

const errors = { 400: zErrorBody, 401: zErrorBody, 404: zErrorBody };

export function caseRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['cases'];

  r.get(
    '/api/cases/mine',
    {
      schema: {
        tags,
        summary: "The actor's cases and their units' open cases",
        response: { 200: zCaseList, 401: zErrorBody },
      },
    },
    (request) => service.myCases({ deps, ctx: contextOf(request), input: undefined }),
  );

  r.get(
    '/api/cases/without-active-worker',
    {
      schema: {
        tags,
        summary: "Open cases of the team lead's units whose responsible worker is deactivated",
        response: { 200: zCaseList, 401: zErrorBody, 404: zErrorBody },
      },
    },
    (request) => service.casesWithoutActiveWorker({ deps, ctx: contextOf(request), input: undefined }),
  );

  r.get(
    '/api/cases/form-options',
    {
      schema: {
        tags,
        summary: 'Units, workers and purchasers for the case form',
        response: { 200: zCaseFormOptions, 401: zErrorBody },
      },
    },
    (request) => service.caseFormOptions({ deps, ctx: contextOf(request), input: undefined }),
  );

  r.post(
    '/api/cases',
    {
      schema: {
        tags,
        summary: 'Open a case in one of the actor’s units',
        body: zCaseInput,
        response: { 201: zCaseDetail, ...errors },
      },
    },
    async (request, reply) => {
      const opened = await service.openCase({ deps, ctx: contextOf(request), input: request.body });
      return reply.code(201).send(opened);
    },
  );

  r.get(
    '/api/cases/:id',
    {
      schema: {
        tags,
        summary: 'A case header',
        params: zIdParams,
        response: { 200: zCaseDetail, ...errors },
      },
    },
    (request) => service.getCase({ deps, ctx: contextOf(request), input: { caseId: request.params.id } }),
  );

  r.post(
    '/api/cases/:id/close',
    {
      schema: {
        tags,
        summary: 'Close a case with a reason (409 if someone saved first)',
        params: zIdParams,
        body: zCloseCase,
        response: { 200: zCaseDetail, ...errors, 409: zErrorBody },
      },
    },
    (request) =>
      service.closeCase({
        deps,
        ctx: contextOf(request),
        input: { caseId: request.params.id, ...request.body },
      }),
  );

  r.post(
    '/api/cases/:id/reassign',
    {
      schema: {
        tags,
        summary:
          'A team lead moves the case to another worker or pair of the unit (409 if someone saved first)',
        params: zIdParams,
        body: zReassignCase,
        response: { 200: zCaseDetail, ...errors, 409: zErrorBody },
      },
    },
    (request) =>
      service.reassignCase({
        deps,
        ctx: contextOf(request),
        input: { caseId: request.params.id, ...request.body },
      }),
  );
}
