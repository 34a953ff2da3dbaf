import {
  type GroupKind,
  type LevelOfWork,
  zAttendanceInput,
  zGroupInput,
  zGroupSessionInput,
} from '@verkosto/domain';
import type { Issue } from '../../components/form-errors';
import type { DraftSchema } from '../../components/useCheckedSubmit';
import { instantOf, minutesOf, whenIssues } from '../meetings/when';

type Checked<S extends { safeParse: (input: unknown) => { data?: unknown } }> = NonNullable<
  ReturnType<S['safeParse']>['data']
>;

/** A parse of the form's own fields: the shared schema's issues, moved to where they were typed. */
function parseAs<T>(
  result: { success: true; data: T } | { success: false; error: { issues: readonly Issue[] } },
  own: readonly Issue[],
  formPath: (issue: Issue) => PropertyKey[] | null,
): ReturnType<DraftSchema<T>['safeParse']> {
  if (result.success && own.length === 0) return result;
  const issues: Issue[] = [...own];
  for (const issue of result.success ? [] : result.error.issues) {
    const path = formPath(issue);
    if (path) issues.push({ path, message: issue.message });
  }
  return { success: false, error: { issues } };
}

// ---- Starting a group ----

/** The start-a-group form as the user leaves it; choices not yet made are null. */
export interface GroupDraft {
  name: string;
  kind: GroupKind | null;
  level: LevelOfWork | null;
  /** Pair work: the facilitator and, usually, a second one. */
  facilitatorId: string | null;
  pairFacilitatorId: string | null;
  description: string;
}

/** The user facilitates their own group to begin with; they may choose someone else. */
export function emptyGroupDraft(userId: string | null): GroupDraft {
  return {
    name: '',
    kind: null,
    level: null,
    facilitatorId: userId,
    pairFacilitatorId: null,
    description: '',
  };
}

export function groupBodyOf(d: GroupDraft) {
  return {
    name: d.name,
    kind: d.kind ?? undefined,
    level: d.level ?? undefined,
    facilitatorIds: [d.facilitatorId, d.pairFacilitatorId].filter((id): id is string => Boolean(id)),
    description: d.description,
  };
}

/** A missing facilitator is said on the first select, any other problem with them on the pair's. */
export const groupDraftSchema: DraftSchema<Checked<typeof zGroupInput>> = {
  safeParse(draft) {
    return parseAs(zGroupInput.safeParse(groupBodyOf(draft as GroupDraft)), [], (issue) =>
      issue.path[0] === 'facilitatorIds'
        ? [issue.message === 'required' ? 'facilitatorId' : 'pairFacilitatorId']
        : [...issue.path],
    );
  },
};

// ---- A session ----

export interface SessionDraft {
  date: string;
  time: string;
  duration: string;
  place: string;
}

/** Most group sessions take an hour and a half; the place is usually the previous one's. */
export function emptySessionDraft(place: string | null): SessionDraft {
  return { date: '', time: '', duration: '90', place: place ?? '' };
}

export function sessionBodyOf(d: SessionDraft) {
  return {
    startsAt: instantOf(d.date, d.time) ?? undefined,
    durationMinutes: minutesOf(d.duration),
    place: d.place,
  };
}

/** The date and the time are checked on their own first, so a time that cannot be read is said where it was typed. */
export const sessionDraftSchema: DraftSchema<Checked<typeof zGroupSessionInput>> = {
  safeParse(draft) {
    const d = draft as SessionDraft;
    const own = whenIssues(d.date, d.time);
    return parseAs(zGroupSessionInput.safeParse(sessionBodyOf(d)), own, (issue) => {
      const [head] = issue.path;
      if (head === 'startsAt') return own.length === 0 ? ['date'] : null;
      if (head === 'durationMinutes') return ['duration'];
      return [...issue.path];
    });
  },
};

// ---- Attendance ----

/** Who came, as the form holds it: the count is text until sent. */
export interface AttendanceDraft {
  version: number;
  attendedPersonIds: string[];
  anonymousCount: string;
}

export function attendanceDraftOf(session: {
  version: number;
  attended: readonly string[];
  anonymousCount: number;
}): AttendanceDraft {
  return {
    version: session.version,
    attendedPersonIds: [...session.attended],
    anonymousCount: String(session.anonymousCount),
  };
}

export function attendanceBodyOf(d: AttendanceDraft) {
  // An empty count field means nobody came unregistered, as the field's zero said before it was cleared.
  const text = d.anonymousCount.trim();
  const count = text === '' ? 0 : /^\d+$/.test(text) ? Number(text) : Number.NaN;
  return { version: d.version, attendedPersonIds: d.attendedPersonIds, anonymousCount: count };
}

export const attendanceDraftSchema: DraftSchema<Checked<typeof zAttendanceInput>> = {
  safeParse(draft) {
    const d = draft as AttendanceDraft;
    return parseAs(zAttendanceInput.safeParse(attendanceBodyOf(d)), [], (issue) => [issue.path[0] ?? '']);
  },
};
