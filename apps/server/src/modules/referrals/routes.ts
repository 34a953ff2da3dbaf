import {
  zErrorBody,
  zIdParams,
  zReferralAccept,
  zReferralDecline,
  zReferralInput,
  zReferralMatches,
  zReferralRedirect,
  zReferralTargets,
  zReferralView,
  zSentReferral,
  zSentReferrals,
  zUnitReferrals,
} from '@verkosto/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps';
import { contextOf } from '../../http/context';
import * as service from './service';

const errors = { 400: zErrorBody, 401: zErrorBody, 404: zErrorBody, 409: zErrorBody };

export function referralRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['referrals'];

  r.get(
    '/api/referral-targets',
    {
      schema: {
        tags,
        summary: 'Units a referral can be sent to',
        response: { 200: zReferralTargets, 401: zErrorBody },
      },
    },
    (request) => service.referralTargets({ deps, ctx: contextOf(request), input: undefined }),
  );

  r.post(
    '/api/referrals',
    {
      schema: {
        tags,
        summary: 'Send a referral to a unit',
        body: zReferralInput,
        response: { 201: zSentReferral, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await service.sendReferral({ deps, ctx: contextOf(request), input: request.body })),
  );

  r.get(
    '/api/referrals/sent',
    {
      schema: {
        tags,
        summary: "The actor's own referrals: status, place in the queue, expected wait",
        response: { 200: zSentReferrals, 401: zErrorBody },
      },
    },
    (request) => service.sentReferrals({ deps, ctx: contextOf(request), input: undefined }),
  );

  r.get(
    '/api/units/:id/referrals',
    {
      schema: {
        tags,
        summary: "A unit's referrals to triage and its waiting list",
        params: zIdParams,
        response: { 200: zUnitReferrals, ...errors },
      },
    },
    (request) =>
      service.unitReferrals({ deps, ctx: contextOf(request), input: { unitId: request.params.id } }),
  );

  r.get(
    '/api/referrals/:id',
    {
      schema: {
        tags,
        summary: 'A referral to triage',
        params: zIdParams,
        response: { 200: zReferralView, ...errors },
      },
    },
    (request) => service.getReferral({ deps, ctx: contextOf(request), input: { id: request.params.id } }),
  );

  r.get(
    '/api/referrals/:id/matches',
    {
      schema: {
        tags,
        summary: 'The duplicate check: registered persons the referral may be about, and their open services',
        params: zIdParams,
        response: { 200: zReferralMatches, ...errors },
      },
    },
    (request) => service.referralMatches({ deps, ctx: contextOf(request), input: { id: request.params.id } }),
  );

  r.post(
    '/api/referrals/:id/accept',
    {
      schema: {
        tags,
        summary: 'Accept into the waiting list: a case in its referral phase, dated on the referral',
        params: zIdParams,
        body: zReferralAccept,
        response: { 200: zReferralView, ...errors },
      },
    },
    (request) =>
      service.acceptReferral({
        deps,
        ctx: contextOf(request),
        input: { id: request.params.id, ...request.body },
      }),
  );

  r.post(
    '/api/referrals/:id/redirect',
    {
      schema: {
        tags,
        summary: 'Redirect to another unit or service, with a message to the sender',
        params: zIdParams,
        body: zReferralRedirect,
        response: { 200: zReferralView, ...errors },
      },
    },
    (request) =>
      service.redirectReferral({
        deps,
        ctx: contextOf(request),
        input: { id: request.params.id, ...request.body },
      }),
  );

  r.post(
    '/api/referrals/:id/decline',
    {
      schema: {
        tags,
        summary: 'Decline, with the reason the sender sees',
        params: zIdParams,
        body: zReferralDecline,
        response: { 200: zReferralView, ...errors },
      },
    },
    (request) =>
      service.declineReferral({
        deps,
        ctx: contextOf(request),
        input: { id: request.params.id, ...request.body },
      }),
  );
}
