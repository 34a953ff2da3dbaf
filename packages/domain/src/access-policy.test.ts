import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Actor,
  type CaseFacts,
  decideAccessLogView,
  decideCase,
  decideClientRecord,
  decideIdentitySearch,
  decideOpenCase,
  decidePerson,
  decideUnitWork,
  visibleCases,
} from './access-policy';

const worker = (userId: string, unitIds: string[], role: Actor['role'] = 'worker'): Actor => ({
  userId,
  role,
  organisationId: 'county',
  unitIds,
});

const psychiatryCase: CaseFacts = {
  caseId: 'c-lpsy',
  unitId: 'lpsy',
  register: 'health',
  status: 'open',
  responsibleWorkerId: 'laura',
  pairWorkerId: null,
};

const counsellingCase: CaseFacts = {
  caseId: 'c-pn',
  unitId: 'pn',
  register: 'social',
  status: 'open',
  responsibleWorkerId: 'aino',
  pairWorkerId: 'sanna',
};

describe('case decisions', () => {
  it('opens a case to its responsible worker, pair worker and unit', () => {
    expect(decideCase(worker('aino', ['pn']), counsellingCase, 'read')).toMatchObject({
      allowed: true,
      basis: 'responsible_worker',
    });
    expect(decideCase(worker('sanna', ['kp']), counsellingCase, 'write')).toMatchObject({
      allowed: true,
      basis: 'pair_worker',
    });
    expect(decideCase(worker('mikko', ['pn']), counsellingCase, 'read')).toMatchObject({
      allowed: true,
      basis: 'unit_worker',
    });
    expect(decideCase(worker('marja', ['pn'], 'team_lead'), counsellingCase, 'read')).toMatchObject({
      allowed: true,
    });
  });

  it('keeps a case of another unit closed, whatever the register', () => {
    expect(decideCase(worker('aino', ['pn']), psychiatryCase, 'read')).toEqual({
      allowed: false,
      reason: 'no_care_relationship',
    });
    expect(decideCase(worker('riikka', ['ls']), counsellingCase, 'read').allowed).toBe(false);
  });

  it('gives admins no client data', () => {
    expect(decideCase(worker('aino', ['pn'], 'admin'), counsellingCase, 'read')).toEqual({
      allowed: false,
      reason: 'role',
    });
    expect(decidePerson(worker('aino', ['pn'], 'admin'), [counsellingCase], 'read').allowed).toBe(false);
  });

  it("lets admins find basic identity and read a person's access log, as the register keeper's task", () => {
    const admin = worker('x', ['pn'], 'admin');
    expect(decideIdentitySearch(admin)).toEqual({ allowed: true, basis: 'registry' });
    expect(decideAccessLogView(admin, { createdBy: null, cases: [] })).toEqual({
      allowed: true,
      basis: 'registry',
    });
    expect(
      decideAccessLogView(worker('aino', ['pn']), { createdBy: null, cases: [counsellingCase] }),
    ).toMatchObject({
      allowed: true,
      basis: 'responsible_worker',
    });
    expect(
      decideAccessLogView(worker('riikka', ['ls']), { createdBy: null, cases: [counsellingCase] }).allowed,
    ).toBe(false);
  });

  it('after closing, lets the case workers read but not change, and closes it to the unit', () => {
    const closed = { ...counsellingCase, status: 'closed' as const };
    expect(decideCase(worker('aino', ['pn']), closed, 'read').allowed).toBe(true);
    expect(decideCase(worker('aino', ['pn']), closed, 'write').allowed).toBe(false);
    expect(decideCase(worker('sanna', ['kp']), closed, 'read').allowed).toBe(true);
    expect(decideCase(worker('mikko', ['pn']), closed, 'read').allowed).toBe(false);
  });

  it('lets a worker open cases only in their own units', () => {
    expect(decideOpenCase(worker('aino', ['pn']), 'pn').allowed).toBe(true);
    expect(decideOpenCase(worker('aino', ['pn']), 'lpsy').allowed).toBe(false);
  });
});

describe('person decisions', () => {
  it('names the strongest relationship as the basis', () => {
    const decision = decidePerson(
      worker('aino', ['pn']),
      [psychiatryCase, { ...counsellingCase, responsibleWorkerId: 'x' }, counsellingCase],
      'read',
    );
    expect(decision).toMatchObject({ allowed: true, basis: 'responsible_worker' });
  });

  it('lets the registering worker in until the first case exists', () => {
    const me = worker('petra', ['pt']);
    expect(decideClientRecord(me, { createdBy: 'petra', cases: [] }, 'write')).toMatchObject({
      allowed: true,
      basis: 'registered_by',
    });
    expect(decideClientRecord(me, { createdBy: 'petra', cases: [psychiatryCase] }, 'read').allowed).toBe(
      false,
    );
    expect(
      decideClientRecord(worker('other', ['pt']), { createdBy: 'petra', cases: [] }, 'read').allowed,
    ).toBe(false);
  });

  const ids = fc.constantFrom('u1', 'u2', 'u3', 'u4');
  const units = fc.constantFrom('pn', 'kp', 'lpsy', 'pt');
  const arbitraryCase = fc.record({
    caseId: fc.uuid(),
    unitId: units,
    register: fc.constantFrom('social' as const, 'health' as const),
    status: fc.constantFrom('open' as const, 'closed' as const),
    responsibleWorkerId: ids,
    pairWorkerId: fc.option(ids, { nil: null }),
  });
  const arbitraryActor = fc.record({
    userId: ids,
    role: fc.constantFrom('worker' as const, 'team_lead' as const, 'admin' as const),
    organisationId: fc.constant('county'),
    unitIds: fc.uniqueArray(units, { maxLength: 2 }),
  });

  it('never opens a person without a case that itself opens to the actor', () => {
    fc.assert(
      fc.property(arbitraryActor, fc.array(arbitraryCase, { maxLength: 6 }), (actor, cases) => {
        const decision = decidePerson(actor, cases, 'read');
        expect(decision.allowed).toBe(visibleCases(actor, cases).length > 0);
      }),
    );
  });

  it('never lets anyone write where they may not read', () => {
    fc.assert(
      fc.property(arbitraryActor, arbitraryCase, (actor, c) => {
        if (decideCase(actor, c, 'write').allowed) expect(decideCase(actor, c, 'read').allowed).toBe(true);
      }),
    );
  });

  it('opens a case only to someone named on it or working in its unit', () => {
    fc.assert(
      fc.property(arbitraryActor, arbitraryCase, (actor, c) => {
        const named = c.responsibleWorkerId === actor.userId || c.pairWorkerId === actor.userId;
        if (decideCase(actor, c, 'read').allowed)
          expect(named || actor.unitIds.includes(c.unitId)).toBe(true);
      }),
    );
  });
});

describe('a unit’s own work', () => {
  it('is for the unit’s client workers: not other units, not admins or purchasers in it', () => {
    const worker = { userId: 'w', role: 'worker' as const, organisationId: 'o', unitIds: ['pn'] };

    expect(decideUnitWork(worker, 'pn')).toEqual({ allowed: true, basis: 'own_unit' });
    expect(decideUnitWork({ ...worker, role: 'team_lead' }, 'pn').allowed).toBe(true);
    expect(decideUnitWork(worker, 'kp').allowed).toBe(false);
    expect(decideUnitWork({ ...worker, role: 'admin' }, 'pn').allowed).toBe(false);
    expect(decideUnitWork({ ...worker, role: 'purchaser' }, 'pn').allowed).toBe(false);
  });
});
