/**
 * The SQL the API runs, taken from the server's own query builders with `.toSQL()`, so the bench
 * can send exactly that straight through the driver. The log insert mirrors `Door.log`.
 */
import { searchTerms } from '@verkosto/domain';
import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../apps/server/src/db/client';
import { accessLog } from '../../apps/server/src/db/schema/index';
import { caseById, selectCases } from '../../apps/server/src/modules/cases/repository';
import { searchIdentities } from '../../apps/server/src/modules/persons/repository';

export interface RawQuery {
  sql: string;
  params: unknown[];
}

/** The person search by name, as searchPersons runs it (limit SEARCH_LIMIT + 1). */
export function searchSelect(db: Db, name: string, limit = 51): RawQuery {
  return searchIdentities(db, { terms: searchTerms(name) }, limit).toSQL();
}

/** The case header select of findCase. */
export function caseSelect(db: Db, caseId: string): RawQuery {
  return selectCases(db, caseById(caseId)).toSQL();
}

const REQUEST_ID_MARK = 'bench-request-id-mark';

/**
 * The access-log insert of Door.log, copied from the newest row the API wrote for `recordType`,
 * so the straight-SQL twin logs the same thing. Each call gets a fresh request id, as the API's does.
 */
export async function logInsertLike(db: Db, recordType: string): Promise<() => RawQuery> {
  const [row] = await db
    .select()
    .from(accessLog)
    .where(eq(accessLog.recordType, recordType))
    .orderBy(desc(accessLog.seq))
    .limit(1);
  if (!row) throw new Error(`the API wrote no access-log row for ${recordType}`);
  const query = db
    .insert(accessLog)
    .values({
      actorUserId: row.actorUserId,
      actorRole: row.actorRole,
      actorOrganisationId: row.actorOrganisationId,
      actorUnitId: row.actorUnitId,
      action: row.action,
      recordType: row.recordType,
      recordId: row.recordId,
      subjectPersonIds: row.subjectPersonIds,
      basis: row.basis,
      outcome: row.outcome,
      requestId: REQUEST_ID_MARK,
      detail: row.detail,
    })
    .toSQL();
  const at = query.params.indexOf(REQUEST_ID_MARK);
  if (at < 0) throw new Error('could not find the request id among the insert parameters');
  return () => {
    const params = [...query.params];
    params[at] = crypto.randomUUID();
    return { sql: query.sql, params };
  };
}
