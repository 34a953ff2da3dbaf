import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { timelineEvents, users } from '../../db/schema/index';

export type EventFields = Pick<
  typeof timelineEvents.$inferInsert,
  'year' | 'month' | 'day' | 'approximate' | 'kind' | 'significance' | 'title' | 'description' | 'toldBy'
>;

const columns = { event: timelineEvents, recordedBy: users.displayName };

function selectEvents(tx: Tx) {
  return tx.select(columns).from(timelineEvents).innerJoin(users, eq(users.id, timelineEvents.recordedBy));
}

export type EventRow = Awaited<ReturnType<typeof eventsOfCase>>[number];

/** The case's events in time order; less exact dates first within their year or month. */
export function eventsOfCase(tx: Tx, caseId: string) {
  return selectEvents(tx)
    .where(and(eq(timelineEvents.caseId, caseId), isNull(timelineEvents.removedAt)))
    .orderBy(
      asc(timelineEvents.year),
      sql`${timelineEvents.month} asc nulls first`,
      sql`${timelineEvents.day} asc nulls first`,
      asc(timelineEvents.recordedAt),
    );
}

export async function findEvent(tx: Tx, id: string) {
  const [row] = await selectEvents(tx).where(
    and(eq(timelineEvents.id, id), isNull(timelineEvents.removedAt)),
  );
  return row ?? null;
}

export async function insertEvent(tx: Tx, caseId: string, fields: EventFields, recordedBy: string) {
  const [row] = await tx
    .insert(timelineEvents)
    .values({ ...fields, caseId, recordedBy })
    .returning({ id: timelineEvents.id });
  return row!.id;
}

/** Applies the change over the version the editor saw; false when someone saved first. */
export async function updateEvent(tx: Tx, id: string, version: number, fields: EventFields) {
  const rows = await tx
    .update(timelineEvents)
    .set({ ...fields, version: version + 1 })
    .where(
      and(eq(timelineEvents.id, id), eq(timelineEvents.version, version), isNull(timelineEvents.removedAt)),
    )
    .returning({ id: timelineEvents.id });
  return rows.length > 0;
}

export async function removeEvent(tx: Tx, id: string) {
  await tx.update(timelineEvents).set({ removedAt: new Date() }).where(eq(timelineEvents.id, id));
}
