import { loadConfig } from '../config';
import { openPglite, openPostgres } from '../db/client';
import { runAdminCommand } from './admin-command';

/**
 * `npm run admin -- create-admin …`: opens the database the server's configuration names
 * (DATABASE_URL, or DATA_DIR's embedded database — stop the server first, PGlite has one owner).
 */
const config = loadConfig();
process.exitCode = await runAdminCommand(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  openDatabase: () =>
    config.database.kind === 'pglite'
      ? openPglite(config.database.dataDir)
      : openPostgres(config.database.url, 1),
});
