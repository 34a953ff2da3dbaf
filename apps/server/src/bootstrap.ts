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
  let seeded = false;
  if (config.demoMode && (await isEmpty(database.db))) {
    await seedDemo(database.db, protector);
    seeded = true;
  }
  return { config, database, db: database.db, protector, seeded };
}
