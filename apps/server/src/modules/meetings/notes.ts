import type { Meeting, zNoteDraft, zSignNote } from '@verkosto/domain';
import type { z } from 'zod';
import { DENIED, type Door, throughDoor } from '../../access/door';
import { ApiError, staleVersion } from '../../http/errors';
import { enterMeeting } from './access';
import * as repo from './repository';
import { loadMeeting, type Options } from './service';

type Draft = z.output<typeof zNoteDraft>;

/**
 * Saves the note's draft over the version its writer saw (0 before the first save) and the attendance
 * with it. A signed note is never written again.
 */
export async function writeDraft(
  door: Door,
  meeting: repo.MeetingRow,
  draft: Draft,
): Promise<repo.NoteRow | ApiError> {
  const participantIds = new Set((await repo.participantsOf(door.tx, meeting.id)).map((p) => p.id));
  const fields: Record<string, 'invalid'> = {};
  if (draft.views.some((v) => v.participantId !== null && !participantIds.has(v.participantId))) {
    fields.views = 'invalid';
  }
  if (draft.attendance.some((a) => !participantIds.has(a.participantId))) fields.attendance = 'invalid';
  if (Object.keys(fields).length > 0) return new ApiError('validation_failed', fields);
  const existing = await repo.findNote(door.tx, meeting.id);
  if (existing?.status === 'signed') return new ApiError('record_signed');
  const values = { sections: draft.sections, views: draft.views, updatedBy: door.actor.userId };
  const row = existing
    ? await repo.updateDraft(door.tx, meeting.id, draft.version, values)
    : draft.version === 0
      ? await repo.insertNote(door.tx, meeting.id, values)
      : null;
  if (!row) return staleVersion();
  for (const a of draft.attendance) await repo.setAttendance(door.tx, a.participantId, a.attendance);
  return row;
}

/** Signs the note as it stands at `version`: from then on it is immutable and the meeting is held. */
export async function signDraft(door: Door, meetingId: string, version: number): Promise<ApiError | null> {
  const note = await repo.findNote(door.tx, meetingId);
  if (!note) return staleVersion();
  if (note.status === 'signed') return new ApiError('record_signed');
  const signed = await repo.signNote(door.tx, meetingId, version, door.actor.userId);
  if (!signed) return staleVersion();
  await repo.setMeetingStatus(door.tx, meetingId, 'held');
  return null;
}

export function saveNote({ deps, ctx, input }: Options<{ meetingId: string } & Draft>) {
  return throughDoor<Meeting>(deps.db, ctx, async (door) => {
    const entered = await enterMeeting(door, input.meetingId, 'write', {
      action: 'update',
      recordType: 'meeting_note',
    });
    if (!entered) return DENIED;
    const written = await writeDraft(door, entered.meeting, input);
    if (written instanceof ApiError) return written;
    return loadMeeting(door, entered.meeting, true);
  });
}

export function signNote({ deps, ctx, input }: Options<{ meetingId: string } & z.output<typeof zSignNote>>) {
  return throughDoor<Meeting>(deps.db, ctx, async (door) => {
    const entered = await enterMeeting(door, input.meetingId, 'write', {
      action: 'sign',
      recordType: 'meeting_note',
    });
    if (!entered) return DENIED;
    const refused = await signDraft(door, input.meetingId, input.version);
    if (refused) return refused;
    const meeting = await repo.findMeeting(door.tx, input.meetingId);
    return meeting ? loadMeeting(door, meeting, true) : DENIED;
  });
}

/** Corrections to a signed note: kept beside it with author and time, the note itself unchanged. */
export function addAddendum({ deps, ctx, input }: Options<{ meetingId: string; text: string }>) {
  return throughDoor<Meeting>(deps.db, ctx, async (door) => {
    const entered = await enterMeeting(door, input.meetingId, 'write', {
      action: 'create',
      recordType: 'meeting_note',
    });
    if (!entered) return DENIED;
    const note = await repo.findNote(door.tx, input.meetingId);
    if (note?.status !== 'signed') return new ApiError('note_not_signed');
    await repo.insertAddendum(door.tx, input.meetingId, input.text, door.actor.userId);
    return loadMeeting(door, entered.meeting, true);
  });
}
