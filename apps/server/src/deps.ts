import type { Config } from './config';
import type { FieldProtector } from './crypto/protect';
import type { Database, Db } from './db/client';

/** What services need from the running app: passed explicitly, never imported as globals. */
export interface AppDeps {
  config: Config;
  database: Database;
  db: Db;
  protector: FieldProtector;
}
