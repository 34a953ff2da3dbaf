import { zErrorBody, zMyWork } from '@verkosto/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps';
import { contextOf } from '../../http/context';
import { myWork } from './service';

export function myWorkRoutes(app: FastifyInstance, deps: AppDeps) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/my-work',
    {
      schema: {
        tags: ['my work'],
        summary: "The worker's upcoming meetings, overdue plan actions and plans due for re-evaluation",
        response: { 200: zMyWork, 401: zErrorBody },
      },
    },
    (request) => myWork({ deps, ctx: contextOf(request) }),
  );
}
