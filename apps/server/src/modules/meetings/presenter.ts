import {
  type Attendance,
  attendanceValues,
  type Meeting,
  type MeetingNote,
  type MeetingSetting,
  type MeetingStatus,
  type MeetingSummary,
  type MeetingType,
  type NoteSection,
  noteSections,
} from '@verkosto/domain';
import type { addendaOf, MeetingRow, NoteRow, participantsOf } from './repository';

type Worker = { id: string; displayName: string; title: string };
type ParticipantRow = Awaited<ReturnType<typeof participantsOf>>[number];
type AddendumRow = Awaited<ReturnType<typeof addendaOf>>[number];

const isAttendance = (value: string | null): value is Attendance =>
  (attendanceValues as readonly (string | null)[]).includes(value);

function workersOf(row: MeetingRow, workers: Map<string, Worker>): Worker[] {
  return row.workerIds.flatMap((id) => {
    const w = workers.get(id);
    return w ? [w] : [];
  });
}

export function presentMeetingSummary(
  row: MeetingRow,
  workers: Map<string, Worker>,
  noteStatus: string | null,
): MeetingSummary {
  return {
    id: row.id,
    caseId: row.caseId,
    type: row.type as MeetingType,
    setting: row.setting as MeetingSetting,
    startsAt: row.startsAt.toISOString(),
    durationMinutes: row.durationMinutes,
    status: row.status as MeetingStatus,
    workers: workersOf(row, workers),
    noteStatus: noteStatus === 'signed' ? 'signed' : noteStatus === 'draft' ? 'draft' : null,
  };
}

export function presentNote(
  note: NoteRow,
  participants: ParticipantRow[],
  addenda: AddendumRow[],
  names: { client: string; updatedBy: string; signedBy: string | null },
): MeetingNote {
  const sections = Object.fromEntries(noteSections.map((s) => [s, note.sections[s] ?? null])) as Record<
    NoteSection,
    string | null
  >;
  return {
    version: note.version,
    status: note.status === 'signed' ? 'signed' : 'draft',
    sections,
    views: note.views.map((v) => ({
      participantId: v.participantId,
      name:
        v.participantId === null
          ? names.client
          : (participants.find((p) => p.id === v.participantId)?.name ?? ''),
      text: v.text,
      ownWords: v.ownWords,
    })),
    updatedAt: note.updatedAt.toISOString(),
    updatedBy: names.updatedBy,
    signedBy: names.signedBy,
    signedAt: note.signedAt ? note.signedAt.toISOString() : null,
    addenda: addenda.map((a) => ({
      id: a.id,
      text: a.text,
      author: a.author,
      createdAt: a.createdAt.toISOString(),
    })),
  };
}

export function presentMeeting(
  row: MeetingRow,
  workers: Map<string, Worker>,
  participants: ParticipantRow[],
  note: MeetingNote | null,
  canEdit: boolean,
): Meeting {
  return {
    ...presentMeetingSummary(row, workers, note?.status ?? null),
    version: row.version,
    place: row.place,
    clientTakesPart: row.clientTakesPart,
    participants: participants.map((p) => ({
      id: p.id,
      memberId: p.memberId,
      name: p.name,
      relation: p.relation,
      attendance: isAttendance(p.attendance) ? p.attendance : null,
    })),
    agenda: row.agenda,
    note,
    canEdit,
  };
}
