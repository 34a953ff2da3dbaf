import { decideCase } from '@verkosto/domain';
import { decideCaseAccess, factsOfCase, openedBy } from '../../access/case-facts';
import type { Door } from '../../access/door';
import { subjectsOfCase } from '../cases/subjects';
import * as repo from './repository';

type Access = 'read' | 'write';
type Entry = {
  action: 'read' | 'create' | 'update' | 'sign';
  recordType: 'meeting' | 'meeting_note';
  recordId?: string;
};

/**
 * Meetings belong to their case: reading follows the case (consents and stated bases included),
 * keeping them is for the case's own workers while it is open. The decision is logged either way.
 */
export async function enterCase(door: Door, caseId: string, access: Access, entry: Entry) {
  const facts = await factsOfCase(door.tx, caseId);
  const decision = facts
    ? await decideCaseAccess(door.tx, door.actor, facts, access)
    : ({ allowed: false, reason: 'no_care_relationship' } as const);
  const subjects = facts ? await subjectsOfCase(door.tx, caseId) : [];
  const allowed = await door.check(decision, {
    ...entry,
    recordId: entry.recordId ?? caseId,
    subjectPersonIds: subjects,
    unitId: facts?.unitId,
    ...openedBy(decision),
  });
  if (!allowed || !facts || !decision.allowed) return null;
  return { facts, subjects, decision, canEdit: decideCase(door.actor, facts, 'write').allowed };
}

/** Opens a meeting through its case; a meeting that does not exist is logged as refused, like one not shown. */
export async function enterMeeting(
  door: Door,
  meetingId: string,
  access: Access,
  entry: Omit<Entry, 'recordId'>,
) {
  const meeting = await repo.findMeeting(door.tx, meetingId);
  if (!meeting) {
    await door.log(
      { ...entry, recordId: meetingId, subjectPersonIds: [] },
      { allowed: false, reason: 'no_care_relationship' },
    );
    return null;
  }
  const entered = await enterCase(door, meeting.caseId, access, { ...entry, recordId: meetingId });
  return entered ? { ...entered, meeting } : null;
}
