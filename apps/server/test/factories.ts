import { helsinkiDate, temporaryIdentityCode, type UserRole } from '@verkosto/domain';
import { eq } from 'drizzle-orm';
import { hashPassword } from '../src/auth/passwords';
import type { Db } from '../src/db/client';
import { unitMemberships, units, users } from '../src/db/schema/index';
import { DEMO_PASSWORD } from '../src/seed/demo-county';
import type { Agent } from './harness';

let counter = 0;

/** A token unique to this run and process, for names and usernames that no other test file can match. */
export function uniqueToken() {
  counter += 1;
  return `T${process.pid}x${counter}${Math.floor(Math.random() * 1e6)}`;
}

/**
 * A random valid identity code in the temporary range (900–999), with its date of birth. Dates run
 * over 1900–2019 so that codes drawn by test files sharing one database practically never collide.
 */
export function uniqueIdentityCode() {
  const day = new Date(Date.UTC(1900, 0, 1) + Math.floor(Math.random() * 43_800) * 86_400_000);
  const dateOfBirth = day.toISOString().slice(0, 10);
  return { dateOfBirth, identityCode: temporaryIdentityCode(dateOfBirth, Math.floor(Math.random() * 100)) };
}

export interface RegisteredPerson {
  id: string;
  firstNames: string;
  lastName: string;
  dateOfBirth: string;
  version: number;
}

/** A fresh, unique fictional person through the API; the name carries a run-unique token to search by. */
export async function registerPerson(
  agent: Agent,
  overrides: Record<string, unknown> = {},
): Promise<RegisteredPerson> {
  const res = await agent.post('/api/persons', {
    firstNames: 'Testi',
    lastName: `Henkilö${uniqueToken()}`,
    dateOfBirth: '2016-04-12',
    languages: ['fi'],
    ...overrides,
  });
  if (res.statusCode !== 201) throw new Error(`registerPerson: ${res.statusCode} ${res.body}`);
  return res.json();
}

export interface RegisteredFamily {
  id: string;
  name: string;
  version: number;
  members: { personId: string; role: string; isGuardian: boolean }[];
}

/** A family of the given persons through the API: the first is the child, the rest guardians. */
export async function registerFamily(agent: Agent, personIds: string[]): Promise<RegisteredFamily> {
  const res = await agent.post('/api/families', {
    name: `Perhe ${uniqueToken()}`,
    members: personIds.map((personId, i) =>
      i === 0 ? { personId, role: 'child' } : { personId, role: 'guardian', isGuardian: true },
    ),
  });
  if (res.statusCode !== 201) throw new Error(`registerFamily: ${res.statusCode} ${res.body}`);
  return res.json();
}

export async function openCaseFor(
  agent: Agent,
  input: {
    unitId: string;
    personId?: string;
    familyId?: string;
    responsibleWorkerId: string;
    pairWorkerId?: string;
  },
) {
  const res = await agent.post('/api/cases', { serviceType: 'family_counselling', ...input });
  if (res.statusCode !== 201) throw new Error(`openCaseFor: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; version: number };
}

/**
 * A new account in a demo unit, with the demo password: for tests that change an account
 * (failed sign-ins, lockout), which must never touch the demo accounts other files sign in as.
 */
export async function createUser(db: Db, unitName: string, role: UserRole = 'worker') {
  const [unit] = await db
    .select({ id: units.id, organisationId: units.organisationId })
    .from(units)
    .where(eq(units.name, unitName));
  if (!unit) throw new Error(`no unit ${unitName}`);
  const username = `testi.${uniqueToken().toLowerCase()}`;
  const [user] = await db
    .insert(users)
    .values({
      username,
      displayName: 'Testi Käyttäjä',
      title: 'Perhetyöntekijä',
      role,
      organisationId: unit.organisationId,
      passwordHash: await hashPassword(DEMO_PASSWORD),
    })
    .returning({ id: users.id });
  await db.insert(unitMemberships).values({ userId: user!.id, unitId: unit.id });
  return { id: user!.id, username };
}

/**
 * A child and a guardian in one family, with the child's case in the given unit: the usual start of
 * a test about something that belongs to a case.
 */
export async function childCaseWithGuardian(agent: Agent, unitId: string, responsibleWorkerId: string) {
  const child = await registerPerson(agent);
  const guardian = await registerPerson(agent, { dateOfBirth: '1985-01-01' });
  await registerFamily(agent, [child.id, guardian.id]);
  const opened = await openCaseFor(agent, { unitId, personId: child.id, responsibleWorkerId });
  return { child, guardian, caseId: opened.id };
}

/** The guardian's written disclosure consent of the case to another unit, from today. */
export async function discloseTo(agent: Agent, caseId: string, guardianId: string, recipientUnitId: string) {
  const res = await agent.post(`/api/cases/${caseId}/consents`, {
    givenByPersonId: guardianId,
    recipientUnitId,
    purpose: 'disclosure',
    method: 'written',
    validFrom: helsinkiDate(),
  });
  if (res.statusCode !== 201) throw new Error(`discloseTo: ${res.statusCode} ${res.body}`);
}

/** Drafts and signs the case's final evaluation: a case is closed only after one is signed. */
export async function signFinalEvaluation(agent: Agent, caseId: string) {
  const draft = await agent.post(`/api/cases/${caseId}/summaries`, {
    kind: 'final',
    periodStart: '2026-01-01',
    periodEnd: helsinkiDate(),
  });
  if (draft.statusCode !== 201) throw new Error(`final evaluation draft: ${draft.statusCode} ${draft.body}`);
  const signed = await agent.post(`/api/summaries/${draft.json().id}/sign`, {
    version: draft.json().version,
  });
  if (signed.statusCode !== 200)
    throw new Error(`final evaluation signing: ${signed.statusCode} ${signed.body}`);
  return draft.json().id as string;
}
