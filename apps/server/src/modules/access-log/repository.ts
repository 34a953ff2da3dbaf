import { helsinkiDayEnd, helsinkiDayStart } from '@verkosto/domain';
import { and, desc, eq, gte, lt, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { accessLog, organisations, units, users } from '../../db/schema/index';

/**
 * The allowed accesses that touched one person between two dates (inclusive), newest first.
 * Refused attempts are left out: they used no data. `subject_person_ids @> array[id]` uses the GIN index.
 */
export async function accessesOfPerson(tx: Tx, personId: string, from: string, to: string, limit: number) {
  return tx
    .select({
      at: accessLog.at,
      organisation: organisations.name,
      unit: units.name,
      role: accessLog.actorRole,
      worker: users.displayName,
      action: accessLog.action,
      record: accessLog.recordType,
      basis: accessLog.basis,
      legalBasis: sql<string | null>`${accessLog.detail}->>'legalBasis'`,
    })
    .from(accessLog)
    .leftJoin(organisations, eq(organisations.id, accessLog.actorOrganisationId))
    .leftJoin(units, eq(units.id, accessLog.actorUnitId))
    .leftJoin(users, eq(users.id, accessLog.actorUserId))
    .where(
      and(
        sql`${accessLog.subjectPersonIds} @> array[${personId}]::uuid[]`,
        eq(accessLog.outcome, 'allowed'),
        // The dates are the county's days: from Helsinki midnight to Helsinki midnight.
        gte(accessLog.at, helsinkiDayStart(from)),
        lt(accessLog.at, helsinkiDayEnd(to)),
      ),
    )
    .orderBy(desc(accessLog.seq))
    .limit(limit);
}
