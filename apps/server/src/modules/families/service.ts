import {
  type CaseFacts,
  decideClientRecord,
  decideRegisterClient,
  type FamilyDetail,
  visibleCases,
  type zFamilyInput,
} from '@verkosto/domain';
import type { z } from 'zod';
import { factsAroundFamily, todayIso } from '../../access/case-facts';
import { DENIED, type Door, type RequestContext, throughDoor } from '../../access/door';
import type { AppDeps } from '../../deps';
import { ApiError, staleVersion } from '../../http/errors';
import { presentCaseSummary } from '../cases/presenter';
import { casesByIds } from '../cases/repository';
import { presentFamily } from './presenter';
import * as repo from './repository';

type Options<I> = { deps: AppDeps; ctx: RequestContext; input: I };
type FamilyFields = z.output<typeof zFamilyInput>;

const NOT_THERE = { allowed: false, reason: 'no_care_relationship' } as const;

async function detail(door: Door, row: repo.FamilyRow, cases: CaseFacts[]): Promise<FamilyDetail> {
  const members = await repo.membersOfFamily(door.tx, row.id);
  const visible = visibleCases(door.actor, cases, todayIso()).map((c) => c.caseId);
  const caseRows = await casesByIds(door.tx, visible);
  return presentFamily(row, members, caseRows.map(presentCaseSummary));
}

/** Members must be registered persons; the answer names the rows that are not. */
async function unknownMembers(door: Door, fields: FamilyFields, prefix: string): Promise<ApiError | null> {
  const known = await repo.existingPersonIds(
    door.tx,
    fields.members.map((m) => m.personId),
  );
  const problems: Record<string, 'invalid'> = {};
  fields.members.forEach((m, i) => {
    if (!known.has(m.personId)) problems[`${prefix}members.${i}.personId`] = 'invalid';
  });
  return Object.keys(problems).length > 0 ? new ApiError('validation_failed', problems) : null;
}

export function createFamily({ deps, ctx, input }: Options<FamilyFields>) {
  return throughDoor<FamilyDetail>(deps.db, ctx, async (door) => {
    const decision = decideRegisterClient(door.actor);
    const subjects = input.members.map((m) => m.personId);
    if (!decision.allowed) {
      await door.log({ action: 'create', recordType: 'family', subjectPersonIds: [] }, decision);
      return DENIED;
    }
    const problem = await unknownMembers(door, input, '');
    if (problem) return problem;
    const row = await repo.insertFamily(door.tx, input.name, input.members, door.actor.userId);
    await door.log(
      { action: 'create', recordType: 'family', recordId: row.id, subjectPersonIds: subjects },
      decision,
    );
    return detail(door, row, []);
  });
}

async function familyWithFacts(door: Door, familyId: string) {
  const row = await repo.findFamily(door.tx, familyId);
  if (!row) return null;
  return { row, cases: await factsAroundFamily(door.tx, familyId) };
}

export function getFamily({ deps, ctx, input }: Options<{ familyId: string }>) {
  return throughDoor<FamilyDetail>(deps.db, ctx, async (door) => {
    const found = await familyWithFacts(door, input.familyId);
    const decision = found
      ? decideClientRecord(
          door.actor,
          { createdBy: found.row.createdBy, cases: found.cases, today: todayIso() },
          'read',
        )
      : NOT_THERE;
    const members = found ? await repo.membersOfFamily(door.tx, input.familyId) : [];
    const entry = {
      action: 'read',
      recordType: 'family',
      recordId: input.familyId,
      subjectPersonIds: members.map((m) => m.personId),
    } as const;
    if (!(await door.check(decision, entry)) || !found) return DENIED;
    return detail(door, found.row, found.cases);
  });
}

export function updateFamily({
  deps,
  ctx,
  input,
}: Options<{ familyId: string; version: number; family: FamilyFields }>) {
  return throughDoor<FamilyDetail>(deps.db, ctx, async (door) => {
    const found = await familyWithFacts(door, input.familyId);
    const decision = found
      ? decideClientRecord(
          door.actor,
          { createdBy: found.row.createdBy, cases: found.cases, today: todayIso() },
          'write',
        )
      : NOT_THERE;
    const before = found ? await repo.membersOfFamily(door.tx, input.familyId) : [];
    const subjects = [
      ...new Set([...before.map((m) => m.personId), ...input.family.members.map((m) => m.personId)]),
    ];
    const entry = {
      action: 'update',
      recordType: 'family',
      recordId: input.familyId,
      subjectPersonIds: subjects,
    } as const;
    if (!(await door.check(decision, entry)) || !found) return DENIED;
    const problem = await unknownMembers(door, input.family, 'family.');
    if (problem) return problem;
    const row = await repo.updateFamily(
      door.tx,
      input.familyId,
      input.version,
      input.family.name,
      input.family.members,
    );
    if (!row) return staleVersion();
    return detail(door, row, found.cases);
  });
}
