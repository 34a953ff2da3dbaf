import { describe, expect, it } from 'vitest';
import { ApiError } from '../src/api/client';
import {
  draftOf,
  formPathOf,
  inputOf,
  recordSchema,
  sameRecord,
  withFormPaths,
} from '../src/features/teams/record-draft';
import { clockText, membersByUnit } from '../src/features/teams/team-words';

const family = { id: '00000000-0000-4000-8000-00000000000a', name: 'Perheneuvola' };
const dev = { id: '00000000-0000-4000-8000-00000000000b', name: 'Kehitykselliset palvelut' };
const units = [family, dev];
const aino = '00000000-0000-4000-8000-000000000001';
const sanna = '00000000-0000-4000-8000-000000000002';

describe('the team meeting item form', () => {
  it('sends the units in the team order and leaves out a unit with nothing written', () => {
    const draft = {
      ...draftOf(null),
      views: { [dev.id]: '  Tarvitsee arvion. ', [family.id]: '' },
      tasks: { [family.id]: 'Perhetyö jatkuu.' },
      pair: [aino, null] as [string | null, string | null],
    };
    expect(inputOf(draft, 3, units)).toEqual({
      version: 3,
      assessments: [{ unitId: dev.id, view: 'Tarvitsee arvion.' }],
      division: [{ unitId: family.id, task: 'Perhetyö jatkuu.' }],
      responsibleUnitId: null,
      pairUserIds: [aino],
      nextReviewOn: null,
      decided: false,
    });
  });

  it('reads back what it saved, so a saved record is not unsaved', () => {
    const record = {
      version: 2,
      assessments: [{ unitId: family.id, unit: family.name, view: 'Huoli koulusta.' }],
      division: [{ unitId: dev.id, unit: dev.name, task: 'Neuropsykologinen arvio.' }],
      responsibleUnit: family,
      pair: [
        { id: aino, name: 'Aino Virtanen', unit: family.name },
        { id: sanna, name: 'Sanna Koskinen', unit: dev.name },
      ],
      nextReviewOn: '2026-09-01',
      decided: true,
    };
    const draft = draftOf(record);
    expect(inputOf(draft, 2, units)).toMatchObject({
      responsibleUnitId: family.id,
      pairUserIds: [aino, sanna],
      nextReviewOn: '2026-09-01',
      decided: true,
    });
    expect(sameRecord(draft, { ...draft, views: { [family.id]: 'Huoli koulusta.  ' } }, units)).toBe(true);
    expect(sameRecord(draft, { ...draft, decided: false }, units)).toBe(false);
  });

  it('names a unit text’s problem by the unit, not by its place in what was sent', () => {
    const input = inputOf({ ...draftOf(null), views: { [dev.id]: 'x' } }, 0, units);
    expect(formPathOf('assessments.0.view', input)).toBe(`views.${dev.id}`);
    expect(formPathOf('pairUserIds', input)).toBe('pair');
    expect(formPathOf('nextReviewOn', input)).toBe('nextReviewOn');
    const error = withFormPaths(
      new ApiError(400, 'validation_failed', { 'assessments.0.view': 'too_long' }),
      input,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).fields).toEqual({ [`views.${dev.id}`]: 'too_long' });
  });

  it('checks the date with the shared schema before sending', () => {
    const draft = { ...draftOf(null), nextReviewOn: '2026-02-30' };
    const body = inputOf(draft, 0, units);
    const parsed = recordSchema.safeParse(body);
    expect(parsed.success).toBe(false);
    if (!parsed.success) {
      expect(parsed.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
        ['nextReviewOn', 'invalid_date'],
      ]);
    }
  });
});

describe('team words', () => {
  it('shows times the Finnish way', () => {
    expect(clockText('09:30')).toBe('9.30');
    expect(clockText('13:00')).toBe('13.00');
  });

  it('lists a member of two units under both', () => {
    const groups = membersByUnit([
      { id: aino, name: 'Aino', title: '', units: ['Perheneuvola'] },
      { id: sanna, name: 'Sanna', title: '', units: ['Kehitykselliset palvelut', 'Perheneuvola'] },
    ]);
    expect(groups.map((g) => [g.unit, g.members.map((m) => m.name)])).toEqual([
      ['Perheneuvola', ['Aino', 'Sanna']],
      ['Kehitykselliset palvelut', ['Sanna']],
    ]);
  });
});
