import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { cases } from '../../db/schema/cases';
import {
  families,
  meetingNoteAddenda,
  meetingNotes,
  meetingParticipants,
  meetings,
  networkMembers,
  persons,
  units,
  users,
} from '../../db/schema/index';

export type MeetingRow = typeof meetings.$inferSelect;
export type MeetingFields = Pick<
  typeof meetings.$inferInsert,
  'type' | 'setting' | 'startsAt' | 'durationMinutes' | 'place' | 'clientTakesPart' | 'workerIds' | 'agenda'
>;

export async function insertMeeting(tx: Tx, caseId: string, fields: MeetingFields, createdBy: string) {
  const [row] = await tx
    .insert(meetings)
    .values({ ...fields, caseId, createdBy })
    .returning();
  return row!;
}

export async function findMeeting(tx: Tx, id: string): Promise<MeetingRow | null> {
  const [row] = await tx.select().from(meetings).where(eq(meetings.id, id));
  return row ?? null;
}

export async function meetingsOfCase(tx: Tx, caseId: string) {
  return tx
    .select({ meeting: meetings, noteStatus: meetingNotes.status })
    .from(meetings)
    .leftJoin(meetingNotes, eq(meetingNotes.meetingId, meetings.id))
    .where(eq(meetings.caseId, caseId))
    .orderBy(desc(meetings.startsAt));
}

/** Applies the change over the version the editor saw; null when someone saved first. */
export async function updateMeeting(
  tx: Tx,
  id: string,
  version: number,
  fields: Partial<MeetingFields> & { status?: string },
) {
  const [row] = await tx
    .update(meetings)
    .set({ ...fields, version: version + 1, updatedAt: new Date() })
    .where(and(eq(meetings.id, id), eq(meetings.version, version)))
    .returning();
  return row ?? null;
}

export async function setMeetingStatus(tx: Tx, id: string, status: 'held' | 'cancelled') {
  const [row] = await tx.select({ version: meetings.version }).from(meetings).where(eq(meetings.id, id));
  await tx
    .update(meetings)
    .set({ status, version: (row?.version ?? 0) + 1, updatedAt: new Date() })
    .where(eq(meetings.id, id));
}

export async function usersByIds(tx: Tx, ids: string[]) {
  if (ids.length === 0) return [];
  return tx
    .select({ id: users.id, displayName: users.displayName, title: users.title })
    .from(users)
    .where(inArray(users.id, ids));
}

/** The case's members who may take part: present, by the client's choice. */
export async function membersOfCase(tx: Tx, caseId: string) {
  return tx
    .select({
      id: networkMembers.id,
      name: networkMembers.name,
      relation: networkMembers.relation,
      email: networkMembers.email,
      clientChoice: networkMembers.clientChoice,
    })
    .from(networkMembers)
    .where(and(eq(networkMembers.caseId, caseId), isNull(networkMembers.removedAt)));
}

export async function participantsOf(tx: Tx, meetingId: string) {
  return tx
    .select({
      id: meetingParticipants.id,
      memberId: meetingParticipants.memberId,
      attendance: meetingParticipants.attendance,
      name: networkMembers.name,
      relation: networkMembers.relation,
      email: networkMembers.email,
    })
    .from(meetingParticipants)
    .innerJoin(networkMembers, eq(networkMembers.id, meetingParticipants.memberId))
    .where(eq(meetingParticipants.meetingId, meetingId))
    .orderBy(asc(networkMembers.name));
}

/** Keeps the participants that stay (with their attendance), adds the new, drops the rest. */
export async function setParticipants(tx: Tx, meetingId: string, memberIds: string[]) {
  const current = await tx
    .select({ id: meetingParticipants.id, memberId: meetingParticipants.memberId })
    .from(meetingParticipants)
    .where(eq(meetingParticipants.meetingId, meetingId));
  const gone = current.filter((p) => !memberIds.includes(p.memberId)).map((p) => p.id);
  if (gone.length > 0) await tx.delete(meetingParticipants).where(inArray(meetingParticipants.id, gone));
  const added = memberIds.filter((m) => !current.some((p) => p.memberId === m));
  if (added.length > 0) {
    await tx.insert(meetingParticipants).values(added.map((memberId) => ({ meetingId, memberId })));
  }
}

export async function setAttendance(tx: Tx, participantId: string, attendance: string | null) {
  await tx.update(meetingParticipants).set({ attendance }).where(eq(meetingParticipants.id, participantId));
}

export type NoteRow = typeof meetingNotes.$inferSelect;

export async function findNote(tx: Tx, meetingId: string): Promise<NoteRow | null> {
  const [row] = await tx.select().from(meetingNotes).where(eq(meetingNotes.meetingId, meetingId));
  return row ?? null;
}

export async function insertNote(
  tx: Tx,
  meetingId: string,
  fields: Pick<NoteRow, 'sections' | 'views' | 'updatedBy'>,
) {
  const [row] = await tx
    .insert(meetingNotes)
    .values({ ...fields, meetingId })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

/** Saves a draft over the version its writer saw; null when it was stale or is signed. */
export async function updateDraft(
  tx: Tx,
  meetingId: string,
  version: number,
  fields: Pick<NoteRow, 'sections' | 'views' | 'updatedBy'>,
) {
  const [row] = await tx
    .update(meetingNotes)
    .set({ ...fields, version: version + 1, updatedAt: new Date() })
    .where(
      and(
        eq(meetingNotes.meetingId, meetingId),
        eq(meetingNotes.version, version),
        eq(meetingNotes.status, 'draft'),
      ),
    )
    .returning();
  return row ?? null;
}

export async function signNote(tx: Tx, meetingId: string, version: number, signedBy: string) {
  const now = new Date();
  const [row] = await tx
    .update(meetingNotes)
    .set({ status: 'signed', signedBy, signedAt: now, version: version + 1, updatedAt: now })
    .where(
      and(
        eq(meetingNotes.meetingId, meetingId),
        eq(meetingNotes.version, version),
        eq(meetingNotes.status, 'draft'),
      ),
    )
    .returning();
  return row ?? null;
}

export async function addendaOf(tx: Tx, meetingId: string) {
  return tx
    .select({
      id: meetingNoteAddenda.id,
      text: meetingNoteAddenda.text,
      author: users.displayName,
      createdAt: meetingNoteAddenda.createdAt,
    })
    .from(meetingNoteAddenda)
    .innerJoin(users, eq(users.id, meetingNoteAddenda.authorId))
    .where(eq(meetingNoteAddenda.meetingId, meetingId))
    .orderBy(asc(meetingNoteAddenda.createdAt));
}

export async function insertAddendum(tx: Tx, meetingId: string, text: string, authorId: string) {
  await tx.insert(meetingNoteAddenda).values({ meetingId, text, authorId });
}

/** Who an invitation names as the contact: the first worker, with their unit for the case. */
export async function contactOf(tx: Tx, meeting: MeetingRow) {
  const [row] = await tx
    .select({ name: users.displayName, title: users.title, unit: units.name })
    .from(users)
    .innerJoin(cases, eq(cases.id, meeting.caseId))
    .innerJoin(units, eq(units.id, cases.unitId))
    .where(eq(users.id, meeting.workerIds[0] ?? meeting.createdBy));
  return row ?? null;
}

/** The name the note gives the client's own view: the person, or else the family. */
export async function clientNameOfCase(tx: Tx, caseId: string): Promise<string> {
  const [row] = await tx
    .select({ first: persons.firstNames, last: persons.lastName, family: families.name })
    .from(cases)
    .leftJoin(persons, eq(persons.id, cases.personId))
    .leftJoin(families, eq(families.id, cases.familyId))
    .where(eq(cases.id, caseId));
  if (row?.first && row.last) return `${row.first} ${row.last}`;
  return row?.family ?? '';
}

/** Whether anyone the case is about lives under address protection: then no home address travels. */
export async function caseHasProtectedAddress(tx: Tx, personIds: string[]): Promise<boolean> {
  if (personIds.length === 0) return false;
  const rows = await tx
    .select({ id: persons.id })
    .from(persons)
    .where(and(inArray(persons.id, personIds), eq(persons.addressProtection, true)))
    .limit(1);
  return rows.length > 0;
}
