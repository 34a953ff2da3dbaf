import type { AgendaItem, TeamSummary } from '@verkosto/domain';
import type { ItemRecordContent } from '../../db/schema/index';
import type { ItemRow, membersOf } from './repository';

type MemberRow = Awaited<ReturnType<typeof membersOf>>[number];

/** Members with every unit they work in, once each. */
export function presentMembers(rows: MemberRow[]) {
  const byId = new Map<string, { id: string; name: string; title: string; units: string[] }>();
  for (const r of rows) {
    const m = byId.get(r.id) ?? { id: r.id, name: r.name, title: r.title, units: [] };
    if (r.unit && !m.units.includes(r.unit)) m.units.push(r.unit);
    byId.set(r.id, m);
  }
  return [...byId.values()];
}

export function presentTeam(
  team: { id: string; name: string; cadencePerMonth: number; weekday: number; time: string },
  members: MemberRow[],
  next: { id: string; startsAt: Date } | undefined,
  openItems: number,
): TeamSummary {
  return {
    id: team.id,
    name: team.name,
    cadencePerMonth: team.cadencePerMonth,
    weekday: team.weekday,
    time: team.time,
    members: presentMembers(members),
    nextMeeting: next ? { id: next.id, startsAt: next.startsAt.toISOString() } : null,
    openItems,
  };
}

/** A named item shows the child's name; an anonymous one only what its bringer wrote. */
export function presentItem(row: ItemRow): AgendaItem {
  const i = row.item;
  const named = i.mode === 'named';
  return {
    id: i.id,
    mode: named ? 'named' : 'anonymous',
    title: named ? `${row.childFirstNames ?? ''} ${row.childLastName ?? ''}`.trim() : (i.description ?? ''),
    question: i.question,
    broughtBy: row.broughtBy,
    broughtByUnit: row.broughtByUnit ?? '',
    broughtOn: i.broughtAt.toISOString(),
    status: i.status === 'decided' ? 'decided' : 'open',
    caseId: named ? i.caseId : null,
  };
}

export function presentRecord(
  content: ItemRecordContent,
  version: number,
  names: { units: Map<string, string>; users: Map<string, { name: string; unit: string }> },
) {
  const unit = (id: string) => names.units.get(id) ?? '';
  return {
    version,
    assessments: content.assessments.map((a) => ({ ...a, unit: unit(a.unitId) })),
    division: content.division.map((d) => ({ ...d, unit: unit(d.unitId) })),
    responsibleUnit: content.responsibleUnitId
      ? { id: content.responsibleUnitId, name: unit(content.responsibleUnitId) }
      : null,
    pair: content.pairUserIds.map((id) => ({
      id,
      name: names.users.get(id)?.name ?? '',
      unit: names.users.get(id)?.unit ?? '',
    })),
    nextReviewOn: content.nextReviewOn,
    decided: content.decided,
  };
}
