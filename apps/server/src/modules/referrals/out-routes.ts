import {
  zErrorBody,
  zIdParams,
  zReferralOut,
  zReferralOutInput,
  zReferralOutStatusInput,
  zReferralsOut,
} from '@verkosto/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps';
import { contextOf } from '../../http/context';
import * as out from './out';

const errors = { 400: zErrorBody, 401: zErrorBody, 404: zErrorBody, 409: zErrorBody };

export function referralOutRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['referrals'];

  r.get(
    '/api/cases/:id/referrals-out',
    {
      schema: {
        tags,
        summary: "The case's referrals out and where each stands",
        params: zIdParams,
        response: { 200: zReferralsOut, ...errors },
      },
    },
    (request) =>
      out.referralsOutOfCase({ deps, ctx: contextOf(request), input: { caseId: request.params.id } }),
  );

  r.post(
    '/api/cases/:id/referrals-out',
    {
      schema: {
        tags,
        summary: 'Refer the client to a directory service or another Verkosto unit',
        params: zIdParams,
        body: zReferralOutInput,
        response: { 201: zReferralOut, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await out.sendReferralOut({
          deps,
          ctx: contextOf(request),
          input: { caseId: request.params.id, ...request.body },
        }),
      ),
  );

  r.post(
    '/api/referrals-out/:id/status',
    {
      schema: {
        tags,
        summary: 'Record the next step of a referral to a service outside Verkosto',
        params: zIdParams,
        body: zReferralOutStatusInput,
        response: { 200: zReferralOut, ...errors },
      },
    },
    (request) =>
      out.setReferralOutStatus({
        deps,
        ctx: contextOf(request),
        input: { id: request.params.id, ...request.body },
      }),
  );
}
