import { describe, expect, it } from 'vitest';
import { decideCaseload, decideCountyStructure } from './access-policy';
import { makesParentCycle } from './county-structure';

const parents = new Map<string, string | null>([
  ['county', null],
  ['provider', 'county'],
  ['branch', 'provider'],
]);

describe('organisation parents', () => {
  it('allow a parent higher up or none at all', () => {
    expect(makesParentCycle('branch', 'county', parents)).toBe(false);
    expect(makesParentCycle('county', null, parents)).toBe(false);
  });

  it('refuse the organisation itself or one of its own sub-organisations', () => {
    expect(makesParentCycle('county', 'county', parents)).toBe(true);
    expect(makesParentCycle('county', 'branch', parents)).toBe(true);
  });

  it('stop on a circle already stored instead of walking it for ever', () => {
    const broken = new Map<string, string | null>([
      ['a', 'b'],
      ['b', 'a'],
    ]);
    expect(makesParentCycle('c', 'a', broken)).toBe(true);
  });
});

describe('who keeps the structure and the caseload', () => {
  const actor = (role: 'worker' | 'team_lead' | 'admin' | 'purchaser') => ({
    userId: 'u',
    role,
    organisationId: 'o',
    unitIds: ['pn'],
  });

  it('gives the county structure to admins only', () => {
    expect(decideCountyStructure(actor('admin')).allowed).toBe(true);
    for (const role of ['worker', 'team_lead', 'purchaser'] as const)
      expect(decideCountyStructure(actor(role)).allowed).toBe(false);
  });

  it("gives a unit's caseload to its own team leads only", () => {
    expect(decideCaseload(actor('team_lead'), 'pn').allowed).toBe(true);
    expect(decideCaseload(actor('team_lead'), 'other').allowed).toBe(false);
    expect(decideCaseload(actor('worker'), 'pn').allowed).toBe(false);
    expect(decideCaseload(actor('admin'), 'pn').allowed).toBe(false);
  });
});
