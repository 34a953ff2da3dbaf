import {
  zErrorBody,
  zIdParams,
  zLifeEvent,
  zLifeEventInput,
  zLifeEventUpdate,
  zTimeline,
} from '@verkosto/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../deps';
import { contextOf } from '../../http/context';
import * as service from './service';

const errors = { 400: zErrorBody, 401: zErrorBody, 404: zErrorBody, 409: zErrorBody };

export function timelineRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['timeline'];

  r.get(
    '/api/cases/:id/timeline',
    {
      schema: {
        tags,
        summary: "The family's life events in time order",
        params: zIdParams,
        response: { 200: zTimeline, ...errors },
      },
    },
    (request) => service.getTimeline({ deps, ctx: contextOf(request), input: { caseId: request.params.id } }),
  );

  r.post(
    '/api/cases/:id/timeline/events',
    {
      schema: {
        tags,
        summary: 'Add a life event, as exactly as the family remembers it',
        params: zIdParams,
        body: zLifeEventInput,
        response: { 201: zLifeEvent, ...errors },
      },
    },
    async (request, reply) => {
      const event = await service.addEvent({
        deps,
        ctx: contextOf(request),
        input: { caseId: request.params.id, event: request.body },
      });
      return reply.code(201).send(event);
    },
  );

  r.put(
    '/api/timeline-events/:id',
    {
      schema: {
        tags,
        summary: 'Change a life event over the version seen (409 when stale)',
        params: zIdParams,
        body: zLifeEventUpdate,
        response: { 200: zLifeEvent, ...errors },
      },
    },
    (request) =>
      service.updateEvent({
        deps,
        ctx: contextOf(request),
        input: { eventId: request.params.id, ...request.body },
      }),
  );

  r.post(
    '/api/timeline-events/:id/remove',
    {
      schema: {
        tags,
        summary: 'Take a life event off the timeline (kept in the record)',
        params: zIdParams,
        response: { 200: z.object({ removed: z.literal(true) }), ...errors },
      },
    },
    (request) =>
      service.removeEvent({ deps, ctx: contextOf(request), input: { eventId: request.params.id } }),
  );
}
