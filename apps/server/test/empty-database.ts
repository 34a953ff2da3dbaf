import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openPglite, openPostgres } from '../src/db/client';
import { dbKind } from './harness';

/** Runs one statement on the cluster of `url` (creating or dropping a database needs its own connection). */
export async function onCluster(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A new, empty database on the cluster of `base`, with its URL; not migrated. */
export async function createPostgresDatabase(base: string, prefix: string) {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await onCluster(base, `create database ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => onCluster(base, `drop database if exists ${name} with (force)`),
  };
}

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
