import { eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from './client';

/** Whether a row with this id exists: for checking the references a form names before writing. */
export async function rowExists(
  db: Executor,
  table: PgTable & { id: PgColumn },
  id: string,
): Promise<boolean> {
  const rows = await db.select({ id: table.id }).from(table).where(eq(table.id, id)).limit(1);
  return rows.length > 0;
}
