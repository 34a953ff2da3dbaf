import {
  concernPerspectives,
  countMeetings,
  type Figures,
  helsinkiDayEnd,
  helsinkiDayStart,
  isOneOf,
  type UnitFigures,
} from '@verkosto/domain';
import { todayIso } from '../../access/case-facts';
import { type RequestContext, throughDoor } from '../../access/door';
import type { AppDeps } from '../../deps';
import { notFound } from '../../http/errors';
import { groupFigures } from '../groups/repository';
import { unitNames } from '../teams/repository';
import * as repo from './repository';

const isPerspective = isOneOf(concernPerspectives);

const days = (row: repo.WaitRow | undefined) => ({
  n: row?.n ?? 0,
  median: row?.median ?? null,
  p90: row?.p90 ?? null,
});

/**
 * The figures a team lead steers by, for the units they lead: computed in SQL as counts and
 * distributions, so no client is named and the work stays in the database at any size.
 */
export function figures({
  deps,
  ctx,
  input,
}: {
  deps: AppDeps;
  ctx: RequestContext;
  input: { from?: string | undefined; to?: string | undefined };
}) {
  if (ctx.actor.role !== 'team_lead') throw notFound();
  return throughDoor<Figures>(deps.db, ctx, async (door) => {
    const today = todayIso();
    const from = input.from ?? `${today.slice(0, 4)}-01-01`;
    const to = input.to ?? today;
    const period = { start: helsinkiDayStart(from), end: helsinkiDayEnd(to) };
    const unitIds = [...door.actor.unitIds];
    const units = unitIds.length > 0 ? await unitNames(door.tx, unitIds) : [];
    const [queue, waited, first, loads, pairs, shared, concern, meetings, network] =
      unitIds.length === 0
        ? [[], [], [], [], [], [], [], [], []]
        : [
            await repo.queueLengths(door.tx, unitIds),
            await repo.waits(door.tx, unitIds, period),
            await repo.toFirstMeeting(door.tx, unitIds, period),
            await repo.caseloads(door.tx, unitIds),
            await repo.pairLoads(door.tx, unitIds),
            await repo.sharedClients(door.tx, unitIds),
            await repo.concernOutcomes(door.tx, unitIds, period),
            await repo.meetingCounts(door.tx, unitIds, period),
            await repo.networkMeetings(door.tx, unitIds, period),
          ];
    const grouped = await groupFigures(door.tx, unitIds, period);
    // Aggregates name no client; the read is still recorded as the team lead's look at the units' work.
    await door.log(
      { action: 'read', recordType: 'case_list', subjectPersonIds: [], detail: { figures: { from, to } } },
      { allowed: true, basis: 'own_unit' },
    );
    return {
      from,
      to,
      units: units.map((u): UnitFigures => {
        const { byType, bySetting } = countMeetings(meetings.filter((x) => x.unit_id === u.id));
        const sharedRow = shared.find((s) => s.unit_id === u.id);
        const net = network.find((n) => n.unit_id === u.id);
        return {
          unitId: u.id,
          unit: u.name,
          queueLength: queue.find((q) => q.unit_id === u.id)?.n ?? 0,
          wait: days(waited.find((w) => w.unit_id === u.id)),
          toFirstMeeting: days(first.find((w) => w.unit_id === u.id)),
          caseloads: loads
            .filter((l) => l.unit_id === u.id)
            .map((l) => ({
              workerId: l.worker_id,
              worker: l.worker,
              responsible: l.responsible,
              pair: l.pair,
            })),
          pairs: pairs
            .filter((p) => p.unit_id === u.id)
            .map((p) => ({ responsible: p.responsible, pair: p.pair, cases: p.cases })),
          sharedClients: sharedRow?.shared ?? 0,
          sharedWithoutTeamDecision: sharedRow?.undecided ?? 0,
          concernOutcome: concern
            .filter((c) => c.unit_id === u.id)
            .flatMap((c) =>
              isPerspective(c.perspective)
                ? [{ perspective: c.perspective, cases: c.cases, lower: c.lower }]
                : [],
            ),
          meetingsByType: byType,
          meetingsBySetting: bySetting,
          networkMeetings: { meetings: net?.meetings ?? 0, cases: net?.cases ?? 0 },
          groups: (({ sessions, attendances, anonymous }) => ({ sessions, attendances, anonymous }))(
            grouped.find((g) => g.unitId === u.id) ?? { sessions: 0, attendances: 0, anonymous: 0 },
          ),
        };
      }),
    };
  });
}

const csvCell = (v: string | number | null) => {
  const s = v === null ? '' : String(v);
  return /[",\n;]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/** The same figures as rows: unit; figure; part; value — for a spreadsheet. */
export function figuresCsv(f: Figures): string {
  const rows: (string | number | null)[][] = [['unit', 'figure', 'part', 'value']];
  for (const u of f.units) {
    rows.push([u.unit, 'queue_length', '', u.queueLength]);
    for (const [name, d] of [
      ['wait_days', u.wait],
      ['to_first_meeting_days', u.toFirstMeeting],
    ] as const) {
      rows.push([u.unit, name, 'n', d.n], [u.unit, name, 'median', d.median], [u.unit, name, 'p90', d.p90]);
    }
    for (const c of u.caseloads) {
      rows.push(
        [u.unit, 'caseload_responsible', c.worker, c.responsible],
        [u.unit, 'caseload_pair', c.worker, c.pair],
      );
    }
    rows.push([u.unit, 'shared_clients', '', u.sharedClients]);
    rows.push([u.unit, 'shared_without_team_decision', '', u.sharedWithoutTeamDecision]);
    for (const c of u.concernOutcome) {
      rows.push(
        [u.unit, 'concern_cases', c.perspective, c.cases],
        [u.unit, 'concern_lower', c.perspective, c.lower],
      );
    }
    for (const [k, v] of Object.entries(u.meetingsByType)) rows.push([u.unit, 'meetings_by_type', k, v ?? 0]);
    for (const [k, v] of Object.entries(u.meetingsBySetting))
      rows.push([u.unit, 'meetings_by_setting', k, v ?? 0]);
    rows.push([u.unit, 'network_meetings', 'meetings', u.networkMeetings.meetings]);
    rows.push([u.unit, 'network_meetings', 'cases', u.networkMeetings.cases]);
    rows.push([u.unit, 'group_sessions', '', u.groups.sessions]);
    rows.push([u.unit, 'group_attendances', 'registered', u.groups.attendances]);
    rows.push([u.unit, 'group_attendances', 'unregistered', u.groups.anonymous]);
  }
  return `${rows.map((r) => r.map(csvCell).join(';')).join('\r\n')}\r\n`;
}
