import { temporaryIdentityCode } from '@verkosto/domain';
import { hashPassword } from '../auth/passwords';
import type { FieldProtector } from '../crypto/protect';
import type { Db } from '../db/client';
import {
  casePhaseChanges,
  cases,
  families,
  familyMembers,
  organisations,
  persons,
  serviceDirectory,
  unitMemberships,
  units,
  users,
} from '../db/schema/index';
import { personRow } from '../modules/persons/row';
import { demoCases } from './demo-cases';
import { DEMO_PASSWORD, demoOrganisations, demoUnits, demoUsers } from './demo-county';
import { demoDirectory } from './demo-directory';
import { demoFamilies, demoPersons } from './demo-families';
import { must } from './must';
import { seedEetuCaseWork } from './seed-case-work';
import { seedKorpelaWork } from './seed-korpela';
import { seedReferrals } from './seed-referrals';
import { seedTeam } from './seed-team';

/** True when the database has no organisations yet: the demo is seeded once, on the first start. */
export async function isEmpty(db: Db): Promise<boolean> {
  const rows = await db.select({ id: organisations.id }).from(organisations).limit(1);
  return rows.length === 0;
}

/**
 * Fills an empty database with the fictional demo county. This is set-up, not work on a client,
 * so it writes the tables directly rather than through the access door.
 */
export async function seedDemo(db: Db, protector: FieldProtector): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const orgIds = new Map<string, string>();
    for (const o of demoOrganisations) {
      const [row] = await tx
        .insert(organisations)
        .values({ name: o.name, kind: o.kind })
        .returning({ id: organisations.id });
      orgIds.set(o.key, row!.id);
    }
    const unitIds = new Map<string, string>();
    for (const u of demoUnits) {
      const [row] = await tx
        .insert(units)
        .values({
          organisationId: must(orgIds, u.org),
          name: u.name,
          serviceDomain: u.domain,
          serviceTypes: u.types,
          emergencyPhone: u.emergencyPhone ?? null,
        })
        .returning({ id: units.id });
      unitIds.set(u.key, row!.id);
    }
    const userIds = new Map<string, string>();
    for (const u of demoUsers) {
      const [row] = await tx
        .insert(users)
        .values({
          username: u.username,
          displayName: u.name,
          title: u.title,
          role: u.role,
          organisationId: must(orgIds, u.org),
          passwordHash,
        })
        .returning({ id: users.id });
      userIds.set(u.key, row!.id);
      for (const unit of u.units)
        await tx.insert(unitMemberships).values({ userId: row!.id, unitId: must(unitIds, unit) });
    }
    const personIds = new Map<string, string>();
    for (const [i, p] of demoPersons.entries()) {
      const fields = {
        firstNames: p.firstNames,
        lastName: p.lastName,
        dateOfBirth: p.dateOfBirth,
        identityCode:
          p.codeSerial === undefined ? null : temporaryIdentityCode(p.dateOfBirth, p.codeSerial + i),
        languages: p.languages ?? ['fi'],
        interpreterNeeded: p.interpreterNeeded ?? false,
        phone: p.phone ?? null,
        email: p.email ?? null,
        streetAddress: p.address?.street ?? null,
        postalCode: p.address?.postalCode ?? null,
        city: p.address?.city ?? null,
        addressProtection: p.addressProtection ?? false,
      };
      const [row] = await tx
        .insert(persons)
        .values(personRow(fields, protector))
        .returning({ id: persons.id });
      personIds.set(p.key, row!.id);
    }
    const familyIds = new Map<string, string>();
    for (const f of demoFamilies) {
      const [row] = await tx.insert(families).values({ name: f.name }).returning({ id: families.id });
      familyIds.set(f.key, row!.id);
      for (const m of f.members) {
        await tx.insert(familyMembers).values({
          familyId: row!.id,
          personId: must(personIds, m.person),
          role: m.role,
          isGuardian: m.guardian ?? false,
        });
      }
    }
    const caseIds = new Map<string, string>();
    for (const c of demoCases) {
      const [row] = await tx
        .insert(cases)
        .values({
          unitId: must(unitIds, c.unit),
          personId: c.person ? must(personIds, c.person) : null,
          familyId: c.family ? must(familyIds, c.family) : null,
          serviceType: c.serviceType,
          phase: c.phase,
          status: c.closed ? 'closed' : 'open',
          responsibleWorkerId: must(userIds, c.responsible),
          pairWorkerId: c.pair ? must(userIds, c.pair) : null,
          purchaserOrganisationId: c.purchaser ? must(orgIds, c.purchaser) : null,
          openedOn: c.openedOn,
          closedOn: c.closed?.on ?? null,
          closingReason: c.closed?.reason ?? null,
          closingNote: c.closed?.note ?? null,
        })
        .returning({ id: cases.id });
      if (c.key) caseIds.set(c.key, row!.id);
      let from: string = 'referral';
      for (const step of c.path ?? []) {
        await tx.insert(casePhaseChanges).values({
          caseId: row!.id,
          fromPhase: from,
          toPhase: step.to,
          reason: step.reason,
          changedBy: must(userIds, c.responsible),
          changedAt: new Date(`${step.on}T10:00:00+03:00`),
        });
        from = step.to;
      }
    }
    await seedEetuCaseWork(tx, must(caseIds, 'eetu_pn'), userIds);
    await seedKorpelaWork(tx, must(caseIds, 'korpela_kompassi'), userIds);
    await seedTeam(tx, userIds);
    await seedReferrals(tx, { users: userIds, units: unitIds, cases: caseIds, persons: personIds });
    await tx.insert(serviceDirectory).values(demoDirectory);
  });
}
