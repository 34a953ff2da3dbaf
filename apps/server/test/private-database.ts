import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openPostgres } from '../src/db/client';
import { dbKind, openTestDatabase } from './harness';

/**
 * A migrated database no other test file sees, for tests that break things on purpose (triggers
 * disabled, rows tampered with). PGlite: another clone of the template. PostgreSQL: a database of
 * its own beside the shared one, dropped afterwards.
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
  return {
    database,
    async drop() {
      await database.close();
      await admin(`drop database if exists ${name} with (force)`);
    },
  };
}
