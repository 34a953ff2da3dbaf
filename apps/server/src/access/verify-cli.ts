import { loadConfig } from '../config';
import { openPglite, openPostgres } from '../db/client';
import { verifyAccessLog } from './verify';

/** `npm run audit:verify [-- <row>]`: checks the access log of the configured database (DATABASE_URL or ./data). */
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
    // `npm run audit:verify -- 1234`: the hash of row 1234, to compare with a head hash published back then.
    const at = Number(process.argv[2]);
    if (Number.isInteger(at) && at > 0) {
      const { rows } = await database.raw.query('select hash from access_log where seq = $1', [at]);
      const hash = (rows[0] as { hash: string } | undefined)?.hash;
      process.stdout.write(hash ? `Row ${at}: hash ${hash}\n` : `Row ${at} is not in the log\n`);
      if (!hash) process.exitCode = 1;
    }
  } else {
    process.stderr.write(
      `Access log BROKEN at row ${report.brokenAt}: ${report.problem}. ${report.rows} rows before it are intact.`,
    );
    process.exitCode = 1;
  }
} finally {
  await database.close();
}
