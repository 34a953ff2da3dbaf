import {
  zErrorBody,
  zIdParams,
  zNetwork,
  zNetworkMember,
  zNetworkMemberInput,
  zNetworkMemberUpdate,
  zNetworkSnapshot,
  zSnapshotInput,
} from '@verkosto/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../deps';
import { contextOf } from '../../http/context';
import * as service from './service';

const errors = { 400: zErrorBody, 401: zErrorBody, 404: zErrorBody };

export function networkRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['network'];

  r.get(
    '/api/cases/:id/network',
    {
      schema: {
        tags,
        summary: "The client's network on a case, with its saved snapshots",
        params: zIdParams,
        response: { 200: zNetwork, ...errors },
      },
    },
    (request) => service.getNetwork({ deps, ctx: contextOf(request), input: { caseId: request.params.id } }),
  );

  r.post(
    '/api/cases/:id/network/members',
    {
      schema: {
        tags,
        summary: 'Add a member to the network',
        params: zIdParams,
        body: zNetworkMemberInput,
        response: { 201: zNetworkMember, ...errors },
      },
    },
    async (request, reply) => {
      const member = await service.addMember({
        deps,
        ctx: contextOf(request),
        input: { caseId: request.params.id, member: request.body },
      });
      return reply.code(201).send(member);
    },
  );

  r.put(
    '/api/network-members/:id',
    {
      schema: {
        tags,
        summary: 'Change a member over the version the editor saw (409 if someone saved first)',
        params: zIdParams,
        body: zNetworkMemberUpdate,
        response: { 200: zNetworkMember, ...errors, 409: zErrorBody },
      },
    },
    (request) =>
      service.updateMember({
        deps,
        ctx: contextOf(request),
        input: { memberId: request.params.id, ...request.body },
      }),
  );

  r.post(
    '/api/network-members/:id/remove',
    {
      schema: {
        tags,
        summary: 'Take a member off the network (kept in earlier snapshots)',
        params: zIdParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await service.removeMember({ deps, ctx: contextOf(request), input: { memberId: request.params.id } });
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/api/cases/:id/network/snapshots',
    {
      schema: {
        tags,
        summary: 'Save the network map as it is now',
        params: zIdParams,
        body: zSnapshotInput,
        response: { 201: zNetworkSnapshot, ...errors },
      },
    },
    async (request, reply) => {
      const snapshot = await service.takeSnapshot({
        deps,
        ctx: contextOf(request),
        input: { caseId: request.params.id, note: request.body.note },
      });
      return reply.code(201).send(snapshot);
    },
  );

  r.get(
    '/api/network-snapshots/:id',
    {
      schema: {
        tags,
        summary: 'A saved network map',
        params: zIdParams,
        response: { 200: zNetworkSnapshot, ...errors },
      },
    },
    (request) =>
      service.getSnapshot({ deps, ctx: contextOf(request), input: { snapshotId: request.params.id } }),
  );
}
