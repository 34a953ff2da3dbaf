import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config';

/** A fixed key for development and tests on PostgreSQL only; production must configure its own. */
const DEVELOPMENT_KEY = Buffer.from('verkosto-development-key-not-for-real-use!!').subarray(0, 32);

/**
 * The key for protected fields: from VERKOSTO_SECRET_KEY; with the embedded database, made once
 * and kept beside it in the data folder (readable by the owner only).
 */
export function resolveSecretKey(config: Config): {
  key: Buffer;
  source: 'configured' | 'data_dir' | 'development';
} {
  if (config.secretKey) {
    const key = Buffer.from(config.secretKey, 'base64');
    if (key.length !== 32) throw new Error('VERKOSTO_SECRET_KEY must be 32 bytes in base64');
    return { key, source: 'configured' };
  }
  if (config.env === 'production') throw new Error('VERKOSTO_SECRET_KEY is required in production');
  if (config.database.kind === 'pglite') {
    const file = join(config.dataDir, 'secret.key');
    if (!existsSync(file)) {
      mkdirSync(config.dataDir, { recursive: true });
      writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
    }
    return { key: Buffer.from(readFileSync(file, 'utf8').trim(), 'base64'), source: 'data_dir' };
  }
  return { key: DEVELOPMENT_KEY, source: 'development' };
}
