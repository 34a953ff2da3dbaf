import type { Door } from '../../access/door';
import { type CaseEntry, enterCase } from '../../access/enter-case';
import * as repo from './repository';

type Entry = Omit<CaseEntry, 'recordId'> & { recordType: 'meeting' | 'meeting_note' };

export { enterCase };

/** Opens a meeting through its case; a meeting that does not exist is logged as refused, like one not shown. */
export async function enterMeeting(door: Door, meetingId: string, access: 'read' | 'write', entry: Entry) {
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
