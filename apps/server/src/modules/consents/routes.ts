import { zConsent, zConsentInput, zConsentPanel, zErrorBody, zIdParams } from '@verkosto/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps';
import { contextOf } from '../../http/context';
import * as service from './service';

const errors = { 400: zErrorBody, 401: zErrorBody, 404: zErrorBody };

export function consentRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['consents'];

  r.get(
    '/api/cases/:id/consents',
    {
      schema: {
        tags,
        summary: "The case's consents with their status, and whom the consent form may name",
        params: zIdParams,
        response: { 200: zConsentPanel, ...errors },
      },
    },
    (request) =>
      service.consentPanel({ deps, ctx: contextOf(request), input: { caseId: request.params.id } }),
  );

  r.post(
    '/api/cases/:id/consents',
    {
      schema: {
        tags,
        summary: "Record a consent given by the client or a guardian (the case's own workers)",
        params: zIdParams,
        body: zConsentInput,
        response: { 201: zConsent, ...errors },
      },
    },
    async (request, reply) => {
      const consent = await service.recordConsent({
        deps,
        ctx: contextOf(request),
        input: { caseId: request.params.id, ...request.body },
      });
      return reply.code(201).send(consent);
    },
  );

  r.post(
    '/api/consents/:id/withdraw',
    {
      schema: {
        tags,
        summary: 'Withdraw a consent: it stops opening anything at once',
        params: zIdParams,
        response: { 200: zConsent, ...errors },
      },
    },
    (request) =>
      service.withdrawConsent({ deps, ctx: contextOf(request), input: { consentId: request.params.id } }),
  );
}
