import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../src/db/client';
import { accessLog } from '../src/db/schema/index';

/** The newest access-log rows of one actor about one record: what a test asserts was written. */
export async function logRowsFor(db: Db, actorUserId: string, recordId?: string) {
  return db
    .select()
    .from(accessLog)
    .where(recordId ? and(eq(accessLog.actorUserId, actorUserId), eq(accessLog.recordId, recordId)) : eq(accessLog.actorUserId, actorUserId))
    .orderBy(desc(accessLog.seq))
    .limit(20);
}
