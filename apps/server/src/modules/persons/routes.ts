import {
  zErrorBody,
  zIdParams,
  zPersonDetail,
  zPersonInput,
  zPersonSearch,
  zPersonSearchResult,
  zPersonUpdate,
  zRevealRequest,
  zRevealResult,
} from '@verkosto/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps';
import { contextOf } from '../../http/context';
import * as service from './service';

const errors = { 400: zErrorBody, 401: zErrorBody, 404: zErrorBody };

export function personRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['persons'];

  r.post(
    '/api/persons/search',
    {
      schema: {
        tags,
        summary: 'Find persons by name prefix, date of birth or exact identity code (logged)',
        body: zPersonSearch,
        response: { 200: zPersonSearchResult, ...errors },
      },
    },
    (request) => service.searchPersons({ deps, ctx: contextOf(request), input: request.body }),
  );

  r.post(
    '/api/persons',
    {
      schema: {
        tags,
        summary: 'Register a person',
        body: zPersonInput,
        response: { 201: zPersonDetail, ...errors, 409: zErrorBody },
      },
    },
    async (request, reply) => {
      const person = await service.createPerson({ deps, ctx: contextOf(request), input: request.body });
      return reply.code(201).send(person);
    },
  );

  r.get(
    '/api/persons/:id',
    {
      schema: {
        tags,
        summary: 'A person, with families and the cases the actor may see',
        params: zIdParams,
        response: { 200: zPersonDetail, ...errors },
      },
    },
    (request) => service.getPerson({ deps, ctx: contextOf(request), input: { personId: request.params.id } }),
  );

  r.put(
    '/api/persons/:id',
    {
      schema: {
        tags,
        summary: 'Change a person over the version the editor saw (409 if someone saved first)',
        params: zIdParams,
        body: zPersonUpdate,
        response: { 200: zPersonDetail, ...errors, 409: zErrorBody },
      },
    },
    (request) =>
      service.updatePerson({
        deps,
        ctx: contextOf(request),
        input: { personId: request.params.id, ...request.body },
      }),
  );

  r.post(
    '/api/persons/:id/reveal',
    {
      schema: {
        tags,
        summary: 'Show the identity code or a protected address (logged)',
        params: zIdParams,
        body: zRevealRequest,
        response: { 200: zRevealResult, ...errors },
      },
    },
    (request) =>
      service.revealPerson({
        deps,
        ctx: contextOf(request),
        input: { personId: request.params.id, ...request.body },
      }),
  );
}
