import type {
  Meeting,
  MeetingList,
  MeetingNote,
  zCancelMeeting,
  zMeetingInput,
  zMeetingUpdate,
} from '@verkosto/domain';
import type { z } from 'zod';
import { DENIED, type Door, type RequestContext, throughDoor } from '../../access/door';
import type { AppDeps } from '../../deps';
import { ApiError, staleVersion } from '../../http/errors';
import { isClientWorker } from '../cases/repository';
import { enterCase, enterMeeting } from './access';
import { presentMeeting, presentMeetingSummary, presentNote } from './presenter';
import * as repo from './repository';

export type Options<I> = { deps: AppDeps; ctx: RequestContext; input: I };
type MeetingInput = z.output<typeof zMeetingInput>;

/** Workers must work with clients; participants must be the case's members whom the client wants. */
export async function invalidMeeting(door: Door, caseId: string, input: MeetingInput) {
  const fields: Record<string, 'invalid' | 'not_wanted_by_client'> = {};
  for (const id of input.workerIds) {
    if (!(await isClientWorker(door.tx, id))) fields.workerIds = 'invalid';
  }
  const members = await repo.membersOfCase(door.tx, caseId);
  for (const id of input.participantMemberIds) {
    const member = members.find((m) => m.id === id);
    if (!member) fields.participantMemberIds = 'invalid';
    else if (member.clientChoice !== 'wanted' && !fields.participantMemberIds) {
      fields.participantMemberIds = 'not_wanted_by_client';
    }
  }
  return Object.keys(fields).length > 0 ? new ApiError('validation_failed', fields) : null;
}

export function meetingFields(input: Omit<MeetingInput, 'type'> & { type: string }): repo.MeetingFields {
  return {
    type: input.type,
    setting: input.setting,
    startsAt: new Date(input.startsAt),
    durationMinutes: input.durationMinutes,
    place: input.place,
    clientTakesPart: input.clientTakesPart,
    workerIds: input.workerIds,
    agenda: input.agenda,
  };
}

async function workerMap(door: Door, ids: string[]) {
  const rows = await repo.usersByIds(door.tx, [...new Set(ids)]);
  return new Map(rows.map((w) => [w.id, w]));
}

/** The note as its readers see it, with names for the views, the writer and the signer. */
export async function loadNote(door: Door, meeting: repo.MeetingRow): Promise<MeetingNote | null> {
  const note = await repo.findNote(door.tx, meeting.id);
  if (!note) return null;
  const participants = await repo.participantsOf(door.tx, meeting.id);
  const people = await workerMap(door, [note.updatedBy, ...(note.signedBy ? [note.signedBy] : [])]);
  return presentNote(note, participants, await repo.addendaOf(door.tx, meeting.id), {
    client: await repo.clientNameOfCase(door.tx, meeting.caseId),
    updatedBy: people.get(note.updatedBy)?.displayName ?? '',
    signedBy: note.signedBy ? (people.get(note.signedBy)?.displayName ?? '') : null,
  });
}

export async function loadMeeting(door: Door, meeting: repo.MeetingRow, canEdit: boolean): Promise<Meeting> {
  return presentMeeting(
    meeting,
    await workerMap(door, meeting.workerIds),
    await repo.participantsOf(door.tx, meeting.id),
    await loadNote(door, meeting),
    canEdit,
  );
}

export function listMeetings({ deps, ctx, input }: Options<{ caseId: string }>) {
  return throughDoor<MeetingList>(deps.db, ctx, async (door) => {
    const entered = await enterCase(door, input.caseId, 'read', { action: 'read', recordType: 'meeting' });
    if (!entered) return DENIED;
    const rows = await repo.meetingsOfCase(door.tx, input.caseId);
    const workers = await workerMap(
      door,
      rows.flatMap((r) => r.meeting.workerIds),
    );
    return {
      meetings: rows.map((r) => presentMeetingSummary(r.meeting, workers, r.noteStatus)),
      canEdit: entered.canEdit,
    };
  });
}

export function getMeeting({ deps, ctx, input }: Options<{ meetingId: string }>) {
  return throughDoor<Meeting>(deps.db, ctx, async (door) => {
    const entered = await enterMeeting(door, input.meetingId, 'read', {
      action: 'read',
      recordType: 'meeting',
    });
    return entered ? loadMeeting(door, entered.meeting, entered.canEdit) : DENIED;
  });
}

export function createMeeting({ deps, ctx, input }: Options<{ caseId: string; meeting: MeetingInput }>) {
  return throughDoor<Meeting>(deps.db, ctx, async (door) => {
    const entered = await enterCase(door, input.caseId, 'write', { action: 'create', recordType: 'meeting' });
    if (!entered) return DENIED;
    const invalid = await invalidMeeting(door, input.caseId, input.meeting);
    if (invalid) return invalid;
    const row = await repo.insertMeeting(
      door.tx,
      input.caseId,
      meetingFields(input.meeting),
      door.actor.userId,
    );
    await repo.setParticipants(door.tx, row.id, input.meeting.participantMemberIds);
    return loadMeeting(door, row, true);
  });
}

export function updateMeeting({
  deps,
  ctx,
  input,
}: Options<{ meetingId: string } & z.output<typeof zMeetingUpdate>>) {
  return throughDoor<Meeting>(deps.db, ctx, async (door) => {
    const entered = await enterMeeting(door, input.meetingId, 'write', {
      action: 'update',
      recordType: 'meeting',
    });
    if (!entered) return DENIED;
    if ((await repo.findNote(door.tx, input.meetingId))?.status === 'signed')
      return new ApiError('record_signed');
    const invalid = await invalidMeeting(door, entered.meeting.caseId, input.meeting);
    if (invalid) return invalid;
    const row = await repo.updateMeeting(
      door.tx,
      input.meetingId,
      input.version,
      meetingFields(input.meeting),
    );
    if (!row) return staleVersion();
    await repo.setParticipants(door.tx, row.id, input.meeting.participantMemberIds);
    return loadMeeting(door, row, true);
  });
}

export function cancelMeeting({
  deps,
  ctx,
  input,
}: Options<{ meetingId: string } & z.output<typeof zCancelMeeting>>) {
  return throughDoor<Meeting>(deps.db, ctx, async (door) => {
    const entered = await enterMeeting(door, input.meetingId, 'write', {
      action: 'update',
      recordType: 'meeting',
    });
    if (!entered) return DENIED;
    if (entered.meeting.status !== 'planned') return new ApiError('record_signed');
    const row = await repo.updateMeeting(door.tx, input.meetingId, input.version, { status: 'cancelled' });
    return row ? loadMeeting(door, row, true) : staleVersion();
  });
}
