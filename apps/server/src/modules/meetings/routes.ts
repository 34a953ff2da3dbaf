import {
  zAddendumInput,
  zCancelMeeting,
  zConcludedMeeting,
  zConcludeMeeting,
  zErrorBody,
  zIdParams,
  zInvitationRequest,
  zInvitationResult,
  zMeeting,
  zMeetingInput,
  zMeetingList,
  zMeetingUpdate,
  zNoteDraft,
  zOutbox,
  zSignNote,
} from '@verkosto/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../deps';
import { contextOf } from '../../http/context';
import { concludeMeeting } from './conclude';
import { invitationFile, sendInvitations } from './invitations';
import { addAddendum, saveNote, signNote } from './notes';
import { readOutbox } from './outbox';
import * as service from './service';

const errors = { 400: zErrorBody, 401: zErrorBody, 404: zErrorBody, 409: zErrorBody };

export function meetingRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['meetings'];

  r.get(
    '/api/cases/:id/meetings',
    {
      schema: {
        tags,
        summary: "The case's meetings, newest first",
        params: zIdParams,
        response: { 200: zMeetingList, ...errors },
      },
    },
    (request) =>
      service.listMeetings({ deps, ctx: contextOf(request), input: { caseId: request.params.id } }),
  );

  r.post(
    '/api/cases/:id/meetings',
    {
      schema: {
        tags,
        summary: 'Plan a meeting on the case (the case’s own workers)',
        params: zIdParams,
        body: zMeetingInput,
        response: { 201: zMeeting, ...errors },
      },
    },
    async (request, reply) => {
      const meeting = await service.createMeeting({
        deps,
        ctx: contextOf(request),
        input: { caseId: request.params.id, meeting: request.body },
      });
      return reply.code(201).send(meeting);
    },
  );

  r.get(
    '/api/meetings/:id',
    {
      schema: {
        tags,
        summary: 'A meeting with its participants and note',
        params: zIdParams,
        response: { 200: zMeeting, ...errors },
      },
    },
    (request) =>
      service.getMeeting({ deps, ctx: contextOf(request), input: { meetingId: request.params.id } }),
  );

  r.put(
    '/api/meetings/:id',
    {
      schema: {
        tags,
        summary: 'Change a meeting over the version seen (409 when stale or signed)',
        params: zIdParams,
        body: zMeetingUpdate,
        response: { 200: zMeeting, ...errors },
      },
    },
    (request) =>
      service.updateMeeting({
        deps,
        ctx: contextOf(request),
        input: { meetingId: request.params.id, ...request.body },
      }),
  );

  r.post(
    '/api/meetings/:id/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel a planned meeting',
        params: zIdParams,
        body: zCancelMeeting,
        response: { 200: zMeeting, ...errors },
      },
    },
    (request) =>
      service.cancelMeeting({
        deps,
        ctx: contextOf(request),
        input: { meetingId: request.params.id, ...request.body },
      }),
  );

  r.put(
    '/api/meetings/:id/note',
    {
      schema: {
        tags,
        summary: 'Save the note’s draft and attendance over the version seen (0 for the first save)',
        params: zIdParams,
        body: zNoteDraft,
        response: { 200: zMeeting, ...errors },
      },
    },
    (request) =>
      saveNote({ deps, ctx: contextOf(request), input: { meetingId: request.params.id, ...request.body } }),
  );

  r.post(
    '/api/meetings/:id/note/sign',
    {
      schema: {
        tags,
        summary: 'Sign the note: it cannot change afterwards',
        params: zIdParams,
        body: zSignNote,
        response: { 200: zMeeting, ...errors },
      },
    },
    (request) =>
      signNote({ deps, ctx: contextOf(request), input: { meetingId: request.params.id, ...request.body } }),
  );

  r.post(
    '/api/meetings/:id/note/addenda',
    {
      schema: {
        tags,
        summary: 'Add a correction to a signed note',
        params: zIdParams,
        body: zAddendumInput,
        response: { 201: zMeeting, ...errors },
      },
    },
    async (request, reply) => {
      const meeting = await addAddendum({
        deps,
        ctx: contextOf(request),
        input: { meetingId: request.params.id, text: request.body.text },
      });
      return reply.code(201).send(meeting);
    },
  );

  r.post(
    '/api/meetings/:id/conclude',
    {
      schema: {
        tags,
        summary:
          'End a network meeting: sign the note, save the agreed plan version, snapshot the map and schedule the next evaluation — all or nothing',
        params: zIdParams,
        body: zConcludeMeeting,
        response: { 200: zConcludedMeeting, ...errors },
      },
    },
    (request) =>
      concludeMeeting({
        deps,
        ctx: contextOf(request),
        input: { meetingId: request.params.id, ...request.body },
      }),
  );

  r.get(
    '/api/meetings/:id/invitation.ics',
    {
      schema: {
        tags,
        summary: 'The invitation as iCalendar: time, place and a contact only',
        params: zIdParams,
        response: { 200: z.string(), ...errors },
      },
    },
    async (request, reply) => {
      const ics = await invitationFile({
        deps,
        ctx: contextOf(request),
        input: { meetingId: request.params.id },
      });
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="kutsu.ics"')
        .send(ics);
    },
  );

  r.post(
    '/api/meetings/:id/invitations',
    {
      schema: {
        tags,
        summary: 'E-mail the invitation to chosen participants through the outbox',
        params: zIdParams,
        body: zInvitationRequest,
        response: { 200: zInvitationResult, ...errors },
      },
    },
    (request) =>
      sendInvitations({
        deps,
        ctx: contextOf(request),
        input: { meetingId: request.params.id, ...request.body },
      }),
  );

  r.get(
    '/api/outbox',
    {
      schema: {
        tags,
        summary: 'Mail that would have been sent (admins, demo mode only)',
        response: { 200: zOutbox, 401: zErrorBody, 404: zErrorBody },
      },
    },
    (request) => readOutbox({ deps, ctx: contextOf(request) }),
  );
}
