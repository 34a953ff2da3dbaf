import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { createFieldProtector } from '../src/crypto/protect';
import { type Database, openPostgres } from '../src/db/client';
import { seedDemo } from '../src/seed/seed';
import { dbKind, openTestDatabase } from './harness';
import { TEST_SECRET_KEY } from './keys';

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
  const shared = inject('postgresUrl');
  const name = `verkosto_private_${randomBytes(6).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: shared });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(shared);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString(), 2);
  await database.migrate();
  // As the PGlite clone of the seeded template is: the demo county is there.
  await seedDemo(database.db, createFieldProtector(TEST_SECRET_KEY));
  return {
    database,
    async drop() {
      await database.close();
      await admin(`drop database if exists ${name} with (force)`);
    },
  };
}
