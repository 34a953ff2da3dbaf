import { loadConfig } from '../config';
import { openPglite, openPostgres } from '../db/client';
import { verifyAccessLog } from './verify';

/** `npm run audit:verify`: checks the access log of the configured database (DATABASE_URL or ./data). */
const config = loadConfig();
const database =
  config.database.kind === 'pglite'
    ? await openPglite(config.database.dataDir)
    : await openPostgres(config.database.url, 1);
try {
  await database.migrate();
  const report = await verifyAccessLog(database, (n) => process.stderr.write(`\rchecked ${n} rows`));
  process.stderr.write('\n');
  if (report.ok) {
    process.stdout.write(
      `Access log intact: ${report.rows} rows; head hash ${report.headHash ?? '(empty log)'}\n`,
    );
  } else {
    process.stderr.write(
      `Access log BROKEN at row ${report.brokenAt}: ${report.problem}. ${report.rows} rows before it are intact.`,
    );
    process.exitCode = 1;
  }
} finally {
  await database.close();
}
