import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Actor,
  type CaseFacts,
  consentInForce,
  type DisclosureConsent,
  decideCase,
} from './access-policy';
import { consentStatus } from './api/consents';

const units = fc.constantFrom('pn', 'kp', 'lpsy', 'ls');
const orgs = fc.constantFrom('county', 'provider');
const day = fc
  .date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const consent: fc.Arbitrary<DisclosureConsent> = fc
  .record({
    consentId: fc.uuid(),
    toUnit: fc.boolean(),
    unit: units,
    org: orgs,
    validFrom: day,
    validTo: fc.option(day, { nil: null }),
    withdrawnAt: fc.option(
      day.map((d) => `${d}T12:00:00.000Z`),
      { nil: null },
    ),
  })
  .map(({ toUnit, unit, org, ...c }) => ({
    ...c,
    recipientUnitId: toUnit ? unit : null,
    recipientOrganisationId: toUnit ? null : org,
  }));

const caseFacts: fc.Arbitrary<CaseFacts> = fc.record({
  caseId: fc.uuid(),
  unitId: units,
  register: fc.constantFrom('social' as const, 'health' as const),
  status: fc.constantFrom('open' as const, 'closed' as const),
  responsibleWorkerId: fc.constantFrom('u1', 'u2'),
  pairWorkerId: fc.option(fc.constantFrom('u1', 'u2'), { nil: null }),
  disclosures: fc.array(consent, { maxLength: 5 }),
});

const actor: fc.Arbitrary<Actor> = fc.record({
  userId: fc.constantFrom('u3', 'u4'),
  role: fc.constantFrom('worker' as const, 'team_lead' as const, 'admin' as const),
  organisationId: orgs,
  unitIds: fc.uniqueArray(units, { maxLength: 2 }),
});

describe('consents in the access policy', () => {
  it('never opens a case unless a consent in force that day names the actor’s unit or organisation', () => {
    fc.assert(
      fc.property(actor, caseFacts, day, (who, facts, today) => {
        // Actors here are never named on the case, so only the unit or a consent can open it.
        const decision = decideCase(who, facts, 'read', today);
        if (!decision.allowed || decision.basis !== 'consent') return;
        const naming = (facts.disclosures ?? []).filter(
          (c) =>
            consentInForce(c, today) &&
            (c.recipientUnitId !== null
              ? who.unitIds.includes(c.recipientUnitId)
              : c.recipientOrganisationId === who.organisationId),
        );
        expect(naming.map((c) => c.consentId)).toContain(decision.consent?.consentId);
      }),
    );
  });

  it('opens nothing through consents that are withdrawn, expired or not yet begun, and never for writing', () => {
    fc.assert(
      fc.property(actor, caseFacts, day, (who, facts, today) => {
        const dead = {
          ...facts,
          disclosures: (facts.disclosures ?? []).filter((c) => !consentInForce(c, today)),
        };
        expect(decideCase(who, dead, 'read', today)).not.toMatchObject({ basis: 'consent' });
        expect(decideCase(who, facts, 'write', today)).not.toMatchObject({ basis: 'consent' });
      }),
    );
  });

  it('agrees with the status the consent panel shows', () => {
    fc.assert(
      fc.property(consent, day, (c, today) => {
        const status = consentStatus(c, today);
        expect(consentInForce(c, today)).toBe(status === 'active' || status === 'expiring');
      }),
    );
  });

  it('marks a consent ending within 30 days as expiring', () => {
    const c = { validFrom: '2026-01-01', validTo: '2026-12-20', withdrawnAt: null };
    expect(consentStatus(c, '2026-11-22')).toBe('expiring');
    expect(consentStatus(c, '2026-11-19')).toBe('active');
    expect(consentStatus(c, '2026-12-21')).toBe('expired');
    expect(consentStatus({ ...c, withdrawnAt: '2026-11-01T10:00:00Z' }, '2026-11-22')).toBe('withdrawn');
  });
});
