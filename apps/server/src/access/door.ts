import type { Actor, accessLogActions, accessLogRecords, Decision } from '@verkosto/domain';
import type { Db, Tx } from '../db/client';
import { accessLog } from '../db/schema/index';
import { ApiError, notFound } from '../http/errors';

/** Who is asking, and which request the log rows belong to. */
export interface RequestContext {
  actor: Actor;
  requestId: string;
}

/** The log's vocabulary is the domain's, spelled once: the person's access log shows the same words. */
export type AccessAction = (typeof accessLogActions)[number];
export type RecordType = (typeof accessLogRecords)[number];

export interface AccessEntry {
  action: AccessAction;
  recordType: RecordType;
  recordId?: string | null;
  /** Every person whose data the read or change touched (for a search: every person shown). */
  subjectPersonIds: readonly string[];
  /** The unit through which access was had, when it was a unit's case. */
  unitId?: string | null;
  detail?: Record<string, unknown>;
}

class RolledBack extends Error {
  constructor(readonly reason: ApiError) {
    super(reason.code);
  }
}

/** Returned by the work inside the door when the actor may not see the record: answered as 404. */
export const DENIED: unique symbol = Symbol('denied');
export type Denied = typeof DENIED;

/**
 * The one door to client data. Work runs in one transaction with a Door, which asks for every
 * decision to be recorded; the log rows commit or roll back together with the read or change.
 * Rows are written at the end of the work, still inside the transaction: the chain trigger's lock
 * is then held only for the moment before commit, not for the whole request.
 */
export class Door {
  constructor(
    readonly tx: Tx,
    readonly ctx: RequestContext,
    private readonly pending: (typeof accessLog.$inferInsert)[] = [],
  ) {}

  /**
   * Work that must be saved whole or not at all, inside the door's transaction (a savepoint): when
   * it returns an ApiError, everything it wrote is rolled back and the error is returned. The log
   * rows it recorded stay: what was read was read.
   */
  async allOrNothing<T>(work: (door: Door) => Promise<T | ApiError>): Promise<T | ApiError> {
    try {
      return await this.tx.transaction(async (savepoint) => {
        const result = await work(new Door(savepoint, this.ctx, this.pending));
        if (result instanceof ApiError) throw new RolledBack(result);
        return result;
      });
    } catch (error) {
      if (error instanceof RolledBack) return error.reason;
      throw error;
    }
  }

  get actor(): Actor {
    return this.ctx.actor;
  }

  /** Logs the decision and tells whether to go on. */
  async check(decision: Decision, entry: AccessEntry): Promise<boolean> {
    await this.log(entry, decision);
    return decision.allowed;
  }

  async log(entry: AccessEntry, decision: Decision): Promise<void> {
    const actor = this.ctx.actor;
    const unitId =
      entry.unitId && actor.unitIds.includes(entry.unitId) ? entry.unitId : (actor.unitIds[0] ?? null);
    this.pending.push({
      actorUserId: actor.userId,
      actorRole: actor.role,
      actorOrganisationId: actor.organisationId,
      actorUnitId: unitId,
      action: entry.action,
      recordType: entry.recordType,
      recordId: entry.recordId ?? null,
      subjectPersonIds: [...entry.subjectPersonIds],
      basis: decision.allowed ? decision.basis : decision.reason,
      outcome: decision.allowed ? 'allowed' : 'denied',
      requestId: this.ctx.requestId,
      detail: entry.detail ?? null,
    });
  }

  /** Writes the decisions recorded so far; called by throughDoor before the transaction commits. */
  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const rows = this.pending.splice(0);
    await this.tx.insert(accessLog).values(rows);
  }
}

/**
 * Runs work on client data through the door. A refusal is returned, not thrown: DENIED (answered 404,
 * so the answer does not tell whether the record exists) or an ApiError such as a stale version.
 * Either way the transaction commits first, so the attempt stays in the access log.
 */
export async function throughDoor<T>(
  db: Db,
  ctx: RequestContext,
  work: (door: Door) => Promise<T | Denied | ApiError>,
): Promise<T> {
  const result = await db.transaction(async (tx) => {
    const door = new Door(tx, ctx);
    const outcome = await work(door);
    await door.flush();
    return outcome;
  });
  if (result === DENIED) throw notFound();
  if (result instanceof ApiError) throw result;
  return result;
}
