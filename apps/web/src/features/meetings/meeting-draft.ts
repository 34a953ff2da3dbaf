import { type MeetingSetting, type MeetingType, type NetworkMember, zMeetingInput } from '@verkosto/domain';
import type { Issue } from '../../components/form-errors';
import type { DraftSchema } from '../../components/useCheckedSubmit';
import { instantOf, minutesOf, whenIssues } from './when';

/** The meeting form as the user leaves it; choices not yet made are null. */
export interface MeetingDraft {
  type: MeetingType | null;
  setting: MeetingSetting | null;
  date: string;
  time: string;
  duration: string;
  place: string;
  workerId: string | null;
  pairWorkerId: string | null;
  participantMemberIds: string[];
  clientTakesPart: boolean;
  /** One agenda item a line. */
  agenda: string;
}

export function emptyMeetingDraft(workers: {
  responsible: string | null;
  pair: string | null;
}): MeetingDraft {
  return {
    type: null,
    setting: null,
    date: '',
    time: '',
    duration: '60',
    place: '',
    workerId: workers.responsible,
    pairWorkerId: workers.pair,
    participantMemberIds: [],
    clientTakesPart: true,
    agenda: '',
  };
}

export function agendaLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export type CheckedMeeting = NonNullable<ReturnType<typeof zMeetingInput.safeParse>['data']>;

/** The body the server checks, from the form's fields. */
export function meetingBodyOf(d: MeetingDraft) {
  return {
    type: d.type ?? undefined,
    setting: d.setting ?? undefined,
    startsAt: instantOf(d.date, d.time) ?? undefined,
    durationMinutes: minutesOf(d.duration),
    place: d.place,
    workerIds: [d.workerId, d.pairWorkerId].filter((id): id is string => Boolean(id)),
    participantMemberIds: d.participantMemberIds,
    clientTakesPart: d.clientTakesPart,
    agenda: agendaLines(d.agenda),
  };
}

/**
 * Where the schema's paths show in the form: the agenda as one field, a missing worker on the first
 * worker's select and any other problem with the workers on the pair's.
 */
function formPath(path: readonly PropertyKey[], message: string): PropertyKey[] {
  const [head] = path;
  if (head === 'agenda') return ['agenda'];
  if (head === 'durationMinutes') return ['duration'];
  if (head === 'workerIds') return message === 'required' ? ['workerId'] : ['pairWorkerId'];
  return [...path];
}

/**
 * The shared schema over the form's fields, with the date and the time checked on their own first:
 * a time that cannot be read is said to be wrong where it was typed.
 */
export const meetingDraftSchema: DraftSchema<CheckedMeeting> = {
  safeParse(draft) {
    const d = draft as MeetingDraft;
    const result = zMeetingInput.safeParse(meetingBodyOf(d));
    const own = whenIssues(d.date, d.time);
    if (result.success && own.length === 0) return result;
    const issues: Issue[] = [...own];
    for (const issue of result.success ? [] : result.error.issues) {
      if (issue.path[0] === 'startsAt') {
        if (own.length === 0) issues.push({ path: ['date'], message: issue.message });
        continue;
      }
      issues.push({ path: formPath(issue.path, issue.message), message: issue.message });
    }
    return { success: false, error: { issues } };
  },
};

/** Why a member cannot be chosen for a meeting, or null when they can. */
export function unavailableReason(member: NetworkMember): 'not_wanted' | 'not_asked' | 'other_case' | null {
  if (member.fromCase) return 'other_case';
  if (member.clientChoice === 'not_wanted') return 'not_wanted';
  if (member.clientChoice === 'not_asked') return 'not_asked';
  return null;
}
