import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { createFieldProtector } from '../src/crypto/protect';
import { openPglite, openPostgres } from '../src/db/client';
import { seedDemo } from '../src/seed/seed';
import { TEST_SECRET_KEY } from './keys';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresUrl: string;
  }
}

/**
 * Migrates and seeds one database per run. PGlite: a template data dir each test file clones
 * (creating and migrating one per file would take seconds each). PostgreSQL: one fresh database
 * shared by all files, whose tests make their own records.
 */
export default async function setup(project: TestProject) {
  const kind = project.config.env?.VERKOSTO_TEST_DB ?? 'pglite';
  const protector = createFieldProtector(TEST_SECRET_KEY);
  if (kind === 'postgres') {
    const base = process.env.TEST_DATABASE_URL;
    if (!base) throw new Error('TEST_DATABASE_URL is not set');
    const name = `verkosto_it_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(base);
    url.pathname = `/${name}`;
    const database = await openPostgres(url.toString(), 2);
    await database.migrate();
    await seedDemo(database.db, protector);
    await database.close();
    project.provide('postgresUrl', url.toString());
    project.provide('pgliteTemplate', '');
    return async () => {
      const cleanup = new pg.Client({ connectionString: base });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    };
  }
  const database = await openPglite(null);
  await database.migrate();
  await seedDemo(database.db, protector);
  const dump = await database.dumpDataDir();
  await database.close();
  const dir = mkdtempSync(join(tmpdir(), 'verkosto-test-'));
  const file = join(dir, 'template.tar.gz');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplate', file);
  project.provide('postgresUrl', '');
  return () => rmSync(dir, { recursive: true, force: true });
}
