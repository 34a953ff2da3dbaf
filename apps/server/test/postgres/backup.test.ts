import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAccessLog } from '../../src/access/verify';
import { createFieldProtector } from '../../src/crypto/protect';
import { type Database, openPostgres } from '../../src/db/client';
import { seedDemo } from '../../src/seed/seed';
import { readEetu, tableCounts } from '../backup-checks';
import { startTestApp } from '../harness';
import { TEST_SECRET_KEY } from '../keys';
import { createPostgresDatabase } from '../postgres-cluster';

const run = promisify(execFile);
const bin = (name: string) => join(process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin', name);

/** What README's "Backups" tells an operator to run on PostgreSQL, run as written. */
const dump = (url: string, file: string) => run(bin('pg_dump'), ['-Fc', '-d', url, '-f', file]);
const restore = (url: string, file: string) =>
  run(bin('pg_restore'), ['--single-transaction', '--exit-on-error', '--no-owner', '-d', url, file]);

const made: { drop(): Promise<void> }[] = [];
const opened: Database[] = [];
let dir: string;

async function newDatabase(prefix: string) {
  const created = await createPostgresDatabase(process.env.TEST_DATABASE_URL ?? '', prefix);
  made.push(created);
  const database = await openPostgres(created.url, 2);
  opened.push(database);
  return { url: created.url, database };
}
/** An app over the database that leaves closing it to this file. */
const appOver = (database: Database) => startTestApp({}, { ...database, close: async () => {} });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'verkosto-backup-'));
});
afterAll(async () => {
  for (const database of opened) await database.close();
  for (const created of made) await created.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe('a PostgreSQL backup (pg_dump -Fc, pg_restore into an empty database)', () => {
  it('restores every row, the same access-log head hash, readable records and the append-only log', async () => {
    const source = await newDatabase('verkosto_backup_source');
    await source.database.migrate();
    await seedDemo(source.database.db, createFieldProtector(TEST_SECRET_KEY));
    const before = await appOver(source.database);
    const eetu = await readEetu(before.app, source.database);
    await before.close();
    const chain = await verifyAccessLog(source.database);
    expect(chain.ok && chain.rows).toBeGreaterThan(0);
    const counts = await tableCounts(source.database);

    const file = join(dir, 'verkosto.dump');
    await dump(source.url, file);
    const target = await newDatabase('verkosto_backup_target');
    // No --disable-triggers needed: pg_restore creates triggers after it has loaded the rows.
    await restore(target.url, file);

    expect(await tableCounts(target.database)).toEqual(counts);
    expect(await verifyAccessLog(target.database)).toEqual(chain);
    // The server starting on the restore finds every migration applied and carries on.
    await target.database.migrate();
    const after = await appOver(target.database);
    expect(await readEetu(after.app, target.database)).toEqual(eetu);
    await after.close();
    const continued = await verifyAccessLog(target.database);
    expect(continued.ok).toBe(true);
    expect(continued.rows).toBeGreaterThan(chain.rows);
    // The log's protection came back with it.
    await expect(
      target.database.raw.query('update access_log set outcome = $1', ['allowed']),
    ).rejects.toThrow(/append-only/);
  });
});
