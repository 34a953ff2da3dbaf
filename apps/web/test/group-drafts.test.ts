import type { SessionUser } from '@verkosto/domain';
import { describe, expect, it } from 'vitest';
import {
  attendanceBodyOf,
  attendanceDraftSchema,
  emptyGroupDraft,
  emptySessionDraft,
  groupDraftSchema,
  sessionDraftSchema,
} from '../src/features/groups/group-drafts';
import { groupPath, groupUnits, unitGroupsPath } from '../src/features/groups/group-units';

const me = '00000000-0000-4000-8000-000000000001';
const timo = '00000000-0000-4000-8000-000000000002';
const person = '00000000-0000-4000-8000-000000000003';

/** The paths the check reports, as the form's error summary lists them. */
function paths(result: ReturnType<typeof groupDraftSchema.safeParse>): string[] {
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.')).sort();
}

describe('starting a group', () => {
  it('names every missing choice on its own field, the user facilitating to begin with', () => {
    expect(paths(groupDraftSchema.safeParse(emptyGroupDraft(me)))).toEqual(['kind', 'level', 'name']);
  });

  it('says a missing facilitator on the first select', () => {
    const draft = { ...emptyGroupDraft(null), name: 'Isät', kind: 'father_child', level: 'preventive' };
    const result = groupDraftSchema.safeParse(draft);
    expect(paths(result)).toEqual(['facilitatorId']);
  });

  it('sends the pair as the list of facilitators', () => {
    const draft = {
      ...emptyGroupDraft(me),
      name: 'Isät',
      kind: 'father_child' as const,
      level: 'preventive' as const,
      pairFacilitatorId: timo,
    };
    const result = groupDraftSchema.safeParse(draft);
    expect(result.success && result.data.facilitatorIds).toEqual([me, timo]);
  });
});

describe('a session', () => {
  it('says an unreadable time where it was typed, not on the date', () => {
    const result = sessionDraftSchema.safeParse({
      ...emptySessionDraft(null),
      date: '2026-05-04',
      time: 'ilta',
    });
    expect(result.success ? [] : result.error.issues.map((i) => i.path.join('.'))).toEqual(['time']);
  });

  it('takes 15 minutes to 8 hours, said on the duration field', () => {
    const draft = { date: '2026-05-04', time: '17.30', duration: '10', place: '' };
    const result = sessionDraftSchema.safeParse(draft);
    expect(result.success ? [] : result.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['duration', 'invalid'],
    ]);
  });

  it('sends the local time as an instant, and the previous place by default', () => {
    const result = sessionDraftSchema.safeParse({
      ...emptySessionDraft('Ryhmätila'),
      date: '2026-05-04',
      time: '17.30',
    });
    expect(result.success && new Date(result.data.startsAt).getHours()).toBe(17);
    expect(result.success && result.data.place).toBe('Ryhmätila');
    expect(result.success && result.data.durationMinutes).toBe(90);
  });
});

describe('attendance', () => {
  it('reads an empty count as nobody unregistered', () => {
    expect(attendanceBodyOf({ version: 2, attendedPersonIds: [person], anonymousCount: ' ' })).toEqual({
      version: 2,
      attendedPersonIds: [person],
      anonymousCount: 0,
    });
  });

  it('turns down a count that is not a whole number', () => {
    const result = attendanceDraftSchema.safeParse({
      version: 1,
      attendedPersonIds: [],
      anonymousCount: '2,5',
    });
    expect(result.success ? [] : result.error.issues.map((i) => i.path.join('.'))).toEqual([
      'anonymousCount',
    ]);
  });
});

describe('the units whose groups a user keeps', () => {
  const user: SessionUser = {
    id: me,
    displayName: 'Petra Nieminen',
    mustChangePassword: false,
    title: 'Perhetyöntekijä',
    role: 'worker',
    organisation: { id: 'o', name: 'Hyvinvointialue' },
    units: [
      { id: 'pk', name: 'Päiväkoti', serviceDomain: 'education' },
      { id: 'pt', name: 'Perhetyö', serviceDomain: 'social' },
    ],
  };

  it('are the client units, and their pages carry ids only', () => {
    expect(groupUnits(user).map((u) => u.id)).toEqual(['pt']);
    expect(groupUnits({ ...user, role: 'admin' })).toEqual([]);
    expect(unitGroupsPath('pt')).toBe('/units/pt/groups');
    expect(groupPath('g1')).toBe('/groups/g1');
  });
});
