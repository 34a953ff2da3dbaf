import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema/index';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either the database or an open transaction: repositories accept both. */
export type Executor = Db | Tx;

export type DatabaseMode = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  mode: DatabaseMode;
  /** Applies the migrations not yet applied; safe while other instances start at the same time. */
  migrate(): Promise<void>;
  /**
   * Runs `work` while holding the start-up lock: instances starting together on one PostgreSQL take
   * turns, so one migrates (drizzle's migrator takes no lock of its own) and one seeds the demo.
   */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** PGlite only: the whole data dir as a tarball, so tests can clone a migrated database. */
  dumpDataDir(): Promise<Blob>;
  /** The raw driver, for the bench's straight-through comparison and for tests. */
  raw: { query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }> };
}

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

export async function openPglite(dataDir: string | null, loadDataDir?: Blob): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    ...(loadDataDir ? { loadDataDir } : {}),
  });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    mode: 'pglite',
    migrate: () => migratePglite(db as unknown as Parameters<typeof migratePglite>[0], { migrationsFolder }),
    // One process owns a PGlite data dir, so there is no one to take turns with.
    exclusive: (work) => work(),
    close: () => client.close(),
    dumpDataDir: () => client.dumpDataDir('gzip'),
    raw: {
      query: async (sql, params) => {
        const result = await client.query(sql, params);
        return { rows: result.rows };
      },
    },
  };
}

/** The access log's chain lock is 7310432001 (migration 0001); this one only orders start-ups. */
const STARTUP_LOCK = 7310432002;

export async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  async function exclusive<T>(work: () => Promise<T>): Promise<T> {
    // A session lock on a connection outside the pool: the work may need every pooled one (a pool of 1).
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    try {
      await holder.query('select pg_advisory_lock($1)', [STARTUP_LOCK]);
      return await work();
    } finally {
      // Closing the session releases its lock.
      await holder.end();
    }
  }
  return {
    db,
    mode: 'postgres',
    migrate: () =>
      exclusive(() => migratePg(db as unknown as Parameters<typeof migratePg>[0], { migrationsFolder })),
    exclusive,
    close: () => pool.end(),
    dumpDataDir: () => Promise.reject(new Error('PostgreSQL has no data dir dump')),
    raw: {
      query: async (sql, params) => {
        const result = await pool.query(sql, params);
        return { rows: result.rows };
      },
    },
  };
}

export { schema };
