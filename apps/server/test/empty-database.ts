import { inject } from 'vitest';
import { type Database, openPglite, openPostgres } from '../src/db/client';
import { dbKind } from './harness';
import { createPostgresDatabase } from './postgres-cluster';

/**
 * A migrated database with nothing in it — no demo county — as a county's first start finds it.
 * PGlite: a new one in memory. PostgreSQL: a database of its own in the run's cluster, dropped afterwards.
 */
export async function openEmptyDatabase(): Promise<{ database: Database; drop(): Promise<void> }> {
  if (dbKind === 'pglite') {
    const database = await openPglite(null);
    await database.migrate();
    return { database, drop: () => database.close() };
  }
  const created = await createPostgresDatabase(inject('postgresUrl'), 'verkosto_empty');
  const database = await openPostgres(created.url, 2);
  await database.migrate();
  return {
    database,
    async drop() {
      await database.close();
      await created.drop();
    },
  };
}
