import {
  type AgendaItem,
  helsinkiDayStart,
  type TeamDetail,
  type TeamSummary,
  teamMeetingDays,
  type zAgendaItemInput,
  type zTeamInput,
} from '@verkosto/domain';
import type { z } from 'zod';
import { todayIso } from '../../access/case-facts';
import { DENIED, type Door, type RequestContext, throughDoor } from '../../access/door';
import { enterCase } from '../../access/enter-case';
import type { AppDeps } from '../../deps';
import { ApiError } from '../../http/errors';
import { presentCaseRef } from '../cases/case-ref';
import { isClientWorker } from '../cases/repository';
import { myCaseRefs } from './cases';
import { presentItem, presentTeam } from './presenter';
import * as repo from './repository';

type Options<I> = { deps: AppDeps; ctx: RequestContext; input: I };

/**
 * A team is open to its members only: the agenda names clients brought under consent. Every read and
 * change is logged with the persons the named items are about.
 */
export async function enterTeam(door: Door, teamId: string, action: 'read' | 'create' | 'update') {
  const team = await repo.findTeam(door.tx, teamId);
  const member = team ? await repo.isMember(door.tx, teamId, door.actor.userId) : false;
  const items = member ? await repo.openItems(door.tx, [teamId]) : [];
  const allowed = await door.check(
    member ? { allowed: true, basis: 'own_unit' } : { allowed: false, reason: 'no_care_relationship' },
    {
      action,
      recordType: 'team',
      recordId: teamId,
      subjectPersonIds: items.flatMap((i) => (i.casePersonId ? [i.casePersonId] : [])),
    },
  );
  return allowed && team ? { team, items } : null;
}

export function myTeams({ deps, ctx }: Options<undefined>) {
  return throughDoor<{ teams: TeamSummary[]; canCreate: boolean }>(deps.db, ctx, async (door) => {
    const teams = (await repo.teamsOfUser(door.tx, door.actor.userId)).map((r) => r.team);
    const ids = teams.map((t) => t.id);
    const members = await repo.membersOf(door.tx, ids);
    const next = await repo.nextMeetings(door.tx, ids, new Date());
    const items = await repo.openItems(door.tx, ids);
    await door.log(
      {
        action: 'read',
        recordType: 'team',
        subjectPersonIds: items.flatMap((i) => (i.casePersonId ? [i.casePersonId] : [])),
        detail: { teams: ids.length },
      },
      { allowed: true, basis: 'own_unit' },
    );
    return {
      teams: teams.map((t) =>
        presentTeam(
          t,
          members.filter((m) => m.teamId === t.id),
          next.find((n) => n.teamId === t.id),
          items.filter((i) => i.item.teamId === t.id).length,
        ),
      ),
      canCreate: door.actor.role === 'team_lead',
    };
  });
}

export function createTeam({ deps, ctx, input }: Options<z.output<typeof zTeamInput>>) {
  return throughDoor<TeamSummary>(deps.db, ctx, async (door) => {
    if (door.actor.role !== 'team_lead') return DENIED;
    const memberIds = [...new Set([...input.memberIds, door.actor.userId])];
    for (const id of memberIds) {
      if (!(await isClientWorker(door.tx, id)))
        return new ApiError('validation_failed', { memberIds: 'invalid' });
    }
    const id = await repo.insertTeam(
      door.tx,
      {
        name: input.name,
        cadencePerMonth: input.cadencePerMonth,
        weekday: input.weekday,
        time: input.time,
        createdBy: door.actor.userId,
      },
      memberIds,
    );
    await door.log(
      { action: 'create', recordType: 'team', recordId: id, subjectPersonIds: [] },
      { allowed: true, basis: 'own_unit' },
    );
    const team = await repo.findTeam(door.tx, id);
    return team ? presentTeam(team, await repo.membersOf(door.tx, [id]), undefined, 0) : DENIED;
  });
}

async function detailOf(
  door: Door,
  teamId: string,
  items: repo.ItemRow[],
): Promise<TeamDetail | typeof DENIED> {
  const team = await repo.findTeam(door.tx, teamId);
  if (!team) return DENIED;
  const members = await repo.membersOf(door.tx, [teamId]);
  const meetings = await repo.meetingsOf(door.tx, teamId);
  const next = meetings.find((m) => m.status === 'planned' && m.startsAt >= new Date());
  const mine = await myCaseRefs(door);
  const consented = new Set(
    (
      await repo.casesWithTeamConsent(
        door.tx,
        teamId,
        todayIso(),
        mine.map((c) => c.caseId),
      )
    ).map((c) => c.caseId),
  );
  return {
    ...presentTeam(team, members, next, items.length),
    meetings: meetings.map((m) => ({
      id: m.id,
      startsAt: m.startsAt.toISOString(),
      status: m.status === 'signed' ? 'signed' : 'planned',
    })),
    agenda: items.map(presentItem),
    namedCandidates: mine.filter((c) => consented.has(c.caseId)).map(presentCaseRef),
  };
}

export function teamDetail({ deps, ctx, input }: Options<{ teamId: string }>) {
  return throughDoor<TeamDetail>(deps.db, ctx, async (door) => {
    const entered = await enterTeam(door, input.teamId, 'read');
    return entered ? detailOf(door, input.teamId, entered.items) : DENIED;
  });
}

/** Schedules the team's meetings by its cadence for the coming months; days already planned stay. */
export function planMeetings({ deps, ctx, input }: Options<{ teamId: string; months: number }>) {
  return throughDoor<TeamDetail>(deps.db, ctx, async (door) => {
    const entered = await enterTeam(door, input.teamId, 'update');
    if (!entered) return DENIED;
    const { team } = entered;
    const [h, m] = team.time.split(':').map(Number) as [number, number];
    const days = teamMeetingDays(team.cadencePerMonth, team.weekday, todayIso(), input.months);
    await repo.insertMeetings(
      door.tx,
      team.id,
      days.map((d) => new Date(helsinkiDayStart(d).getTime() + (h * 60 + m) * 60_000)),
    );
    return detailOf(door, team.id, entered.items);
  });
}

/**
 * Brings a client to the team. By name only from the bringer's own case with the guardian's consent
 * for this team in force; anonymously with a description and no link to any record.
 */
export function bringItem({
  deps,
  ctx,
  input,
}: Options<{ teamId: string } & z.output<typeof zAgendaItemInput>>) {
  return throughDoor<AgendaItem>(deps.db, ctx, async (door) => {
    if (!(await enterTeam(door, input.teamId, 'create'))) return DENIED;
    let unitId = door.actor.unitIds[0] ?? null;
    if (input.mode === 'named') {
      const caseId = input.caseId ?? '';
      const entered = await enterCase(door, caseId, 'write', { action: 'read', recordType: 'team' });
      if (!entered) return new ApiError('validation_failed', { caseId: 'invalid' });
      const consented = await repo.casesWithTeamConsent(door.tx, input.teamId, todayIso(), [caseId]);
      if (consented.length === 0) return new ApiError('team_consent_missing');
      unitId = entered.facts.unitId;
    }
    const id = await repo.insertItem(door.tx, {
      teamId: input.teamId,
      mode: input.mode,
      caseId: input.mode === 'named' ? (input.caseId ?? null) : null,
      description: input.mode === 'anonymous' ? input.description : null,
      question: input.question,
      broughtBy: door.actor.userId,
      broughtByUnitId: unitId,
    });
    const row = await repo.findItem(door.tx, id);
    return row ? presentItem(row) : DENIED;
  });
}
