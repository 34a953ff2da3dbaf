import type { Guidance, ResourcesPanel, zGuidanceInput, zResourcesInput } from '@verkosto/domain';
import type { z } from 'zod';
import { DENIED, type Door, type RequestContext, throughDoor } from '../../access/door';
import { enterCase } from '../../access/enter-case';
import type { AppDeps } from '../../deps';
import { ApiError, staleVersion } from '../../http/errors';
import { presentGuidance, presentResources, presentService } from './presenter';
import * as repo from './repository';

type Options<I> = { deps: AppDeps; ctx: RequestContext; input: I };

async function panel(door: Door, caseId: string, canEdit: boolean): Promise<ResourcesPanel> {
  const row = await repo.findResources(door.tx, caseId);
  const resources = row ? presentResources(row) : null;
  const named = resources?.risks.map((r) => r.factor) ?? [];
  return {
    resources,
    suggestions: (await repo.servicesFor(door.tx, named)).map(presentService),
    guidance: (await repo.guidanceOfCase(door.tx, caseId)).map(presentGuidance),
    canEdit,
  };
}

export function getResources({ deps, ctx, input }: Options<{ caseId: string }>) {
  return throughDoor<ResourcesPanel>(deps.db, ctx, async (door) => {
    const entered = await enterCase(door, input.caseId, 'read', { action: 'read', recordType: 'resources' });
    return entered ? panel(door, input.caseId, entered.canEdit) : DENIED;
  });
}

export function saveResources({
  deps,
  ctx,
  input,
}: Options<{ caseId: string } & z.output<typeof zResourcesInput>>) {
  return throughDoor<ResourcesPanel>(deps.db, ctx, async (door) => {
    if (!(await enterCase(door, input.caseId, 'write', { action: 'update', recordType: 'resources' })))
      return DENIED;
    const { caseId, version, ...content } = input;
    if (!(await repo.saveResources(door.tx, caseId, version, content, door.actor.userId)))
      return staleVersion();
    return panel(door, caseId, true);
  });
}

/** Guidance to a service from the directory, recorded on the case with the risk it answers. */
export function recordGuidance({
  deps,
  ctx,
  input,
}: Options<{ caseId: string } & z.output<typeof zGuidanceInput>>) {
  return throughDoor<Guidance>(deps.db, ctx, async (door) => {
    if (!(await enterCase(door, input.caseId, 'write', { action: 'create', recordType: 'resources' })))
      return DENIED;
    if (!(await repo.findService(door.tx, input.serviceId))?.active) {
      return new ApiError('validation_failed', { serviceId: 'invalid' });
    }
    const id = await repo.insertGuidance(door.tx, {
      caseId: input.caseId,
      serviceId: input.serviceId,
      riskFactor: input.riskFactor ?? null,
      note: input.note,
      givenBy: door.actor.userId,
    });
    const row = (await repo.guidanceOfCase(door.tx, input.caseId)).find((g) => g.guidance.id === id);
    return row ? presentGuidance(row) : DENIED;
  });
}

/** The directory itself is not client data: any signed-in user may read it. */
export async function serviceDirectoryList({ deps, ctx }: { deps: AppDeps; ctx: RequestContext }) {
  return {
    services: (await repo.directory(deps.db)).map(presentService),
    canEdit: ctx.actor.role === 'admin',
  };
}
