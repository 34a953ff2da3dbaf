import type { DirectoryService, zDirectoryServiceInput } from '@verkosto/domain';
import type { z } from 'zod';
import type { RequestContext } from '../../access/door';
import type { AppDeps } from '../../deps';
import { notFound, staleVersion } from '../../http/errors';
import { presentService } from './presenter';
import * as repo from './repository';

type Options<I> = { deps: AppDeps; ctx: RequestContext; input: I };
type ServiceInput = z.output<typeof zDirectoryServiceInput>;

/**
 * The service directory is the county's configuration, not client data: admins keep it, and every
 * change names who made it. To anyone else these routes are not there.
 */
function adminOnly(ctx: RequestContext) {
  if (ctx.actor.role !== 'admin') throw notFound();
}

export async function addService({ deps, ctx, input }: Options<ServiceInput>): Promise<DirectoryService> {
  adminOnly(ctx);
  return presentService(await repo.insertService(deps.db, input, ctx.actor.userId));
}

export async function changeService({
  deps,
  ctx,
  input,
}: Options<{ id: string; version: number; service: ServiceInput }>): Promise<DirectoryService> {
  adminOnly(ctx);
  const row = await repo.updateService(deps.db, input.id, input.version, input.service, ctx.actor.userId);
  if (!row) throw (await repo.findService(deps.db, input.id))?.active ? staleVersion() : notFound();
  return presentService(row);
}

export async function retireService({
  deps,
  ctx,
  input,
}: Options<{ id: string; version: number }>): Promise<{ retired: true }> {
  adminOnly(ctx);
  const row = await repo.updateService(deps.db, input.id, input.version, { active: false }, ctx.actor.userId);
  if (!row) throw (await repo.findService(deps.db, input.id))?.active ? staleVersion() : notFound();
  return { retired: true };
}
