import { inject } from 'vitest';
import { createFieldProtector } from '../src/crypto/protect';
import { type Database, openPostgres } from '../src/db/client';
import { seedDemo } from '../src/seed/seed';
import { dbKind, openTestDatabase } from './harness';
import { TEST_SECRET_KEY } from './keys';
import { createPostgresDatabase } from './postgres-cluster';

/**
 * A migrated database no other test file sees, for tests that break things on purpose (triggers
 * disabled, rows tampered with). PGlite: another clone of the template. PostgreSQL: a database of
 * its own beside the shared one, migrated and seeded, dropped afterwards.
 */
export async function openPrivateDatabase(): Promise<{ database: Database; drop(): Promise<void> }> {
  if (dbKind === 'pglite') {
    const database = await openTestDatabase();
    return { database, drop: () => database.close() };
  }
  const created = await createPostgresDatabase(inject('postgresUrl'), 'verkosto_private');
  const database = await openPostgres(created.url, 2);
  await database.migrate();
  // As the PGlite clone of the seeded template is: the demo county is there.
  await seedDemo(database.db, createFieldProtector(TEST_SECRET_KEY));
  return {
    database,
    async drop() {
      await database.close();
      await created.drop();
    },
  };
}
