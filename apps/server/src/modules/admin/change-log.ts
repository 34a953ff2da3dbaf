import type { AdminChange, AdminChangeAction, AdminRecordType } from '@verkosto/domain';
import { and, desc, eq, lt, type SQL, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client';
import { adminChanges, organisations, units, users } from '../../db/schema/index';

/** Fields whose values are never written to the log, only that they changed. */
const SECRET_FIELDS = new Set(['passwordHash', 'password', 'oidcSubject']);

export interface ChangeEntry {
  /** Null for the operator's command line. */
  actorUserId: string | null;
  requestId: string | null;
  action: AdminChangeAction;
  recordType: AdminRecordType;
  recordId: string;
  version: number;
  changes: Record<string, unknown>;
}

/** Written in the transaction of the change it records, so neither stands without the other. */
export async function recordChange(tx: Tx, entry: ChangeEntry): Promise<void> {
  const changes = Object.fromEntries(
    Object.entries(entry.changes).map(([k, v]) => [k, SECRET_FIELDS.has(k) ? true : (v ?? null)]),
  );
  await tx.insert(adminChanges).values({ ...entry, changes });
}

/** The fields of `next` that differ from `before`: what an edit changed. */
export function changedFields<T extends Record<string, unknown>>(before: T, next: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(next) as (keyof T)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(next[key])) out[key] = next[key];
  }
  return out;
}

const PAGE = 50;

export async function listChanges(
  db: Executor,
  query: { recordType?: AdminRecordType; recordId?: string; before?: number },
): Promise<{ changes: AdminChange[]; nextBefore: number | null }> {
  const where: SQL[] = [];
  if (query.recordType) where.push(eq(adminChanges.recordType, query.recordType));
  if (query.recordId) where.push(eq(adminChanges.recordId, query.recordId));
  if (query.before) where.push(lt(adminChanges.seq, query.before));
  // The record's name as it is now: the log itself keeps ids, so a rename reads under the new name.
  const recordName = sql<string | null>`coalesce(
    (select o.name from ${organisations} o where o.id = ${adminChanges.recordId}),
    (select u.name from ${units} u where u.id = ${adminChanges.recordId}),
    (select a.display_name from ${users} a where a.id = ${adminChanges.recordId}))`;
  const rows = await db
    .select({
      seq: adminChanges.seq,
      at: adminChanges.at,
      actorId: adminChanges.actorUserId,
      actorName: users.displayName,
      action: adminChanges.action,
      recordType: adminChanges.recordType,
      recordId: adminChanges.recordId,
      recordName,
      version: adminChanges.version,
      changes: adminChanges.changes,
    })
    .from(adminChanges)
    .leftJoin(users, eq(users.id, adminChanges.actorUserId))
    .where(and(...where))
    .orderBy(desc(adminChanges.seq))
    .limit(PAGE + 1);
  const page = rows.slice(0, PAGE);
  return {
    changes: page.map((r) => ({
      seq: r.seq,
      at: r.at.toISOString(),
      actor: r.actorId ? { id: r.actorId, name: r.actorName ?? '' } : null,
      action: r.action as AdminChangeAction,
      recordType: r.recordType as AdminRecordType,
      record: { id: r.recordId, name: r.recordName ?? '' },
      version: r.version,
      fields: Object.keys((r.changes ?? {}) as Record<string, unknown>).sort(),
    })),
    nextBefore: rows.length > PAGE ? (page.at(-1)?.seq ?? null) : null,
  };
}
