import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { Database } from '../src/db/client';
import { DEMO_PASSWORD } from '../src/seed/demo-county';
import { personId } from './demo';
import { Agent } from './harness';

/** Rows per table, over the app's tables and drizzle's record of applied migrations. */
export async function tableCounts(database: Database): Promise<Record<string, number>> {
  const { rows } = await database.raw.query(
    `select table_schema || '.' || table_name as name from information_schema.tables
     where table_schema in ('public', 'drizzle') and table_type = 'BASE TABLE' order by 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of rows as { name: string }[]) {
    const [schema, table] = name.split('.');
    const { rows: n } = await database.raw.query(`select count(*)::int as n from "${schema}"."${table}"`);
    counts[name] = (n[0] as { n: number }).n;
  }
  return counts;
}

/**
 * What a worker does on a Monday: signs in, opens Eetu Mäki and reveals his identity code. Every step
 * is logged, so it adds to the access log, and the code reads back only with the right key.
 */
export async function readEetu(app: FastifyInstance, database: Database) {
  const agent = new Agent(app);
  await agent.refreshSession();
  const signedIn = await agent.post('/api/session', { username: 'aino.virtanen', password: DEMO_PASSWORD });
  expect(signedIn.statusCode).toBe(200);
  agent.csrf = signedIn.json().csrfToken;
  const id = await personId(database.db, 'Eetu Juhani', 'Mäki');
  const person = await agent.get(`/api/persons/${id}`);
  expect(person.statusCode).toBe(200);
  const revealed = await agent.post(`/api/persons/${id}/reveal`, { field: 'identityCode' });
  expect(revealed.statusCode).toBe(200);
  return {
    name: `${person.json().firstNames} ${person.json().lastName}`,
    identityCode: revealed.json().identityCode as string,
  };
}
