import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client';
import { caseGuidance, caseResources, serviceDirectory, users } from '../../db/schema/index';

export async function findResources(tx: Tx, caseId: string) {
  const [row] = await tx
    .select({ resources: caseResources, updatedBy: users.displayName })
    .from(caseResources)
    .innerJoin(users, eq(users.id, caseResources.updatedBy))
    .where(eq(caseResources.caseId, caseId));
  return row ?? null;
}

/** Saves over the version seen (0: the first save); false when someone saved first. */
export async function saveResources(
  tx: Tx,
  caseId: string,
  version: number,
  content: Record<string, unknown>,
  userId: string,
): Promise<boolean> {
  if (version === 0) {
    const rows = await tx
      .insert(caseResources)
      .values({ caseId, content, updatedBy: userId })
      .onConflictDoNothing()
      .returning({ caseId: caseResources.caseId });
    return rows.length > 0;
  }
  const rows = await tx
    .update(caseResources)
    .set({ content, version: version + 1, updatedBy: userId, updatedAt: new Date() })
    .where(and(eq(caseResources.caseId, caseId), eq(caseResources.version, version)))
    .returning({ caseId: caseResources.caseId });
  return rows.length > 0;
}

/** The services offered now; retired ones stay only in the guidance already given. */
export function directory(tx: Executor) {
  return tx
    .select()
    .from(serviceDirectory)
    .where(eq(serviceDirectory.active, true))
    .orderBy(asc(serviceDirectory.name));
}

/** Services answering any of the named risks. */
export function servicesFor(tx: Tx, factors: string[]) {
  if (factors.length === 0) return Promise.resolve([]);
  return tx
    .select()
    .from(serviceDirectory)
    .where(
      and(
        eq(serviceDirectory.active, true),
        sql`${serviceDirectory.riskFactors} && ${sql.param(factors)}::text[]`,
      ),
    )
    .orderBy(asc(serviceDirectory.name));
}

export async function findService(tx: Executor, id: string) {
  const [row] = await tx.select().from(serviceDirectory).where(eq(serviceDirectory.id, id));
  return row ?? null;
}

export function guidanceOfCase(tx: Tx, caseId: string) {
  return tx
    .select({ guidance: caseGuidance, service: serviceDirectory, givenBy: users.displayName })
    .from(caseGuidance)
    .innerJoin(serviceDirectory, eq(serviceDirectory.id, caseGuidance.serviceId))
    .innerJoin(users, eq(users.id, caseGuidance.givenBy))
    .where(eq(caseGuidance.caseId, caseId))
    .orderBy(asc(caseGuidance.givenAt));
}

export async function insertGuidance(tx: Tx, row: typeof caseGuidance.$inferInsert) {
  const [inserted] = await tx.insert(caseGuidance).values(row).returning({ id: caseGuidance.id });
  return inserted!.id;
}

export type ServiceFields = Pick<
  typeof serviceDirectory.$inferInsert,
  'name' | 'kind' | 'contact' | 'level' | 'riskFactors'
>;

export async function insertService(tx: Executor, fields: ServiceFields, by: string) {
  const [row] = await tx
    .insert(serviceDirectory)
    .values({ ...fields, updatedBy: by })
    .returning();
  return row!;
}

/** Changes a service over the version the admin saw (or retires it); null when someone saved first. */
export async function updateService(
  tx: Executor,
  id: string,
  version: number,
  change: Partial<ServiceFields> & { active?: false },
  by: string,
) {
  const [row] = await tx
    .update(serviceDirectory)
    .set({ ...change, version: version + 1, updatedBy: by, updatedAt: new Date() })
    .where(
      and(
        eq(serviceDirectory.id, id),
        eq(serviceDirectory.version, version),
        eq(serviceDirectory.active, true),
      ),
    )
    .returning();
  return row ?? null;
}
