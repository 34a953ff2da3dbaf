import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Actor,
  type CaseFacts,
  decideCase,
  decideReviewStatedAccess,
  decideStateLegalBasis,
  legalBases,
  type StatedBasis,
} from './access-policy';

const worker: Actor = { userId: 'aino', role: 'worker', organisationId: 'county', unitIds: ['pn'] };
const lead: Actor = { userId: 'marja', role: 'team_lead', organisationId: 'county', unitIds: ['pn'] };
const admin: Actor = { ...worker, userId: 'ilkka', role: 'admin' };
const today = '2026-11-22';

const developmental: CaseFacts = {
  caseId: 'kp-case',
  unitId: 'kp',
  register: 'health',
  status: 'open',
  responsibleWorkerId: 'sanna',
  pairWorkerId: null,
};
const counselling: CaseFacts = {
  ...developmental,
  caseId: 'pn-case',
  unitId: 'pn',
  register: 'social',
  responsibleWorkerId: 'aino',
};
const statement = (userId: string): StatedBasis => ({
  statedAccessId: `s-${userId}`,
  userId,
  legalBasis: 'child_in_danger',
  expiresAt: '2026-11-22T22:00:00.000Z',
});

describe('stating a legal basis', () => {
  it('is open to a worker who knows the client through another case', () => {
    expect(decideStateLegalBasis(worker, developmental, [counselling, developmental], today)).toMatchObject({
      allowed: true,
      caseId: 'pn-case',
    });
  });

  it('is refused without a care relationship to the client, and to admins', () => {
    expect(decideStateLegalBasis(worker, developmental, [developmental], today)).toEqual({
      allowed: false,
      reason: 'no_care_relationship',
    });
    expect(decideStateLegalBasis(admin, developmental, [counselling, developmental], today)).toMatchObject({
      allowed: false,
      reason: 'role',
    });
  });

  it('is not needed for a case the worker can already read', () => {
    expect(decideStateLegalBasis(worker, counselling, [counselling], today)).toEqual({
      allowed: false,
      reason: 'not_needed',
    });
  });

  it('cannot lean on an earlier statement as the care relationship', () => {
    const other = { ...developmental, caseId: 'other', statedAccesses: [statement('aino')] };
    expect(decideStateLegalBasis(worker, developmental, [other, developmental], today)).toMatchObject({
      allowed: false,
    });
  });
});

describe('a stated basis in the access policy', () => {
  it('opens the case to read only, and only to the worker who stated it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('aino', 'mikko', 'marja'),
        fc.uniqueArray(fc.constantFrom('aino', 'mikko', 'marja', 'sanna'), { maxLength: 3 }),
        fc.constantFrom(...legalBases),
        (userId, staters, legalBasis) => {
          const who: Actor = { ...worker, userId };
          const facts = {
            ...developmental,
            statedAccesses: staters.map((s) => ({ ...statement(s), legalBasis })),
          };
          const read = decideCase(who, facts, 'read', today);
          expect(read.allowed).toBe(staters.includes(userId));
          if (read.allowed)
            expect(read).toMatchObject({ basis: 'stated_legal_basis', stated: { legalBasis } });
          expect(decideCase(who, facts, 'write', today).allowed).toBe(false);
        },
      ),
    );
  });
});

describe('reviewing stated bases', () => {
  it('is for the team leads of the unit the basis was stated in', () => {
    expect(decideReviewStatedAccess(lead, 'pn')).toEqual({ allowed: true, basis: 'review' });
    expect(decideReviewStatedAccess(lead, 'kp')).toMatchObject({ allowed: false });
    expect(decideReviewStatedAccess(worker, 'pn')).toMatchObject({ allowed: false, reason: 'role' });
    expect(decideReviewStatedAccess(lead, null)).toMatchObject({ allowed: false });
  });
});
