import {
  type Meeting,
  type MeetingSetting,
  type NetworkMember,
  type PlanContentInput,
  type PlanPerson,
  zConcludeMeeting,
} from '@verkosto/domain';
import type { Issue } from '../../components/form-errors';
import type { DraftSchema } from '../../components/useCheckedSubmit';
import { unavailableReason } from './meeting-draft';
import { type NoteState, noteBodyOf } from './note-draft';
import { instantOf, minutesOf, whenIssues } from './when';

/** The next re-evaluation meeting as the form holds it. */
export interface NextDraft {
  date: string;
  time: string;
  duration: string;
  setting: MeetingSetting | null;
  place: string;
  workerId: string | null;
  pairWorkerId: string | null;
  participantMemberIds: string[];
}

/** What the flow sends besides the note: the plan over the version seen, and the next meeting. */
export interface FlowDraft {
  plan: { basedOn: number; content: PlanContentInput } | null;
  nextMeeting: NextDraft | null;
}

export function nextDraftOf(meeting: Meeting): NextDraft {
  return {
    date: '',
    time: '',
    duration: String(meeting.durationMinutes),
    setting: meeting.setting,
    place: meeting.place ?? '',
    workerId: meeting.workers[0]?.id ?? null,
    pairWorkerId: meeting.workers[1]?.id ?? null,
    participantMemberIds: [],
  };
}

/** The plan's next composition, as members who may be invited: the client's wish still decides. */
export function compositionMembers(composition: readonly PlanPerson[], members: readonly NetworkMember[]) {
  return composition
    .filter((p) => p.kind === 'member')
    .map((p) => members.find((m) => m.id === p.id))
    .filter((m): m is NetworkMember => m !== undefined && unavailableReason(m) === null)
    .map((m) => m.id);
}

export function nextBodyOf(d: NextDraft) {
  return {
    startsAt: instantOf(d.date, d.time) ?? undefined,
    durationMinutes: minutesOf(d.duration),
    setting: d.setting ?? undefined,
    place: d.place,
    workerIds: [d.workerId, d.pairWorkerId].filter((id): id is string => Boolean(id)),
    participantMemberIds: d.participantMemberIds,
  };
}

export type CheckedConclusion = NonNullable<ReturnType<typeof zConcludeMeeting.safeParse>['data']>;

/** The next meeting's schema paths where the form shows them. */
function nextPath(rest: readonly PropertyKey[], message: string): PropertyKey[] {
  const [head] = rest;
  if (head === 'startsAt') return ['date'];
  if (head === 'durationMinutes') return ['duration'];
  if (head === 'workerIds') return [message === 'required' ? 'workerId' : 'pairWorkerId'];
  if (head === 'participantMemberIds') return ['participantMemberIds'];
  return [...rest];
}

/**
 * The whole conclusion checked with the shared schema before anything is sent: the note as it
 * stands, the plan and the next meeting. Paths are the draft's, so errors land on their fields.
 */
export function conclusionSchema(note: NoteState): DraftSchema<CheckedConclusion> {
  return {
    safeParse(draft) {
      const d = draft as FlowDraft;
      const body = {
        note: noteBodyOf(note, 0),
        plan: d.plan,
        nextMeeting: d.nextMeeting ? nextBodyOf(d.nextMeeting) : null,
      };
      const result = zConcludeMeeting.safeParse(body);
      const own = d.nextMeeting ? whenIssues(d.nextMeeting.date, d.nextMeeting.time, ['nextMeeting']) : [];
      if (result.success && own.length === 0) return result;
      const issues: Issue[] = [...own];
      for (const issue of result.success ? [] : result.error.issues) {
        const [head, ...rest] = issue.path;
        if (head === 'nextMeeting') {
          if (rest[0] === 'startsAt' && own.length > 0) continue;
          issues.push({ path: ['nextMeeting', ...nextPath(rest, issue.message)], message: issue.message });
        } else {
          issues.push(issue);
        }
      }
      return { success: false, error: { issues } };
    },
  };
}

/** The server's field paths for the next meeting, as the form names its fields. */
export function formPathOfServer(path: string, code: string): string {
  if (!path.startsWith('nextMeeting.')) return path;
  const rest = path.slice('nextMeeting.'.length).split('.');
  return ['nextMeeting', ...nextPath(rest, code)].join('.');
}

/** The error paths a change of one next-meeting field answers: the form's own and the server's. */
export function nextErrorPaths(field: string): string[] {
  const server: Record<string, string> = {
    date: 'startsAt',
    time: 'startsAt',
    duration: 'durationMinutes',
    workerId: 'workerIds',
    pairWorkerId: 'workerIds',
  };
  return [`nextMeeting.${field}`, ...(server[field] ? [`nextMeeting.${server[field]}`] : [])];
}
