import type { Outbox } from '@verkosto/domain';
import { desc } from 'drizzle-orm';
import type { RequestContext } from '../../access/door';
import type { Tx } from '../../db/client';
import { outbox } from '../../db/schema/index';
import type { AppDeps } from '../../deps';
import { ApiError } from '../../http/errors';

export async function queueMessage(tx: Tx, message: typeof outbox.$inferInsert) {
  await tx.insert(outbox).values(message);
}

/**
 * The outbox page: in demo mode, where no mail leaves the machine, admins read what would have been
 * sent. Invitations carry no client data, so this is not client data either; it is not offered
 * outside demo mode.
 */
export async function readOutbox({ deps, ctx }: { deps: AppDeps; ctx: RequestContext }): Promise<Outbox> {
  if (!deps.config.demoMode || ctx.actor.role !== 'admin') throw new ApiError('not_found');
  const rows = await deps.db.select().from(outbox).orderBy(desc(outbox.createdAt)).limit(200);
  return {
    messages: rows.map((m) => ({
      id: m.id,
      to: m.toAddress,
      subject: m.subject,
      body: m.body,
      createdAt: m.createdAt.toISOString(),
      sentAt: m.sentAt ? m.sentAt.toISOString() : null,
    })),
  };
}
