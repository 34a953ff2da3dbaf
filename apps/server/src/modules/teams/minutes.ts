import {
  type CaseTeamDecision,
  helsinkiDate,
  type TeamMeetingView,
  type zItemRecordInput,
} from '@verkosto/domain';
import type { z } from 'zod';
import { DENIED, type Door, type RequestContext, throughDoor } from '../../access/door';
import { enterCase } from '../../access/enter-case';
import type { Tx } from '../../db/client';
import type { ItemRecordContent } from '../../db/schema/index';
import type { AppDeps } from '../../deps';
import { ApiError, staleVersion } from '../../http/errors';
import { presentItem, presentMembers, presentRecord } from './presenter';
import * as repo from './repository';

type Options<I> = { deps: AppDeps; ctx: RequestContext; input: I };

/** A team meeting through its team: members only, each read logged with the persons on its agenda. */
async function enterMeeting(door: Door, meetingId: string, action: 'read' | 'update' | 'sign') {
  const meeting = await repo.findMeeting(door.tx, meetingId);
  const member = meeting ? await repo.isMember(door.tx, meeting.teamId, door.actor.userId) : false;
  const items = meeting && member ? await repo.itemsOfMeeting(door.tx, meeting.teamId, meeting.id) : [];
  const allowed = await door.check(
    member ? { allowed: true, basis: 'own_unit' } : { allowed: false, reason: 'no_care_relationship' },
    {
      action,
      recordType: 'team',
      recordId: meetingId,
      subjectPersonIds: items.flatMap((i) => (i.casePersonId ? [i.casePersonId] : [])),
    },
  );
  return allowed && meeting ? { meeting, items } : null;
}

async function nameMaps(tx: Tx, unitIds: string[], userIds: string[]) {
  return {
    units: new Map((await repo.unitNames(tx, unitIds)).map((u) => [u.id, u.name])),
    users: new Map((await repo.userUnits(tx, userIds)).map((u) => [u.id, { name: u.name, unit: u.unit }])),
  };
}

function idsIn(contents: ItemRecordContent[]) {
  return {
    units: contents.flatMap((c) => [
      ...c.assessments.map((a) => a.unitId),
      ...c.division.map((d) => d.unitId),
      ...(c.responsibleUnitId ? [c.responsibleUnitId] : []),
    ]),
    users: contents.flatMap((c) => c.pairUserIds),
  };
}

async function meetingView(door: Door, meetingId: string): Promise<TeamMeetingView | typeof DENIED> {
  const meeting = await repo.findMeeting(door.tx, meetingId);
  const team = meeting ? await repo.findTeam(door.tx, meeting.teamId) : null;
  if (!meeting || !team) return DENIED;
  const items = await repo.itemsOfMeeting(door.tx, team.id, meeting.id);
  const records = await repo.recordsOfMeeting(door.tx, meeting.id);
  const members = await repo.membersOf(door.tx, [team.id]);
  const teamUnits = new Map(
    members.flatMap((m) => (m.unitId && m.unit ? [[m.unitId, m.unit] as const] : [])),
  );
  const ids = idsIn(records.map((r) => r.content));
  const names = await nameMaps(door.tx, ids.units, ids.users);
  const signer = meeting.signedBy ? (await repo.userUnits(door.tx, [meeting.signedBy]))[0]?.name : null;
  return {
    id: meeting.id,
    team: { id: team.id, name: team.name },
    startsAt: meeting.startsAt.toISOString(),
    status: meeting.status === 'signed' ? 'signed' : 'planned',
    version: meeting.version,
    signedBy: signer ?? null,
    signedAt: meeting.signedAt?.toISOString() ?? null,
    units: [...teamUnits].map(([id, name]) => ({ id, name })),
    members: presentMembers(members),
    items: items.map((i) => {
      const r = records.find((x) => x.itemId === i.item.id);
      return { item: presentItem(i), record: r ? presentRecord(r.content, r.version, names) : null };
    }),
    canEdit: meeting.status === 'planned',
  };
}

export function getTeamMeeting({ deps, ctx, input }: Options<{ meetingId: string }>) {
  return throughDoor<TeamMeetingView>(deps.db, ctx, async (door) =>
    (await enterMeeting(door, input.meetingId, 'read')) ? meetingView(door, input.meetingId) : DENIED,
  );
}

export function saveItemRecord({
  deps,
  ctx,
  input,
}: Options<{ meetingId: string; itemId: string } & z.output<typeof zItemRecordInput>>) {
  return throughDoor<TeamMeetingView>(deps.db, ctx, async (door) => {
    const entered = await enterMeeting(door, input.meetingId, 'update');
    if (!entered) return DENIED;
    if (entered.meeting.status === 'signed') return new ApiError('record_signed');
    if (!entered.items.some((i) => i.item.id === input.itemId && i.item.status === 'open')) {
      return new ApiError('validation_failed', { itemId: 'invalid' });
    }
    // Views, tasks and the responsible unit are the team's units; the pair is two of its members.
    const members = await repo.membersOf(door.tx, [entered.meeting.teamId]);
    const unitIds = new Set(members.flatMap((m) => (m.unitId ? [m.unitId] : [])));
    const memberIds = new Set(members.map((m) => m.id));
    const fields: Record<string, 'invalid'> = {};
    if (input.assessments.some((a) => !unitIds.has(a.unitId))) fields.assessments = 'invalid';
    if (input.division.some((d) => !unitIds.has(d.unitId))) fields.division = 'invalid';
    if (input.responsibleUnitId && !unitIds.has(input.responsibleUnitId))
      fields.responsibleUnitId = 'invalid';
    // A pair is a worker from each of two units (seed 003), both members of the team.
    const unitsOf = (id: string) => new Set(members.filter((m) => m.id === id).map((m) => m.unitId));
    const [first, second] = input.pairUserIds;
    const sameUnits =
      first !== undefined && second !== undefined && [...unitsOf(first)].every((u) => unitsOf(second).has(u));
    if (
      input.pairUserIds.some((id) => !memberIds.has(id)) ||
      (first !== undefined && first === second) ||
      sameUnits
    )
      fields.pairUserIds = 'invalid';
    if (Object.keys(fields).length > 0) return new ApiError('validation_failed', fields);
    const saved = await repo.saveRecord(door.tx, {
      meetingId: input.meetingId,
      itemId: input.itemId,
      version: input.version,
      content: {
        assessments: input.assessments,
        division: input.division,
        responsibleUnitId: input.responsibleUnitId ?? null,
        pairUserIds: input.pairUserIds,
        nextReviewOn: input.nextReviewOn ?? null,
        decided: input.decided,
      },
      by: door.actor.userId,
    });
    if (!saved) return staleVersion();
    return meetingView(door, input.meetingId);
  });
}

/**
 * Signs the minutes. Decided items leave the agenda; a named decided item lands in the open case of
 * the child in each unit the decision names (the bringer's included): the guardian's consent for the
 * team covers sharing it among the team's units.
 */
export function signMinutes({ deps, ctx, input }: Options<{ meetingId: string; version: number }>) {
  return throughDoor<TeamMeetingView>(deps.db, ctx, async (door) => {
    const entered = await enterMeeting(door, input.meetingId, 'sign');
    if (!entered) return DENIED;
    if (entered.meeting.status === 'signed') return new ApiError('record_signed');
    const outcome = await door.allOrNothing(async (d) => {
      if (!(await repo.signMeeting(d.tx, input.meetingId, input.version, d.actor.userId)))
        return staleVersion();
      const records = await repo.recordsOfMeeting(d.tx, input.meetingId);
      const decided = records.filter((r) => r.content.decided);
      await repo.markDecided(
        d.tx,
        decided.map((r) => r.itemId),
        input.meetingId,
      );
      const meetingOn = helsinkiDate(entered.meeting.startsAt);
      for (const r of decided) {
        const item = entered.items.find((i) => i.item.id === r.itemId);
        if (item?.item.mode !== 'named' || !item.casePersonId || !item.item.caseId) continue;
        const unitIds = [
          ...idsIn([r.content]).units,
          ...(item.item.broughtByUnitId ? [item.item.broughtByUnitId] : []),
        ];
        const landing = new Set([
          item.item.caseId,
          ...(await repo.openCasesInUnits(d.tx, item.casePersonId, unitIds)).map((c) => c.id),
        ]);
        for (const caseId of landing) await repo.landDecision(d.tx, caseId, r.id, meetingOn);
        await d.log(
          {
            action: 'create',
            recordType: 'team',
            recordId: r.id,
            subjectPersonIds: [item.casePersonId],
            detail: { landedIn: landing.size },
          },
          { allowed: true, basis: 'consent' },
        );
      }
      return true;
    });
    if (outcome instanceof ApiError) return outcome;
    return meetingView(door, input.meetingId);
  });
}

export function caseTeamDecisions({ deps, ctx, input }: Options<{ caseId: string }>) {
  return throughDoor<{ decisions: CaseTeamDecision[] }>(deps.db, ctx, async (door) => {
    if (!(await enterCase(door, input.caseId, 'read', { action: 'read', recordType: 'team' }))) return DENIED;
    const rows = await repo.decisionsOfCase(door.tx, input.caseId);
    const ids = idsIn(rows.map((r) => r.content));
    const names = await nameMaps(door.tx, ids.units, ids.users);
    return {
      decisions: rows.map((r) => ({
        id: r.decision.id,
        team: r.team,
        meetingOn: r.decision.meetingOn,
        record: presentRecord(r.content, r.version, names),
        signedBy: r.signedBy,
      })),
    };
  });
}
