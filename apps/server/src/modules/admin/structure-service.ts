import {
  type AdminOrganisation,
  type AdminUnit,
  decideCountyStructure,
  makesParentCycle,
  type zOrganisationInput,
  type zUnitInput,
} from '@verkosto/domain';
import type { z } from 'zod';
import type { RequestContext } from '../../access/door';
import type { Db, Tx } from '../../db/client';
import type { AppDeps } from '../../deps';
import { type ApiError, invalidField, notFound, staleVersion } from '../../http/errors';
import { changedFields, recordChange } from './change-log';
import { presentOrganisation, presentUnit } from './presenter';
import * as repo from './repository';

export type Options<I> = { deps: AppDeps; ctx: RequestContext; input: I };
type OrganisationInput = z.output<typeof zOrganisationInput>;
type UnitInput = z.output<typeof zUnitInput>;

/**
 * Work on the county's structure: admins only (to anyone else these routes are not there), in one
 * transaction with its change-log row.
 */
export async function administer<T>(
  db: Db,
  ctx: RequestContext,
  work: (
    tx: Tx,
    log: (entry: Omit<Parameters<typeof recordChange>[1], 'actorUserId' | 'requestId'>) => Promise<void>,
  ) => Promise<T>,
): Promise<T> {
  if (!decideCountyStructure(ctx.actor).allowed) throw notFound();
  return db.transaction((tx) =>
    work(tx, (entry) =>
      recordChange(tx, { ...entry, actorUserId: ctx.actor.userId, requestId: ctx.requestId }),
    ),
  );
}

/** A field error at the path the request named it: `name` in a new record, `unit.name` in an edit. */
export const fieldError = (prefix: string | null, field: string, code: Parameters<typeof invalidField>[1]) =>
  invalidField(prefix ? `${prefix}.${field}` : field, code);

/** 409 when the record is there but changed since it was read; 404 when it is not there at all. */
export function staleOrMissing(version: number | null): ApiError {
  return version === null ? notFound() : staleVersion();
}

export function listOrganisations({ deps, ctx }: Options<undefined>) {
  return administer(deps.db, ctx, async (tx) => ({
    organisations: (await repo.listOrganisations(tx)).map(presentOrganisation),
  }));
}

async function checkParent(tx: Tx, id: string | null, parentId: string | null, prefix: string | null) {
  if (parentId === null) return;
  const parents = await repo.organisationParents(tx);
  if (!parents.has(parentId)) throw fieldError(prefix, 'parentId', 'invalid');
  if (id !== null && makesParentCycle(id, parentId, parents))
    throw fieldError(prefix, 'parentId', 'parent_cycle');
}

export function addOrganisation({
  deps,
  ctx,
  input,
}: Options<OrganisationInput>): Promise<AdminOrganisation> {
  return administer(deps.db, ctx, async (tx, log) => {
    await checkParent(tx, null, input.parentId, null);
    const id = await repo.insertOrganisation(tx, input);
    await log({ action: 'create', recordType: 'organisation', recordId: id, version: 1, changes: input });
    return presentOrganisation((await repo.findOrganisation(tx, id))!);
  });
}

export function changeOrganisation({
  deps,
  ctx,
  input,
}: Options<{ id: string; version: number; organisation: OrganisationInput }>): Promise<AdminOrganisation> {
  return administer(deps.db, ctx, async (tx, log) => {
    const before = await repo.findOrganisation(tx, input.id);
    if (!before) throw notFound();
    await checkParent(tx, input.id, input.organisation.parentId, 'organisation');
    const updated = await repo.updateOrganisation(tx, input.id, input.version, input.organisation);
    if (!updated) throw staleOrMissing(await repo.organisationVersion(tx, input.id));
    const changes = changedFields(
      { name: before.name, kind: before.kind, parentId: before.parentId },
      input.organisation,
    );
    await log({
      action: 'update',
      recordType: 'organisation',
      recordId: input.id,
      version: updated.version,
      changes,
    });
    return presentOrganisation((await repo.findOrganisation(tx, input.id))!);
  });
}

export function listUnits({ deps, ctx }: Options<undefined>) {
  return administer(deps.db, ctx, async (tx) => ({ units: (await repo.listUnits(tx)).map(presentUnit) }));
}

async function checkOrganisation(tx: Tx, organisationId: string, prefix: string | null) {
  if ((await repo.organisationVersion(tx, organisationId)) === null)
    throw fieldError(prefix, 'organisationId', 'invalid');
}

export function addUnit({ deps, ctx, input }: Options<UnitInput>): Promise<AdminUnit> {
  return administer(deps.db, ctx, async (tx, log) => {
    await checkOrganisation(tx, input.organisationId, null);
    const id = await repo.insertUnit(tx, input);
    await log({ action: 'create', recordType: 'unit', recordId: id, version: 1, changes: input });
    return presentUnit((await repo.findUnit(tx, id))!);
  });
}

export function changeUnit({
  deps,
  ctx,
  input,
}: Options<{ id: string; version: number; unit: UnitInput }>): Promise<AdminUnit> {
  return administer(deps.db, ctx, async (tx, log) => {
    const before = await repo.findUnit(tx, input.id);
    if (!before) throw notFound();
    await checkOrganisation(tx, input.unit.organisationId, 'unit');
    // A unit's domain decides the register its records are in: once it has cases, changing the domain
    // or the organisation would move written records to another register or keeper unseen.
    if (await repo.unitHasCases(tx, input.id)) {
      if (input.unit.serviceDomain !== before.serviceDomain)
        throw fieldError('unit', 'serviceDomain', 'in_use');
      if (input.unit.organisationId !== before.organisationId)
        throw fieldError('unit', 'organisationId', 'in_use');
    }
    const updated = await repo.updateUnit(tx, input.id, input.version, input.unit);
    if (!updated) throw staleOrMissing((await repo.findUnit(tx, input.id))?.version ?? null);
    const changes = changedFields(
      {
        organisationId: before.organisationId,
        name: before.name,
        serviceDomain: before.serviceDomain,
        serviceTypes: before.serviceTypes,
        emergencyPhone: before.emergencyPhone,
      },
      input.unit,
    );
    await log({
      action: 'update',
      recordType: 'unit',
      recordId: input.id,
      version: updated.version,
      changes,
    });
    return presentUnit((await repo.findUnit(tx, input.id))!);
  });
}
