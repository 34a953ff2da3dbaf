import type { Outbox } from '@verkosto/domain';
import { desc, eq } from 'drizzle-orm';
import { DENIED, type RequestContext, throughDoor } from '../../access/door';
import type { Tx } from '../../db/client';
import { cases, meetings, outbox } from '../../db/schema/index';
import type { AppDeps } from '../../deps';
import { ApiError } from '../../http/errors';
import { subjectsOfCases } from '../cases/subjects';

export async function queueMessage(tx: Tx, message: typeof outbox.$inferInsert) {
  await tx.insert(outbox).values(message);
}

/**
 * The outbox page: in demo mode, where no mail leaves the machine, admins read what would have been
 * sent. An invitation names no client, but its address is a network member's and it tells that a
 * meeting of some case takes place: the read is logged with the persons of those cases.
 */
export async function readOutbox({ deps, ctx }: { deps: AppDeps; ctx: RequestContext }): Promise<Outbox> {
  if (!deps.config.demoMode) throw new ApiError('not_found');
  return throughDoor<Outbox>(deps.db, ctx, async (door) => {
    const entry = { action: 'read', recordType: 'meeting', subjectPersonIds: [] } as const;
    if (door.actor.role !== 'admin') {
      await door.log(entry, { allowed: false, reason: 'role' });
      return DENIED;
    }
    const rows = await door.tx
      .select({ message: outbox, personId: cases.personId, familyId: cases.familyId })
      .from(outbox)
      .leftJoin(meetings, eq(meetings.id, outbox.meetingId))
      .leftJoin(cases, eq(cases.id, meetings.caseId))
      .orderBy(desc(outbox.createdAt))
      .limit(200);
    await door.log(
      { ...entry, subjectPersonIds: await subjectsOfCases(door.tx, rows), detail: { outbox: rows.length } },
      { allowed: true, basis: 'registry' },
    );
    return {
      messages: rows.map(({ message: m }) => ({
        id: m.id,
        to: m.toAddress,
        subject: m.subject,
        body: m.body,
        createdAt: m.createdAt.toISOString(),
        sentAt: m.sentAt ? m.sentAt.toISOString() : null,
      })),
    };
  });
}
