import {
  zAgendaItem,
  zAgendaItemInput,
  zCaseTeamDecisions,
  zErrorBody,
  zIdParams,
  zItemRecordInput,
  zPlanTeamMeetings,
  zSignMinutes,
  zTeamDetail,
  zTeamInput,
  zTeamList,
  zTeamMeetingView,
  zTeamSummary,
} from '@verkosto/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../deps';
import { contextOf } from '../../http/context';
import * as minutes from './minutes';
import * as service from './service';

const errors = { 400: zErrorBody, 401: zErrorBody, 404: zErrorBody, 409: zErrorBody };

export function teamRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['teams'];

  r.get(
    '/api/teams',
    {
      schema: {
        tags,
        summary: "The actor's multi-agency teams",
        response: { 200: zTeamList, 401: zErrorBody },
      },
    },
    (request) => service.myTeams({ deps, ctx: contextOf(request), input: undefined }),
  );

  r.post(
    '/api/teams',
    {
      schema: {
        tags,
        summary: 'Form a team (team leads)',
        body: zTeamInput,
        response: { 201: zTeamSummary, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.createTeam({ deps, ctx: contextOf(request), input: request.body })),
  );

  r.get(
    '/api/teams/:id',
    {
      schema: {
        tags,
        summary: 'A team: members, meetings and the rolling agenda',
        params: zIdParams,
        response: { 200: zTeamDetail, ...errors },
      },
    },
    (request) => service.teamDetail({ deps, ctx: contextOf(request), input: { teamId: request.params.id } }),
  );

  r.post(
    '/api/teams/:id/meetings/plan',
    {
      schema: {
        tags,
        summary: "Schedule the team's meetings by its cadence",
        params: zIdParams,
        body: zPlanTeamMeetings,
        response: { 200: zTeamDetail, ...errors },
      },
    },
    (request) =>
      service.planMeetings({
        deps,
        ctx: contextOf(request),
        input: { teamId: request.params.id, months: request.body.months },
      }),
  );

  r.post(
    '/api/teams/:id/agenda',
    {
      schema: {
        tags,
        summary: 'Bring a client to the team: by name under consent, or anonymously',
        params: zIdParams,
        body: zAgendaItemInput,
        response: { 201: zAgendaItem, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await service.bringItem({
          deps,
          ctx: contextOf(request),
          input: { teamId: request.params.id, ...request.body },
        }),
      ),
  );

  r.get(
    '/api/team-meetings/:id',
    {
      schema: {
        tags,
        summary: 'A team meeting with its agenda and records',
        params: zIdParams,
        response: { 200: zTeamMeetingView, ...errors },
      },
    },
    (request) =>
      minutes.getTeamMeeting({ deps, ctx: contextOf(request), input: { meetingId: request.params.id } }),
  );

  r.put(
    '/api/team-meetings/:id/items/:itemId',
    {
      schema: {
        tags,
        summary: "Record an item: each unit's view, the division of work, the pair, the next review",
        params: z.object({ id: zIdParams.shape.id, itemId: zIdParams.shape.id }),
        body: zItemRecordInput,
        response: { 200: zTeamMeetingView, ...errors },
      },
    },
    (request) =>
      minutes.saveItemRecord({
        deps,
        ctx: contextOf(request),
        input: { meetingId: request.params.id, itemId: request.params.itemId, ...request.body },
      }),
  );

  r.post(
    '/api/team-meetings/:id/sign',
    {
      schema: {
        tags,
        summary: "Sign the minutes: decisions land in the units' cases",
        params: zIdParams,
        body: zSignMinutes,
        response: { 200: zTeamMeetingView, ...errors },
      },
    },
    (request) =>
      minutes.signMinutes({
        deps,
        ctx: contextOf(request),
        input: { meetingId: request.params.id, version: request.body.version },
      }),
  );

  r.get(
    '/api/cases/:id/team-decisions',
    {
      schema: {
        tags,
        summary: 'Team decisions that landed in the case',
        params: zIdParams,
        response: { 200: zCaseTeamDecisions, ...errors },
      },
    },
    (request) =>
      minutes.caseTeamDecisions({ deps, ctx: contextOf(request), input: { caseId: request.params.id } }),
  );
}
