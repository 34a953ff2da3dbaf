import { zErrorBody, zFigures, zFiguresQuery } from '@verkosto/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../deps';
import { contextOf } from '../../http/context';
import * as service from './service';

const errors = { 400: zErrorBody, 401: zErrorBody, 404: zErrorBody };

export function figureRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['figures'];

  r.get(
    '/api/figures',
    {
      schema: {
        tags,
        summary: "The team lead's figures for their units: queue, waits, caseloads, shared clients, outcomes",
        querystring: zFiguresQuery,
        response: { 200: zFigures, ...errors },
      },
    },
    (request) => service.figures({ deps, ctx: contextOf(request), input: request.query }),
  );

  r.get(
    '/api/figures.csv',
    {
      schema: {
        tags,
        summary: 'The same figures as CSV',
        querystring: zFiguresQuery,
        response: { 200: z.string(), ...errors },
      },
    },
    async (request, reply) => {
      const f = await service.figures({ deps, ctx: contextOf(request), input: request.query });
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="figures-${f.from}-${f.to}.csv"`)
        .send(`\uFEFF${service.figuresCsv(f)}`);
    },
  );
}
