import {
  type AccessAction,
  type Actor,
  type CaseFacts,
  type Decision,
  type DisclosureConsent,
  decideCase,
  helsinkiDate,
  legalBases,
  registerOfDomain,
  type ServiceDomain,
  type StatedBasis,
} from '@verkosto/domain';
import { and, eq, gt, inArray, ne, or, sql } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { cases, consents, familyMembers, statedAccesses, units } from '../db/schema/index';

/**
 * The facts the access policy decides by: the cases around a record, with their unit, register,
 * status and workers. Read inside the door's transaction, so the decision and the data agree.
 */
const factColumns = {
  caseId: cases.id,
  unitId: cases.unitId,
  serviceDomain: units.serviceDomain,
  status: cases.status,
  responsibleWorkerId: cases.responsibleWorkerId,
  pairWorkerId: cases.pairWorkerId,
};

type FactRow = {
  caseId: string;
  unitId: string;
  serviceDomain: string;
  status: string;
  responsibleWorkerId: string;
  pairWorkerId: string | null;
};

export function caseFacts(row: FactRow): CaseFacts {
  return {
    caseId: row.caseId,
    unitId: row.unitId,
    register: registerOfDomain(row.serviceDomain as ServiceDomain),
    status: row.status === 'closed' ? 'closed' : 'open',
    responsibleWorkerId: row.responsibleWorkerId,
    pairWorkerId: row.pairWorkerId,
  };
}

export async function factsOfCase(tx: Tx, caseId: string): Promise<CaseFacts | null> {
  const rows = await tx
    .select(factColumns)
    .from(cases)
    .innerJoin(units, eq(units.id, cases.unitId))
    .where(eq(cases.id, caseId));
  return rows[0] ? ((await withDisclosures(tx, [caseFacts(rows[0])]))[0] ?? null) : null;
}

/** The date consents, follow-ups and plans are judged on: today in Helsinki, the county's day. */
export const todayIso = () => helsinkiDate();

const isLegalBasis = (value: string): value is StatedBasis['legalBasis'] =>
  (legalBases as readonly string[]).includes(value);

/**
 * Adds each case's disclosure consents, in force or not: the policy decides which open a record,
 * so a withdrawal or an end date takes effect on the very next read.
 */
export async function withDisclosures(tx: Tx, facts: CaseFacts[]): Promise<CaseFacts[]> {
  if (facts.length === 0) return facts;
  const rows = await tx
    .select({
      caseId: consents.caseId,
      consentId: consents.id,
      recipientUnitId: consents.recipientUnitId,
      recipientOrganisationId: consents.recipientOrganisationId,
      validFrom: consents.validFrom,
      validTo: consents.validTo,
      withdrawnAt: consents.withdrawnAt,
    })
    .from(consents)
    .where(
      and(
        inArray(
          consents.caseId,
          facts.map((f) => f.caseId),
        ),
        eq(consents.purpose, 'disclosure'),
      ),
    );
  const byCase = new Map<string, DisclosureConsent[]>();
  for (const { caseId, withdrawnAt, ...consent } of rows) {
    const list = byCase.get(caseId) ?? [];
    list.push({ ...consent, withdrawnAt: withdrawnAt ? withdrawnAt.toISOString() : null });
    byCase.set(caseId, list);
  }
  return facts.map((f) => ({ ...f, disclosures: byCase.get(f.caseId) ?? [] }));
}

/** Cases of the person and of every family the person belongs to. */
export async function factsAroundPerson(tx: Tx, personId: string): Promise<CaseFacts[]> {
  const familiesOfPerson = tx
    .select({ id: familyMembers.familyId })
    .from(familyMembers)
    .where(eq(familyMembers.personId, personId));
  const rows = await tx
    .select(factColumns)
    .from(cases)
    .innerJoin(units, eq(units.id, cases.unitId))
    .where(or(eq(cases.personId, personId), inArray(cases.familyId, familiesOfPerson)));
  return withDisclosures(tx, rows.map(caseFacts));
}

/** Cases of the family and of each of its members. */
export async function factsAroundFamily(tx: Tx, familyId: string): Promise<CaseFacts[]> {
  const membersOfFamily = tx
    .select({ id: familyMembers.personId })
    .from(familyMembers)
    .where(eq(familyMembers.familyId, familyId));
  const rows = await tx
    .select(factColumns)
    .from(cases)
    .innerJoin(units, eq(units.id, cases.unitId))
    .where(or(eq(cases.familyId, familyId), inArray(cases.personId, membersOfFamily)));
  return withDisclosures(tx, rows.map(caseFacts));
}

/**
 * The other cases of the case's family: the family's own and each member's. For a person's case, the
 * families are those the person belongs to. Used to show network members the family shares.
 */
export async function factsOfFamilyCases(tx: Tx, caseId: string): Promise<CaseFacts[]> {
  const [subject] = await tx
    .select({ personId: cases.personId, familyId: cases.familyId })
    .from(cases)
    .where(eq(cases.id, caseId));
  if (!subject) return [];
  const familyIds = subject.familyId
    ? [subject.familyId]
    : subject.personId
      ? (
          await tx
            .select({ id: familyMembers.familyId })
            .from(familyMembers)
            .where(eq(familyMembers.personId, subject.personId))
        ).map((f) => f.id)
      : [];
  if (familyIds.length === 0) return [];
  const membersOfFamilies = tx
    .select({ id: familyMembers.personId })
    .from(familyMembers)
    .where(inArray(familyMembers.familyId, familyIds));
  const rows = await tx
    .select(factColumns)
    .from(cases)
    .innerJoin(units, eq(units.id, cases.unitId))
    .where(
      and(
        ne(cases.id, caseId),
        or(inArray(cases.familyId, familyIds), inArray(cases.personId, membersOfFamilies)),
      ),
    );
  return withDisclosures(tx, rows.map(caseFacts));
}

/** The actor's own stated legal bases among these cases that have not expired. */
export async function statedAccessesOf(
  tx: Tx,
  caseIds: string[],
  userId: string,
): Promise<Map<string, StatedBasis[]>> {
  const byCase = new Map<string, StatedBasis[]>();
  if (caseIds.length === 0) return byCase;
  const rows = await tx
    .select({
      caseId: statedAccesses.caseId,
      statedAccessId: statedAccesses.id,
      userId: statedAccesses.userId,
      legalBasis: statedAccesses.legalBasis,
      expiresAt: statedAccesses.expiresAt,
    })
    .from(statedAccesses)
    .where(
      and(
        inArray(statedAccesses.caseId, caseIds),
        eq(statedAccesses.userId, userId),
        gt(statedAccesses.expiresAt, sql`now()`),
      ),
    );
  for (const { caseId, ...s } of rows) {
    if (!isLegalBasis(s.legalBasis)) continue;
    const list = byCase.get(caseId) ?? [];
    list.push({ ...s, legalBasis: s.legalBasis, expiresAt: s.expiresAt.toISOString() });
    byCase.set(caseId, list);
  }
  return byCase;
}

/** Adds the actor's unexpired stated bases to each case, so the policy sees what they open. */
export async function withStatedAccesses(tx: Tx, facts: CaseFacts[], userId: string): Promise<CaseFacts[]> {
  const byCase = await statedAccessesOf(
    tx,
    facts.map((f) => f.caseId),
    userId,
  );
  return facts.map((f) => ({ ...f, statedAccesses: byCase.get(f.caseId) ?? [] }));
}

/**
 * Decides a case for the actor. A stated legal basis is looked up only when nothing else opens the
 * case to read: it is rare, and the usual read should not pay for it. Only the actor's own unexpired
 * statements are read; the policy still checks whose they are.
 */
export async function decideCaseAccess(
  tx: Tx,
  actor: Actor,
  facts: CaseFacts,
  action: AccessAction,
): Promise<Decision> {
  const today = action === 'read' ? todayIso() : undefined;
  const first = decideCase(actor, facts, action, today);
  if (first.allowed || action !== 'read') return first;
  const [withStated] = await withStatedAccesses(tx, [facts], actor.userId);
  return withStated?.statedAccesses?.length ? decideCase(actor, withStated, action, today) : first;
}

/** What opened a record beyond a care relationship, named in the log row so the client can see it. */
export function openedBy(decision: Decision): { detail?: Record<string, unknown> } {
  if (!decision.allowed) return {};
  if (decision.consent) return { detail: { consentId: decision.consent.consentId } };
  if (decision.stated) {
    return {
      detail: { statedAccessId: decision.stated.statedAccessId, legalBasis: decision.stated.legalBasis },
    };
  }
  return {};
}
