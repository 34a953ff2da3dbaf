import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, openPglite, openPostgres } from '../../apps/server/src/db/client';

/** A database made for one bench size, and how to get rid of it again. */
export interface BenchDatabase {
  database: Database;
  /** Where it lives, for the report (a temp dir, or the server and database name; no password). */
  where: string;
  /** The connection string, for the app's configuration (PostgreSQL only). */
  url: string | null;
  /** Closes the database and removes it: the temp dir, or the database in the server. Safe to call twice. */
  dispose(): Promise<void>;
}

/** A fresh, empty database: PGlite in a temp dir, or a new database in the PostgreSQL server of `databaseUrl`. */
export async function openFreshDatabase(
  databaseUrl: string | undefined,
  poolSize: number,
): Promise<BenchDatabase> {
  return databaseUrl ? freshPostgres(databaseUrl, poolSize) : freshPglite();
}

async function freshPglite(): Promise<BenchDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'verkosto-bench-'));
  let database: Database;
  try {
    database = await openPglite(join(dir, 'db'));
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  let disposed = false;
  return {
    database,
    where: dir,
    url: null,
    async dispose() {
      if (disposed) return;
      disposed = true;
      try {
        await database.close();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** Runs one statement on the server's own database (for create and drop database). */
async function onServer(databaseUrl: string, statement: string): Promise<void> {
  const admin = await openPostgres(databaseUrl, 1);
  try {
    await admin.raw.query(statement);
  } finally {
    await admin.close();
  }
}

async function freshPostgres(databaseUrl: string, poolSize: number): Promise<BenchDatabase> {
  const name = `verkosto_bench_${randomBytes(6).toString('hex')}`;
  await onServer(databaseUrl, `create database ${name}`);
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  const drop = () => onServer(databaseUrl, `drop database if exists ${name} with (force)`);
  let database: Database;
  try {
    database = await openPostgres(url.toString(), poolSize);
  } catch (error) {
    await drop();
    throw error;
  }
  let disposed = false;
  return {
    database,
    where: `${url.hostname}:${url.port || '5432'}/${name}`,
    url: url.toString(),
    async dispose() {
      if (disposed) return;
      disposed = true;
      try {
        await database.close();
      } finally {
        await drop();
      }
    },
  };
}
