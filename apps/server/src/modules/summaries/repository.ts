import type { SummaryFacts, SummaryTexts } from '@verkosto/domain';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/client';
import { cases, consents, families, persons, summaries, units, users } from '../../db/schema/index';

const signer = alias(users, 'signer');

function selectSummaries(tx: Tx) {
  return tx
    .select({ summary: summaries, createdBy: users.displayName, signedBy: signer.displayName })
    .from(summaries)
    .innerJoin(users, eq(users.id, summaries.createdBy))
    .leftJoin(signer, eq(signer.id, summaries.signedBy));
}
export type SummaryRow = Awaited<ReturnType<typeof findSummary>> & {};

export async function findSummary(tx: Tx, id: string) {
  const [row] = await selectSummaries(tx).where(eq(summaries.id, id));
  return row ?? null;
}

export function summariesOfCase(tx: Tx, caseId: string) {
  return selectSummaries(tx)
    .where(eq(summaries.caseId, caseId))
    .orderBy(desc(summaries.periodEnd), desc(summaries.createdAt));
}

export async function insertSummary(
  tx: Tx,
  values: {
    caseId: string;
    kind: string;
    periodStart: string;
    periodEnd: string;
    language: string;
    sections: SummaryTexts;
    facts: SummaryFacts;
    createdBy: string;
  },
) {
  const [row] = await tx.insert(summaries).values(values).returning({ id: summaries.id });
  return row!.id;
}

/** Saves the texts over the version the worker saw, while a draft; false when someone saved first. */
export async function saveSections(tx: Tx, id: string, version: number, sections: SummaryTexts) {
  const rows = await tx
    .update(summaries)
    .set({ sections, version: version + 1, updatedAt: new Date() })
    .where(and(eq(summaries.id, id), eq(summaries.version, version), eq(summaries.status, 'draft')))
    .returning({ id: summaries.id });
  return rows.length > 0;
}

export async function sign(tx: Tx, id: string, version: number, signedBy: string) {
  const rows = await tx
    .update(summaries)
    .set({ status: 'signed', signedBy, signedAt: new Date(), version: version + 1, updatedAt: new Date() })
    .where(and(eq(summaries.id, id), eq(summaries.version, version), eq(summaries.status, 'draft')))
    .returning({ id: summaries.id });
  return rows.length > 0;
}

export async function hasSignedFinal(tx: Tx, caseId: string) {
  const [row] = await tx
    .select({ id: summaries.id })
    .from(summaries)
    .where(and(eq(summaries.caseId, caseId), eq(summaries.kind, 'final'), eq(summaries.status, 'signed')))
    .limit(1);
  return row !== undefined;
}

/** The consents of cases as the purchaser rule reads them: a unit recipient counts for its organisation. */
export async function summaryConsents(tx: Tx, caseIds: string[]) {
  if (caseIds.length === 0) return [];
  return tx
    .select({
      caseId: consents.caseId,
      purpose: consents.purpose,
      recipientOrganisationId: sql<
        string | null
      >`coalesce(${consents.recipientOrganisationId}, ${units.organisationId})`,
      validFrom: consents.validFrom,
      validTo: consents.validTo,
      withdrawnAt: sql<string | null>`${consents.withdrawnAt}::text`,
    })
    .from(consents)
    .leftJoin(units, eq(units.id, consents.recipientUnitId))
    .where(and(inArray(consents.caseId, caseIds), eq(consents.purpose, 'receive_summaries')));
}

/** The header a summary prints: the case's unit and organisation, its purchaser. */
export async function caseHeader(tx: Tx, caseId: string) {
  const [row] = await tx
    .select({
      unit: units.name,
      purchaserOrganisationId: cases.purchaserOrganisationId,
      personId: cases.personId,
      familyId: cases.familyId,
    })
    .from(cases)
    .innerJoin(units, eq(units.id, cases.unitId))
    .where(eq(cases.id, caseId));
  return row ?? null;
}

/** Whom a summary is about, as it prints: names and date of birth only — never an address. */
export async function clientOfCase(tx: Tx, c: { personId: string | null; familyId: string | null }) {
  const [person] = c.personId
    ? await tx
        .select({
          firstNames: persons.firstNames,
          lastName: persons.lastName,
          dateOfBirth: persons.dateOfBirth,
        })
        .from(persons)
        .where(eq(persons.id, c.personId))
    : [];
  const [family] = c.familyId
    ? await tx.select({ name: families.name }).from(families).where(eq(families.id, c.familyId))
    : [];
  return { person: person ?? null, familyName: family?.name ?? null };
}
