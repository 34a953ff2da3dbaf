import { zAccessLogQuery, zErrorBody, zIdParams, zPersonAccessLog } from '@verkosto/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../deps';
import { contextOf } from '../../http/context';
import { toCsv } from './presenter';
import { personAccessLog } from './service';

const errors = { 400: zErrorBody, 401: zErrorBody, 404: zErrorBody };

export function accessLogRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['access log'];

  r.get(
    '/api/persons/:id/access-log',
    {
      schema: {
        tags,
        summary: "Who used the person's data, when and on what basis (reading it is logged too)",
        params: zIdParams,
        querystring: zAccessLogQuery,
        response: { 200: zPersonAccessLog, ...errors },
      },
    },
    (request) =>
      personAccessLog({
        deps,
        ctx: contextOf(request),
        input: { personId: request.params.id, format: 'json', ...request.query },
      }),
  );

  r.get(
    '/api/persons/:id/access-log.csv',
    {
      schema: {
        tags,
        summary: "The person's access log as CSV, with workers' names (admins only)",
        params: zIdParams,
        querystring: zAccessLogQuery,
        response: { 200: z.string(), ...errors },
      },
    },
    async (request, reply) => {
      const log = await personAccessLog({
        deps,
        ctx: contextOf(request),
        input: { personId: request.params.id, format: 'csv', ...request.query },
      });
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="access-log-${log.from}-${log.to}.csv"`)
        .send(toCsv(log.entries));
    },
  );
}
