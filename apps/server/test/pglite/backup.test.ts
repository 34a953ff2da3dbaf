import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyAccessLog } from '../../src/access/verify';
import { buildApp } from '../../src/app';
import { openDeps } from '../../src/bootstrap';
import { loadConfig } from '../../src/config';
import { readEetu, tableCounts } from '../backup-checks';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'verkosto-pglite-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The server as `npm start` opens it on DATA_DIR: migrated, demo seeded, the key made in the folder. */
async function start(dataDir: string) {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    WEB_DIST: '/nonexistent',
  });
  const deps = await openDeps(config);
  const app = await buildApp(deps);
  await app.ready();
  return {
    deps,
    app,
    async stop() {
      await app.close();
      await deps.database.close();
    },
  };
}

describe('an embedded-database backup (stop the server, archive DATA_DIR, unpack it into an empty place)', () => {
  it('restores every row, the same access-log head hash, and records readable with the key that came along', async () => {
    const live = join(dir, 'live');
    const server = await start(join(live, 'data'));
    expect(server.deps.seeded).toBe(true);
    const eetu = await readEetu(server.app, server.deps.database);
    const chain = await verifyAccessLog(server.deps.database);
    expect(chain.ok && chain.rows).toBeGreaterThan(0);
    const counts = await tableCounts(server.deps.database);
    await server.stop();

    // What README's "Backups" tells an operator to run, as written.
    const archive = join(dir, 'verkosto-data.tar.gz');
    await run('tar', ['-czf', archive, '-C', live, 'data']);
    const restored = join(dir, 'restored');
    mkdirSync(restored);
    await run('tar', ['-xzf', archive, '-C', restored]);
    expect(readdirSync(join(restored, 'data')).sort()).toEqual(['db', 'secret.key']);

    const again = await start(join(restored, 'data'));
    try {
      // Not empty, so the demo is not seeded over it.
      expect(again.deps.seeded).toBe(false);
      expect(await tableCounts(again.deps.database)).toEqual(counts);
      expect(await verifyAccessLog(again.deps.database)).toEqual(chain);
      expect(await readEetu(again.app, again.deps.database)).toEqual(eetu);
      expect((await verifyAccessLog(again.deps.database)).rows).toBeGreaterThan(chain.rows);
    } finally {
      await again.stop();
    }
  });
});
