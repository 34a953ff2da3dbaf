import {
  zDirectoryService,
  zDirectoryServiceInput,
  zDirectoryServiceRetire,
  zDirectoryServiceUpdate,
  zErrorBody,
  zGuidance,
  zGuidanceInput,
  zIdParams,
  zResourcesInput,
  zResourcesPanel,
  zServiceDirectory,
} from '@verkosto/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../deps';
import { contextOf } from '../../http/context';
import * as directory from './directory-service';
import * as service from './service';

const errors = { 400: zErrorBody, 401: zErrorBody, 404: zErrorBody, 409: zErrorBody };

export function resourceRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['resources and risks'];

  r.get(
    '/api/cases/:id/resources',
    {
      schema: {
        tags,
        summary: "The family's strengths, the risks named, suggested services and the guidance given",
        params: zIdParams,
        response: { 200: zResourcesPanel, ...errors },
      },
    },
    (request) =>
      service.getResources({ deps, ctx: contextOf(request), input: { caseId: request.params.id } }),
  );

  r.put(
    '/api/cases/:id/resources',
    {
      schema: {
        tags,
        summary: 'Save strengths, risks and protective factors over the version seen (0 for the first)',
        params: zIdParams,
        body: zResourcesInput,
        response: { 200: zResourcesPanel, ...errors },
      },
    },
    (request) =>
      service.saveResources({
        deps,
        ctx: contextOf(request),
        input: { caseId: request.params.id, ...request.body },
      }),
  );

  r.post(
    '/api/cases/:id/guidance',
    {
      schema: {
        tags,
        summary: 'Record guidance of the family to a service of the directory',
        params: zIdParams,
        body: zGuidanceInput,
        response: { 201: zGuidance, ...errors },
      },
    },
    async (request, reply) => {
      const given = await service.recordGuidance({
        deps,
        ctx: contextOf(request),
        input: { caseId: request.params.id, ...request.body },
      });
      return reply.code(201).send(given);
    },
  );

  r.get(
    '/api/service-directory',
    {
      schema: {
        tags,
        summary: 'The services families can be guided to',
        response: { 200: zServiceDirectory, 401: zErrorBody },
      },
    },
    (request) => service.serviceDirectoryList({ deps, ctx: contextOf(request) }),
  );

  r.post(
    '/api/service-directory',
    {
      schema: {
        tags,
        summary: 'Add a service to the directory (admins)',
        body: zDirectoryServiceInput,
        response: { 201: zDirectoryService, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await directory.addService({ deps, ctx: contextOf(request), input: request.body })),
  );

  r.put(
    '/api/service-directory/:id',
    {
      schema: {
        tags,
        summary: 'Change a service of the directory over the version seen (admins)',
        params: zIdParams,
        body: zDirectoryServiceUpdate,
        response: { 200: zDirectoryService, ...errors },
      },
    },
    (request) =>
      directory.changeService({
        deps,
        ctx: contextOf(request),
        input: { id: request.params.id, ...request.body },
      }),
  );

  r.post(
    '/api/service-directory/:id/retire',
    {
      schema: {
        tags,
        summary: 'Retire a service no longer offered; guidance already given keeps it (admins)',
        params: zIdParams,
        body: zDirectoryServiceRetire,
        response: { 200: z.object({ retired: z.literal(true) }), ...errors },
      },
    },
    (request) =>
      directory.retireService({
        deps,
        ctx: contextOf(request),
        input: { id: request.params.id, ...request.body },
      }),
  );
}
