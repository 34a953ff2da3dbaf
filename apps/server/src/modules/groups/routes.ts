import {
  zAttendanceInput,
  zErrorBody,
  zGroupDetail,
  zGroupInput,
  zGroupList,
  zGroupParticipantInput,
  zGroupSessionInput,
  zIdParams,
} from '@verkosto/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps';
import { contextOf } from '../../http/context';
import * as service from './service';

const errors = { 400: zErrorBody, 401: zErrorBody, 404: zErrorBody, 409: zErrorBody };

export function groupRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['groups'];

  r.get(
    '/api/units/:id/groups',
    {
      schema: {
        tags,
        summary: "A unit's group activities",
        params: zIdParams,
        response: { 200: zGroupList, ...errors },
      },
    },
    (request) => service.unitGroups({ deps, ctx: contextOf(request), input: { unitId: request.params.id } }),
  );

  r.post(
    '/api/units/:id/groups',
    {
      schema: {
        tags,
        summary: 'Start a group activity in the unit',
        params: zIdParams,
        body: zGroupInput,
        response: { 201: zGroupDetail, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await service.createGroup({
          deps,
          ctx: contextOf(request),
          input: { unitId: request.params.id, ...request.body },
        }),
      ),
  );

  r.get(
    '/api/groups/:id',
    {
      schema: {
        tags,
        summary: 'A group: participants, sessions and attendance',
        params: zIdParams,
        response: { 200: zGroupDetail, ...errors },
      },
    },
    (request) => service.getGroup({ deps, ctx: contextOf(request), input: { groupId: request.params.id } }),
  );

  r.post(
    '/api/groups/:id/participants',
    {
      schema: {
        tags,
        summary: 'Register a person as a participant',
        params: zIdParams,
        body: zGroupParticipantInput,
        response: { 200: zGroupDetail, ...errors },
      },
    },
    (request) =>
      service.addParticipant({
        deps,
        ctx: contextOf(request),
        input: { groupId: request.params.id, personId: request.body.personId },
      }),
  );

  r.post(
    '/api/groups/:id/sessions',
    {
      schema: {
        tags,
        summary: 'Add a session',
        params: zIdParams,
        body: zGroupSessionInput,
        response: { 200: zGroupDetail, ...errors },
      },
    },
    (request) =>
      service.addSession({
        deps,
        ctx: contextOf(request),
        input: { groupId: request.params.id, ...request.body },
      }),
  );

  r.put(
    '/api/group-sessions/:id/attendance',
    {
      schema: {
        tags,
        summary: 'Record who came: registered participants, and a count of the unregistered',
        params: zIdParams,
        body: zAttendanceInput,
        response: { 200: zGroupDetail, ...errors },
      },
    },
    (request) =>
      service.recordAttendance({
        deps,
        ctx: contextOf(request),
        input: { sessionId: request.params.id, ...request.body },
      }),
  );
}
