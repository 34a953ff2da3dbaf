import { randomUUID } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import { TransactionRollbackError } from 'drizzle-orm/errors';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { theLogRowOf } from '../../test/access-log';
import { type Actors, signInActors } from '../../test/actors';
import { caseOf, personId, unitId } from '../../test/demo';
import { startTestApp, type TestApp } from '../../test/harness';
import { openPrivateDatabase } from '../../test/private-database';
import type { Database } from '../db/client';
import { accessLog } from '../db/schema/index';
import { throughDoor } from './door';
import { verifyAccessLog } from './verify';

let t: TestApp;
let a: Actors;
let eetuPnCase: string;
beforeAll(async () => {
  t = await startTestApp();
  a = await signInActors(t, ['aino', 'sanna']);
  eetuPnCase = await caseOf(t.deps.db, 'Perheneuvola', await personId(t.deps.db, 'Eetu Juhani', 'Mäki'));
  // Some rows to work on, whatever ran before.
  await a.as.aino.get(`/api/cases/${eetuPnCase}`);
  await a.as.sanna.get(`/api/cases/${eetuPnCase}`);
});
afterAll(() => t.close());

/** The database error behind a failed statement, whichever driver raised it. */
function dbError(error: unknown): { message: string; code?: string } {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if ('code' in e) return e as Error & { code?: string };
  }
  return { message: String(error) };
}

/** Runs a statement in a transaction that is always rolled back; returns the error it raised, if any. */
async function attempt(statement: string): Promise<unknown> {
  let raised: unknown = null;
  await t.deps.db
    .transaction(async (tx) => {
      try {
        await tx.execute(sql.raw(statement));
      } catch (error) {
        raised = error;
      }
      tx.rollback();
    })
    .catch((error) => {
      if (!(error instanceof TransactionRollbackError)) throw error;
    });
  return raised;
}

describe('the access log is append-only', () => {
  it.each([
    ['UPDATE', "update access_log set outcome = 'allowed' where seq = (select max(seq) from access_log)"],
    ['DELETE', 'delete from access_log where seq = (select max(seq) from access_log)'],
    ['TRUNCATE', 'truncate access_log'],
  ])('refuses %s in the database itself', async (_, statement) => {
    const error = await attempt(statement);

    expect(error).not.toBeNull();
    expect(dbError(error)).toMatchObject({ code: '42501', message: expect.stringContaining('append-only') });
  });
});

describe('each row', () => {
  it('says who acted, in which role, organisation and unit, and when', async () => {
    const res = await a.as.aino.get(`/api/cases/${eetuPnCase}`);
    const session = (await a.as.aino.get('/api/session')).json();

    const row = await theLogRowOf(t.deps.db, res);

    expect(row).toMatchObject({
      actorUserId: a.id.aino,
      actorRole: 'worker',
      actorOrganisationId: session.user.organisation.id,
      actorUnitId: await unitId(t.deps.db, 'Perheneuvola'),
      requestId: res.headers['x-request-id'],
    });
    expect(Math.abs(row.at.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it("names the actor's own unit when access came from outside the case's unit", async () => {
    const res = await a.as.sanna.get(`/api/cases/${eetuPnCase}`);

    expect(await theLogRowOf(t.deps.db, res)).toMatchObject({
      basis: 'pair_worker',
      actorUnitId: await unitId(t.deps.db, 'Kehitykselliset palvelut'),
    });
  });

  it('commits or rolls back together with the work it records', async () => {
    const requestId = `rollback-${randomUUID()}`;
    const actor = { userId: a.id.aino, role: 'worker' as const, organisationId: randomUUID(), unitIds: [] };

    const work = throughDoor(t.deps.db, { actor, requestId }, async (door) => {
      await door.log(
        { action: 'read', recordType: 'case', recordId: eetuPnCase, subjectPersonIds: [] },
        { allowed: true, basis: 'responsible_worker' },
      );
      throw new Error('the work failed after logging');
    });

    await expect(work).rejects.toThrow('the work failed');
    expect(await t.deps.db.select().from(accessLog).where(eq(accessLog.requestId, requestId))).toEqual([]);
  });
});

describe('the hash chain', () => {
  it("links every row to the one before it: prev_hash is the previous row's hash, by seq", async () => {
    const rows = await t.deps.db
      .select({ seq: accessLog.seq, prevHash: accessLog.prevHash, hash: accessLog.hash })
      .from(accessLog)
      .orderBy(asc(accessLog.seq));

    expect(rows.length).toBeGreaterThan(1);
    expect(rows[0]).toMatchObject({ seq: 1, prevHash: '0'.repeat(64) });
    rows.forEach((row, i) => {
      expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
      if (i > 0) {
        expect(row.seq).toBe(rows[i - 1]!.seq + 1);
        expect(row.prevHash).toBe(rows[i - 1]!.hash);
      }
    });
  });

  it('verifies on a clean log, up to its newest row', async () => {
    const report = await verifyAccessLog(t.deps.database);
    const [newest] = await t.deps.db
      .select({ seq: accessLog.seq, hash: accessLog.hash })
      .from(accessLog)
      .where(eq(accessLog.seq, report.rows));

    expect(report).toMatchObject({ ok: true, brokenAt: null, problem: null });
    expect(report.rows).toBeGreaterThan(1);
    expect(report.headHash).toBe(newest?.hash);
  });
});

describe('tampering, in a database of its own', () => {
  let database: Database;
  let drop: () => Promise<void>;
  const q = (statement: string, params?: unknown[]) => database.raw.query(statement, params);
  const withTriggersOff = async (statement: string) => {
    await q('alter table access_log disable trigger user');
    try {
      await q(statement);
    } finally {
      await q('alter table access_log enable trigger user');
    }
  };

  beforeAll(async () => {
    ({ database, drop } = await openPrivateDatabase());
    for (const outcome of ['allowed', 'denied', 'allowed', 'allowed']) {
      await q(`insert into access_log (action, record_type, outcome) values ('read', 'person', $1)`, [
        outcome,
      ]);
    }
  });
  afterAll(() => drop());

  it('cannot forge the chain fields on insert: the trigger sets them', async () => {
    await q(
      `insert into access_log (action, record_type, outcome, seq, prev_hash, hash)
       values ('read', 'person', 'allowed', 999, 'forged', 'forged')`,
    );
    const { rows } = await q('select seq, prev_hash, hash from access_log order by seq desc limit 1');

    expect(rows[0]).toMatchObject({
      seq: expect.anything(),
      prev_hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(Number((rows[0] as { seq: string }).seq)).toBe(5);
    expect(await verifyAccessLog(database)).toMatchObject({ ok: true, rows: 5 });
  });

  it('finds a row changed behind the triggers', async () => {
    await withTriggersOff(`update access_log set outcome = 'allowed' where seq = 2`);

    expect(await verifyAccessLog(database)).toMatchObject({
      ok: false,
      brokenAt: 2,
      problem: 'hash_mismatch',
    });

    await withTriggersOff(`update access_log set outcome = 'denied' where seq = 2`);
    expect(await verifyAccessLog(database)).toMatchObject({ ok: true });
  });

  it('finds a changed row whose hash was recomputed, at the row after it', async () => {
    const rehash = (outcome: string) =>
      withTriggersOff(
        `update access_log set outcome = '${outcome}',
           hash = access_log_digest(prev_hash, seq, at, actor_user_id, actor_role, actor_organisation_id,
             actor_unit_id, action, record_type, record_id, subject_person_ids, basis, '${outcome}', request_id, detail)
         where seq = 2`,
      );
    await rehash('allowed');

    expect(await verifyAccessLog(database)).toMatchObject({ ok: false, brokenAt: 3, problem: 'broken_link' });

    await rehash('denied');
    expect(await verifyAccessLog(database)).toMatchObject({ ok: true });
  });

  it('finds a removed row', async () => {
    await withTriggersOff('delete from access_log where seq = 4');

    expect(await verifyAccessLog(database)).toMatchObject({ ok: false, brokenAt: 5, problem: 'gap' });
  });
});
