import { zErrorBody, zPurchasedCases, zPurchaserQuery } from '@verkosto/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps';
import { contextOf } from '../../http/context';
import * as service from './service';

export function purchaserRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/purchaser/cases',
    {
      schema: {
        tags: ['purchaser'],
        summary: 'Purchased cases: meetings delivered in the period, summaries shared under consent',
        querystring: zPurchaserQuery,
        response: { 200: zPurchasedCases, 400: zErrorBody, 401: zErrorBody, 404: zErrorBody },
      },
    },
    (request) => service.purchasedCases({ deps, ctx: contextOf(request), input: request.query }),
  );
}
