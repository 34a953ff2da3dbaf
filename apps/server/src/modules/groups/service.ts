import {
  decideUnitWork,
  type GroupDetail,
  type GroupSummary,
  groupKinds,
  levelsOfWork,
  oneOfOr,
  type zAttendanceInput,
  type zGroupInput,
  type zGroupSessionInput,
} from '@verkosto/domain';
import type { z } from 'zod';
import { DENIED, type Door, type RequestContext, throughDoor } from '../../access/door';
import { rowExists } from '../../db/exists';
import { type groups, persons } from '../../db/schema/index';
import type { AppDeps } from '../../deps';
import { ApiError, staleVersion } from '../../http/errors';
import { isClientWorker } from '../cases/repository';
import { unitNames } from '../teams/repository';
import * as repo from './repository';

type Options<I> = { deps: AppDeps; ctx: RequestContext; input: I };
type GroupRow = typeof groups.$inferSelect;

const asKind = oneOfOr(groupKinds, 'other');
const asLevel = oneOfOr(levelsOfWork, 'promotive');

/** A unit's groups are kept by its client workers; their participants are client data, logged by name. */
const unitDecision = (door: Door, unitId: string) => decideUnitWork(door.actor, unitId);

async function summaries(door: Door, rows: GroupRow[], unitName: string): Promise<GroupSummary[]> {
  const ids = rows.map((g) => g.id);
  const participants = await repo.participantsOf(door.tx, ids);
  const sessions = await repo.sessionsOf(door.tx, ids);
  const facilitators = new Map(
    (await repo.usersByIds(door.tx, [...new Set(rows.flatMap((g) => g.facilitatorIds))])).map((u) => [
      u.id,
      u.name,
    ]),
  );
  const now = new Date();
  return rows.map((g) => ({
    id: g.id,
    unit: { id: g.unitId, name: unitName },
    name: g.name,
    kind: asKind(g.kind),
    level: asLevel(g.level),
    facilitators: g.facilitatorIds.map((id) => ({ id, name: facilitators.get(id) ?? '' })),
    description: g.description,
    participants: participants.filter((p) => p.groupId === g.id).length,
    sessions: sessions.filter((s) => s.groupId === g.id).length,
    nextSession:
      sessions.find((s) => s.groupId === g.id && s.startsAt >= now)?.startsAt.toISOString() ?? null,
  }));
}

export function unitGroups({ deps, ctx, input }: Options<{ unitId: string }>) {
  return throughDoor<{ groups: GroupSummary[] }>(deps.db, ctx, async (door) => {
    const decision = unitDecision(door, input.unitId);
    const [unit] = decision.allowed ? await unitNames(door.tx, [input.unitId]) : [];
    if (
      !(await door.check(decision, {
        action: 'read',
        recordType: 'group',
        subjectPersonIds: [],
        unitId: input.unitId,
      })) ||
      !unit
    )
      return DENIED;
    return { groups: await summaries(door, await repo.groupsOfUnit(door.tx, input.unitId), unit.name) };
  });
}

async function detail(door: Door, groupId: string): Promise<GroupDetail | typeof DENIED> {
  const found = await repo.findGroup(door.tx, groupId);
  if (!found) return DENIED;
  const [summary] = await summaries(door, [found.group], found.unitName);
  const participants = await repo.participantsOf(door.tx, [groupId]);
  const sessions = await repo.sessionsOf(door.tx, [groupId]);
  if (!summary) return DENIED;
  return {
    ...summary,
    version: found.group.version,
    participantList: participants.map((p) => ({
      id: p.id,
      name: `${p.firstNames} ${p.lastName}`,
      dateOfBirth: p.dateOfBirth,
    })),
    sessionList: sessions.map((s) => ({
      id: s.id,
      startsAt: s.startsAt.toISOString(),
      durationMinutes: s.durationMinutes,
      place: s.place,
      version: s.version,
      attended: s.attendedPersonIds,
      anonymousCount: s.anonymousCount,
    })),
    canEdit: true,
  };
}

/** A group through its unit, logged with every participant it shows. */
async function enterGroup(door: Door, groupId: string, action: 'read' | 'create' | 'update') {
  const found = await repo.findGroup(door.tx, groupId);
  const decision = found
    ? unitDecision(door, found.group.unitId)
    : ({ allowed: false, reason: 'no_care_relationship' } as const);
  const participants = found && decision.allowed ? await repo.participantsOf(door.tx, [groupId]) : [];
  const allowed = await door.check(decision, {
    action,
    recordType: 'group',
    recordId: groupId,
    subjectPersonIds: participants.map((p) => p.id),
    unitId: found?.group.unitId,
  });
  return allowed && found ? found : null;
}

export function createGroup({
  deps,
  ctx,
  input,
}: Options<{ unitId: string } & z.output<typeof zGroupInput>>) {
  return throughDoor<GroupDetail>(deps.db, ctx, async (door) => {
    const decision = unitDecision(door, input.unitId);
    if (
      !(await door.check(decision, {
        action: 'create',
        recordType: 'group',
        subjectPersonIds: [],
        unitId: input.unitId,
      }))
    )
      return DENIED;
    for (const id of input.facilitatorIds) {
      if (!(await isClientWorker(door.tx, id)))
        return new ApiError('validation_failed', { facilitatorIds: 'invalid' });
    }
    const id = await repo.insertGroup(door.tx, {
      unitId: input.unitId,
      name: input.name,
      kind: input.kind,
      level: input.level,
      facilitatorIds: [...new Set(input.facilitatorIds)],
      description: input.description,
      createdBy: door.actor.userId,
    });
    return detail(door, id);
  });
}

export function getGroup({ deps, ctx, input }: Options<{ groupId: string }>) {
  return throughDoor<GroupDetail>(deps.db, ctx, async (door) =>
    (await enterGroup(door, input.groupId, 'read')) ? detail(door, input.groupId) : DENIED,
  );
}

export function addParticipant({ deps, ctx, input }: Options<{ groupId: string; personId: string }>) {
  return throughDoor<GroupDetail>(deps.db, ctx, async (door) => {
    if (!(await enterGroup(door, input.groupId, 'update'))) return DENIED;
    if (!(await rowExists(door.tx, persons, input.personId)))
      return new ApiError('validation_failed', { personId: 'invalid' });
    await repo.addParticipant(door.tx, input.groupId, input.personId, door.actor.userId);
    await door.log(
      { action: 'update', recordType: 'group', recordId: input.groupId, subjectPersonIds: [input.personId] },
      { allowed: true, basis: 'own_unit' },
    );
    return detail(door, input.groupId);
  });
}

export function addSession({
  deps,
  ctx,
  input,
}: Options<{ groupId: string } & z.output<typeof zGroupSessionInput>>) {
  return throughDoor<GroupDetail>(deps.db, ctx, async (door) => {
    if (!(await enterGroup(door, input.groupId, 'update'))) return DENIED;
    await repo.insertSession(door.tx, {
      groupId: input.groupId,
      startsAt: new Date(input.startsAt),
      durationMinutes: input.durationMinutes,
      place: input.place,
      createdBy: door.actor.userId,
    });
    return detail(door, input.groupId);
  });
}

export function recordAttendance({
  deps,
  ctx,
  input,
}: Options<{ sessionId: string } & z.output<typeof zAttendanceInput>>) {
  return throughDoor<GroupDetail>(deps.db, ctx, async (door) => {
    const session = await repo.findSession(door.tx, input.sessionId);
    if (!session) {
      await door.log(
        { action: 'update', recordType: 'group', recordId: input.sessionId, subjectPersonIds: [] },
        { allowed: false, reason: 'no_care_relationship' },
      );
      return DENIED;
    }
    if (!(await enterGroup(door, session.groupId, 'update'))) return DENIED;
    // Only the group's registered participants can be marked present; others are counted anonymously.
    const registered = new Set((await repo.participantsOf(door.tx, [session.groupId])).map((p) => p.id));
    if (input.attendedPersonIds.some((id) => !registered.has(id)))
      return new ApiError('validation_failed', { attendedPersonIds: 'invalid' });
    const saved = await repo.saveAttendance(door.tx, input.sessionId, input.version, {
      attendedPersonIds: [...new Set(input.attendedPersonIds)],
      anonymousCount: input.anonymousCount,
    });
    if (!saved) return staleVersion();
    return detail(door, session.groupId);
  });
}
