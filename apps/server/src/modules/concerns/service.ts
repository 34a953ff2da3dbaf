import {
  type ConcernAssessment,
  type ConcernPanel,
  followUpsDue,
  opensUrgentPath,
  type TeamConcerns,
  type zConcernInput,
  type zUrgentRecordInput,
} from '@verkosto/domain';
import type { z } from 'zod';
import { todayIso } from '../../access/case-facts';
import { DENIED, type Door, type RequestContext, throughDoor } from '../../access/door';
import { enterCase } from '../../access/enter-case';
import type { AppDeps } from '../../deps';
import { ApiError, staleVersion } from '../../http/errors';
import { presentCaseRef } from '../cases/case-ref';
import { subjectsOfCases } from '../cases/subjects';
import { asPerspective, asZone, isComplete, presentAssessment } from './presenter';
import * as repo from './repository';

type Options<I> = { deps: AppDeps; ctx: RequestContext; input: I };

async function present(door: Door, rows: repo.AssessmentRow[]): Promise<ConcernAssessment[]> {
  const names = new Map<string, string | null>();
  for (const r of rows) {
    const id = r.urgent?.updatedBy;
    if (id && !names.has(id)) names.set(id, await repo.userName(door.tx, id));
  }
  return rows.map((r) =>
    presentAssessment(r, r.urgent?.updatedBy ? (names.get(r.urgent.updatedBy) ?? null) : null),
  );
}

export function concernPanel({ deps, ctx, input }: Options<{ caseId: string }>) {
  return throughDoor<ConcernPanel>(deps.db, ctx, async (door) => {
    const entered = await enterCase(door, input.caseId, 'read', { action: 'read', recordType: 'concern' });
    if (!entered) return DENIED;
    const assessments = await present(door, await repo.assessmentsOfCase(door.tx, input.caseId));
    const latest = new Map<string, ConcernAssessment>();
    for (const a of assessments) latest.set(`${a.perspective}|${a.raterLabel}`, a);
    return {
      assessments,
      latestIds: [...latest.values()].map((a) => a.id),
      followUpDueIds: followUpsDue(assessments, todayIso()).map((a) => a.id),
      openUrgentIds: assessments.filter((a) => a.urgent && !a.urgent.complete).map((a) => a.id),
      emergencyPhone: await repo.emergencyPhoneFor(door.tx, input.caseId),
      canEdit: entered.canEdit,
    };
  });
}

/** A new rating; a zone-4 rating opens its urgent record, flagged until what was done is complete. */
export function rateConcern({
  deps,
  ctx,
  input,
}: Options<{ caseId: string } & z.output<typeof zConcernInput>>) {
  return throughDoor<ConcernAssessment>(deps.db, ctx, async (door) => {
    if (!(await enterCase(door, input.caseId, 'write', { action: 'create', recordType: 'concern' })))
      return DENIED;
    const member = input.raterMemberId
      ? await repo.memberOfCase(door.tx, input.caseId, input.raterMemberId)
      : null;
    if (input.raterMemberId && !member)
      return new ApiError('validation_failed', { raterMemberId: 'invalid' });
    if (input.meetingId && !(await repo.meetingOfCase(door.tx, input.caseId, input.meetingId))) {
      return new ApiError('validation_failed', { meetingId: 'invalid' });
    }
    const own = input.perspective === 'worker' ? await repo.userName(door.tx, door.actor.userId) : null;
    const id = await repo.insertAssessment(door.tx, {
      caseId: input.caseId,
      zone: input.zone,
      perspective: input.perspective,
      raterLabel: input.raterLabel ?? member?.name ?? own ?? '',
      raterMemberId: input.raterMemberId ?? null,
      worries: input.worries,
      wouldLessen: input.wouldLessen,
      followUpOn: input.followUpOn ?? null,
      meetingId: input.meetingId ?? null,
      recordedBy: door.actor.userId,
    });
    if (opensUrgentPath(input.zone)) await repo.insertUrgentRecord(door.tx, id, input.caseId);
    const row = (await repo.assessmentsOfCase(door.tx, input.caseId)).find((r) => r.assessment.id === id);
    return row ? (await present(door, [row]))[0]! : DENIED;
  });
}

/** Records what was done after a zone-4 rating; complete by the domain's rule, it clears the flag. */
export function recordUrgent({
  deps,
  ctx,
  input,
}: Options<{ assessmentId: string } & z.output<typeof zUrgentRecordInput>>) {
  return throughDoor<ConcernAssessment>(deps.db, ctx, async (door) => {
    const found = await repo.findAssessment(door.tx, input.assessmentId);
    const caseId = found?.assessment.caseId;
    if (!caseId || !(await enterCase(door, caseId, 'write', { action: 'update', recordType: 'concern' }))) {
      if (!caseId) {
        await door.log(
          { action: 'update', recordType: 'concern', recordId: input.assessmentId, subjectPersonIds: [] },
          { allowed: false, reason: 'no_care_relationship' },
        );
      }
      return DENIED;
    }
    if (!found.urgent) return new ApiError('validation_failed', { assessmentId: 'invalid' });
    const fields = {
      notificationMadeAt: input.notificationMadeAt ? new Date(input.notificationMadeAt) : null,
      notifiedTo: input.notifiedTo,
      notificationReference: input.notificationReference,
      jointWithFamily: input.jointWithFamily,
      emergencyContactAt: input.emergencyContactAt ? new Date(input.emergencyContactAt) : null,
      emergencyContacted: input.emergencyContacted,
      outcome: input.outcome,
    };
    const now = new Date();
    const saved = await repo.updateUrgentRecord(door.tx, input.assessmentId, input.version, {
      ...fields,
      updatedBy: door.actor.userId,
      updatedAt: now,
      completedAt: isComplete(fields) ? (found.urgent.completedAt ?? now) : null,
    });
    if (!saved) return staleVersion();
    const row = (await repo.assessmentsOfCase(door.tx, caseId)).find(
      (r) => r.assessment.id === input.assessmentId,
    );
    return row ? (await present(door, [row]))[0]! : DENIED;
  });
}

/** A team lead's page: their units' overdue follow-ups and open zone-4 flags. Logged with every client shown. */
export function teamConcerns({ deps, ctx }: Options<undefined>) {
  return throughDoor<TeamConcerns>(deps.db, ctx, async (door) => {
    const entry = { action: 'read', recordType: 'concern', subjectPersonIds: [] } as const;
    if (door.actor.role !== 'team_lead' || door.actor.unitIds.length === 0) {
      await door.log(entry, { allowed: false, reason: 'role' });
      return DENIED;
    }
    const units = [...door.actor.unitIds];
    const today = todayIso();
    const due = await repo.dueFollowUps(door.tx, repo.casesOfUnits(units), today);
    const urgent = await repo.openUrgentInUnits(door.tx, units);
    await door.log(
      {
        ...entry,
        subjectPersonIds: await subjectsOfCases(door.tx, [...due, ...urgent]),
        detail: { team: true },
      },
      { allowed: true, basis: 'unit_worker' },
    );
    return {
      overdueFollowUps: due.flatMap((d) =>
        d.followUpOn
          ? [
              {
                ...presentCaseRef(d),
                assessmentId: d.assessmentId,
                zone: asZone(d.zone),
                perspective: asPerspective(d.perspective),
                raterLabel: d.raterLabel,
                followUpOn: d.followUpOn,
              },
            ]
          : [],
      ),
      openUrgent: urgent.map((u) => ({
        ...presentCaseRef(u),
        assessmentId: u.assessmentId,
        recordedAt: u.recordedAt.toISOString(),
        recordedBy: u.recordedBy,
      })),
    };
  });
}
