import {
  byQueueOrder,
  clockStatuses,
  median,
  type UnitReferrals,
  workingDaysBetween,
  zCasePhase,
  zServiceType,
} from '@verkosto/domain';
import { todayIso } from '../../access/case-facts';
import type { Tx } from '../../db/client';
import { templateReader } from '../process/templates';
import { asUrgency } from './presenter';
import * as repo from './repository';

const HALF_YEAR_MS = 183 * 86_400_000;

/** The waiting lists of the given units in the stated order, each entry with its statutory clocks. */
export async function waitingLists(tx: Tx, unitIds: string[]) {
  const rows = (await repo.waitingIn(tx, unitIds))
    .map((r) => ({
      ...r,
      id: r.referralId,
      urgency: asUrgency(r.urgency),
      receivedAt: r.receivedAt.toISOString(),
    }))
    .sort(byQueueOrder);
  const today = todayIso();
  const templateOf = templateReader(tx);
  const byUnit = new Map<string, (UnitReferrals['waitingList'][number] & { personId: string | null })[]>();
  for (const r of rows) {
    const template = await templateOf({
      templateId: r.templateId,
      serviceType: zServiceType.parse(r.serviceType),
    });
    const phase = zCasePhase.parse(r.phase);
    const list = byUnit.get(r.unitId) ?? [];
    list.push({
      position: list.length + 1,
      referralId: r.referralId,
      caseId: r.caseId,
      personId: r.personId,
      client: r.firstNames && r.lastName ? `${r.firstNames} ${r.lastName}` : '',
      urgency: r.urgency,
      receivedOn: r.receivedOn,
      waitedWorkingDays: workingDaysBetween(r.receivedOn, today),
      phase,
      responsibleWorker: r.responsibleWorker,
      clocks: clockStatuses(
        template.content,
        { referralReceivedOn: r.openedOn, phase, reachedOn: { [phase]: r.openedOn } },
        today,
      ).map((c) => ({
        key: c.key,
        label: c.label,
        deadline: c.deadline,
        state: c.state,
        workingDaysLeft: c.workingDaysLeft,
      })),
    });
    byUnit.set(r.unitId, list);
  }
  return byUnit;
}

/** The median days from referral to leaving the waiting list over the last half year, per unit. */
export async function medianWaits(tx: Tx, unitIds: string[]) {
  const waits = await repo.recentWaits(tx, unitIds, new Date(Date.now() - HALF_YEAR_MS));
  return new Map(unitIds.map((u) => [u, median(waits.filter((w) => w.unitId === u).map((w) => w.days))]));
}
