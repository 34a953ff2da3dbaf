import { and, asc, desc, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import type { Db } from '../src/db/client';
import { accessLog } from '../src/db/schema/index';

/** The newest access-log rows of one actor about one record: what a test asserts was written. */
export async function logRowsFor(db: Db, actorUserId: string, recordId?: string) {
  return db
    .select()
    .from(accessLog)
    .where(
      recordId
        ? and(eq(accessLog.actorUserId, actorUserId), eq(accessLog.recordId, recordId))
        : eq(accessLog.actorUserId, actorUserId),
    )
    .orderBy(desc(accessLog.seq))
    .limit(20);
}

/**
 * Every access-log row one request wrote, in order. Exact even when other test files share the
 * database: the harness sends each request's id back in `x-request-id`.
 */
export async function logRowsOf(db: Db, res: LightMyRequestResponse) {
  const requestId = res.headers['x-request-id'];
  if (typeof requestId !== 'string') throw new Error('the response has no x-request-id');
  return db.select().from(accessLog).where(eq(accessLog.requestId, requestId)).orderBy(asc(accessLog.seq));
}

/** The one row a request wrote; fails the test when it wrote none or several. */
export async function theLogRowOf(db: Db, res: LightMyRequestResponse) {
  const rows = await logRowsOf(db, res);
  if (rows.length !== 1) throw new Error(`expected one access-log row, found ${rows.length}`);
  return rows[0]!;
}
