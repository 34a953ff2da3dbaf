import { randomBytes } from 'node:crypto';
import pg from 'pg';

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

/**
 * A new, empty database on the cluster of `base`, with its URL; not migrated. Free of vitest, so
 * the e2e installation walk makes its database with it too.
 */
export async function createPostgresDatabase(base: string, prefix: string) {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await onCluster(base, `create database ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () => onCluster(base, `drop database if exists ${name} with (force)`),
  };
}
