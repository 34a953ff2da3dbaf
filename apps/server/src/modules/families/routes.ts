import { zErrorBody, zFamilyDetail, zFamilyInput, zFamilyUpdate, zIdParams } from '@verkosto/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps';
import { contextOf } from '../../http/context';
import * as service from './service';

const errors = { 400: zErrorBody, 401: zErrorBody, 404: zErrorBody };

export function familyRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['families'];

  r.post(
    '/api/families',
    {
      schema: {
        tags,
        summary: 'Register a family with its members',
        body: zFamilyInput,
        response: { 201: zFamilyDetail, ...errors },
      },
    },
    async (request, reply) => {
      const family = await service.createFamily({ deps, ctx: contextOf(request), input: request.body });
      return reply.code(201).send(family);
    },
  );

  r.get(
    '/api/families/:id',
    {
      schema: {
        tags,
        summary: 'A family, its members and the cases the actor may see',
        params: zIdParams,
        response: { 200: zFamilyDetail, ...errors },
      },
    },
    (request) => service.getFamily({ deps, ctx: contextOf(request), input: { familyId: request.params.id } }),
  );

  r.put(
    '/api/families/:id',
    {
      schema: {
        tags,
        summary: 'Change a family over the version the editor saw (409 if someone saved first)',
        params: zIdParams,
        body: zFamilyUpdate,
        response: { 200: zFamilyDetail, ...errors, 409: zErrorBody },
      },
    },
    (request) =>
      service.updateFamily({
        deps,
        ctx: contextOf(request),
        input: { familyId: request.params.id, ...request.body },
      }),
  );
}
