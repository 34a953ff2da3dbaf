import type { Database } from '../../apps/server/src/db/client';

/** Reading the driver's untyped rows, with a clear error when a column is not what was expected. */
function field(row: unknown, key: string): unknown {
  if (typeof row !== 'object' || row === null || !(key in row)) throw new Error(`row has no column ${key}`);
  return (row as Record<string, unknown>)[key];
}

export function text(row: unknown, key: string): string {
  const value = field(row, key);
  if (typeof value !== 'string') throw new Error(`column ${key} is not text`);
  return value;
}

export function num(row: unknown, key: string): number {
  const value = field(row, key);
  const n = typeof value === 'string' || typeof value === 'bigint' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) throw new Error(`column ${key} is not a number`);
  return n;
}

export async function queryRows(database: Database, sql: string, params: unknown[] = []): Promise<unknown[]> {
  return (await database.raw.query(sql, params)).rows;
}

export async function queryOne(database: Database, sql: string, params: unknown[] = []): Promise<unknown> {
  const [row] = await queryRows(database, sql, params);
  if (row === undefined) throw new Error(`no row from: ${sql.trim().split('\n')[0]}`);
  return row;
}
