import type { Config } from './config';
import { createFieldProtector } from './crypto/protect';
import { resolveSecretKey } from './crypto/secret-key';
import { type Database, openPglite, openPostgres } from './db/client';
import type { AppDeps } from './deps';
import { isEmpty, seedDemo } from './seed/seed';

/** Opens the database the configuration names, applies migrations, and seeds the demo once. */
export async function openDeps(config: Config): Promise<AppDeps & { seeded: boolean }> {
  const database: Database =
    config.database.kind === 'pglite'
      ? await openPglite(config.database.dataDir)
      : await openPostgres(config.database.url, config.database.poolSize);
  await database.migrate();
  const protector = createFieldProtector(resolveSecretKey(config).key);
  // Under the start-up lock, so that of instances starting together on one database only one seeds.
  const seeded =
    config.demoMode &&
    (await database.exclusive(async () => {
      if (!(await isEmpty(database.db))) return false;
      await seedDemo(database.db, protector);
      return true;
    }));
  return { config, database, db: database.db, protector, seeded };
}
