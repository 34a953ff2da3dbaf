import {
  type CasePhase,
  clockStatuses,
  decidePhaseChange,
  helsinkiDate,
  type PhaseChangeWarning,
  type ProcessTemplate,
  type ProcessView,
  periodSummaryDueOn,
  type zPhaseChangeInput,
  type zReviewDecisionInput,
} from '@verkosto/domain';
import type { z } from 'zod';
import { todayIso } from '../../access/case-facts';
import { DENIED, type Door, type RequestContext, throughDoor } from '../../access/door';
import { enterCase } from '../../access/enter-case';
import type { Tx } from '../../db/client';
import type { AppDeps } from '../../deps';
import { ApiError, staleVersion } from '../../http/errors';
import * as resources from '../resources/repository';
import { presentPhaseChange, presentReviewDecision, presentTemplate } from './presenter';
import * as repo from './repository';
import { templateOfCase } from './templates';

type Options<I> = { deps: AppDeps; ctx: RequestContext; input: I };

/** The day each phase was first reached: the phase the case was opened in on its opening day, then its changes. */
function reachedOn(c: repo.ProcessCase, changes: repo.PhaseChangeRow[]) {
  const reached: Partial<Record<CasePhase, string>> = {};
  const first = (changes[0]?.change.fromPhase as CasePhase | undefined) ?? c.phase;
  reached[first] = c.openedOn;
  for (const { change } of changes) {
    const to = change.toPhase as CasePhase;
    reached[to] ??= change.changedAt.toISOString();
  }
  return reached;
}

async function buildView(tx: Tx, c: repo.ProcessCase, canEdit: boolean): Promise<ProcessView> {
  const template = await templateOfCase(tx, c);
  const changes = await repo.phaseChanges(tx, c.id);
  const reached = reachedOn(c, changes);
  const reachedDays = Object.fromEntries(
    Object.entries(reached).map(([p, at]) => [p, at.length > 10 ? helsinkiDate(new Date(at)) : at]),
  ) as Partial<Record<CasePhase, string>>;
  const assessmentMeetings = await repo.assessmentMeetingCount(tx, c.id);
  const summaries = await repo.summaryFacts(tx, c.id);
  const next = nextStep(template.content, c, { ...summaries, assessmentMeetings });
  const decision = await repo.latestReviewDecision(tx, c.id);
  return {
    caseId: c.id,
    caseVersion: c.version,
    phase: c.phase,
    status: c.status as ProcessView['status'],
    template: presentTemplate(template),
    reachedOn: reachedDays,
    phaseChanges: changes.map(presentPhaseChange),
    clocks: clockStatuses(
      template.content,
      { referralReceivedOn: c.openedOn, phase: c.phase, reachedOn: reachedDays },
      todayIso(),
    ),
    assessmentMeetings,
    next,
    reviewDecision: decision ? presentReviewDecision(decision) : null,
    reviewMeetings:
      c.phase === 'network_review'
        ? (await repo.reviewMeetings(tx, c.id, c.purchaserOrganisationId)).map((m) => ({
            id: m.id,
            startsAt: m.startsAt.toISOString(),
            purchaserPresent: m.purchaserPresent,
          }))
        : [],
    purchased: c.purchaserOrganisationId !== null,
    periodSummaryDueOn: periodSummaryDueOn(template.content, {
      phase: c.phase,
      referralReceivedOn: c.openedOn,
      lastSummaryEnd: summaries.lastSummaryEnd,
    }),
    finalEvaluationSigned: summaries.finalEvaluationSigned,
    canEdit: canEdit && c.status === 'open',
  };
}

/** The next phase along the template; leaving the network review is the review decision's to do. */
function nextStep(
  template: ProcessTemplate,
  c: repo.ProcessCase,
  facts: { finalEvaluationSigned: boolean; assessmentMeetings: number },
): ProcessView['next'] {
  const i = template.phases.indexOf(c.phase);
  const phase = i >= 0 ? template.phases[i + 1] : undefined;
  if (!phase || c.status === 'closed') return null;
  if (c.phase === 'network_review') {
    return { phase, allowed: false, refusal: 'review_decision_required', warnings: [] };
  }
  const decided = decidePhaseChange(template, c.phase, phase, facts);
  return decided.allowed
    ? { phase, allowed: true, refusal: null, warnings: decided.warnings }
    : { phase, allowed: false, refusal: decided.reason, warnings: [] };
}

async function enterProcess(door: Door, caseId: string, access: 'read' | 'write') {
  const entered = await enterCase(door, caseId, access, {
    action: access === 'read' ? 'read' : 'update',
    recordType: 'process',
  });
  const c = entered ? await repo.processCase(door.tx, caseId) : null;
  return entered && c ? { ...entered, case: c } : null;
}

export function getProcess({ deps, ctx, input }: Options<{ caseId: string }>) {
  return throughDoor<ProcessView>(deps.db, ctx, async (door) => {
    const entered = await enterProcess(door, input.caseId, 'read');
    if (!entered) return DENIED;
    return buildView(door.tx, entered.case, entered.canEdit);
  });
}

export function changePhase({
  deps,
  ctx,
  input,
}: Options<{ caseId: string } & z.output<typeof zPhaseChangeInput>>) {
  return throughDoor<ProcessView>(deps.db, ctx, async (door) => {
    const entered = await enterProcess(door, input.caseId, 'write');
    if (!entered) return DENIED;
    const c = entered.case;
    if (c.status === 'closed') return new ApiError('case_closed');
    if (c.version !== input.version) return staleVersion();
    if (c.phase === 'network_review') return new ApiError('review_decision_required');
    const template = (await templateOfCase(door.tx, c)).content;
    const decided = decidePhaseChange(template, c.phase, input.to, {
      ...(await repo.summaryFacts(door.tx, c.id)),
      assessmentMeetings: await repo.assessmentMeetingCount(door.tx, c.id),
    });
    if (!decided.allowed) return new ApiError('phase_not_allowed');
    const unconfirmed = decided.warnings.filter((w) => !input.acknowledgedWarnings.includes(w));
    if (unconfirmed.length > 0) return new ApiError('warnings_not_confirmed');
    const moved = await repo.movePhase(
      door.tx,
      { caseId: c.id, version: input.version, from: c.phase, to: input.to },
      {
        reason: input.reason,
        warnings: decided.warnings satisfies PhaseChangeWarning[],
        changedBy: door.actor.userId,
      },
    );
    if (!moved) return staleVersion();
    const after = await repo.processCase(door.tx, c.id);
    return after ? buildView(door.tx, after, entered.canEdit) : DENIED;
  });
}

export function recordReviewDecision({
  deps,
  ctx,
  input,
}: Options<{ caseId: string } & z.output<typeof zReviewDecisionInput>>) {
  return throughDoor<ProcessView>(deps.db, ctx, async (door) => {
    const entered = await enterProcess(door, input.caseId, 'write');
    if (!entered) return DENIED;
    const c = entered.case;
    if (c.status === 'closed') return new ApiError('case_closed');
    if (c.phase !== 'network_review') return new ApiError('not_in_review_phase');
    if (c.version !== input.version) return staleVersion();
    const meeting = (await repo.reviewMeetings(door.tx, c.id, c.purchaserOrganisationId)).find(
      (m) => m.id === input.meetingId,
    );
    if (!meeting) return new ApiError('validation_failed', { meetingId: 'invalid' });
    if (input.serviceId && !(await resources.findService(door.tx, input.serviceId))?.active)
      return new ApiError('validation_failed', { serviceId: 'invalid' });
    if (c.purchaserOrganisationId && !meeting.purchaserPresent)
      return new ApiError('purchaser_not_participant');
    const template = (await templateOfCase(door.tx, c)).content;
    const to: CasePhase =
      input.decision === 'continue'
        ? 'active_work'
        : template.phases.includes('closing')
          ? 'closing'
          : 'closed';
    if (!template.phases.includes(to) || to === 'closed') return new ApiError('phase_not_allowed');
    // The phase moves first, over the version the worker saw: a stale request then writes nothing.
    const moved = await repo.movePhase(
      door.tx,
      { caseId: c.id, version: input.version, from: c.phase, to },
      { reason: input.note ?? '', warnings: [], changedBy: door.actor.userId },
    );
    if (!moved) return staleVersion();
    const guidedTo = input.decision === 'guide_elsewhere' ? (input.serviceId ?? null) : null;
    await repo.insertReviewDecision(door.tx, {
      caseId: c.id,
      meetingId: meeting.id,
      decision: input.decision,
      nextReviewOn: input.decision === 'continue' ? (input.nextReviewOn ?? null) : null,
      serviceId: guidedTo,
      note: input.note ?? '',
      purchaserPresent: meeting.purchaserPresent,
      decidedBy: door.actor.userId,
    });
    // Guidance decided at the review is guidance given: it shows with the rest on the case.
    if (guidedTo) {
      await resources.insertGuidance(door.tx, {
        caseId: c.id,
        serviceId: guidedTo,
        note: input.note,
        givenBy: door.actor.userId,
      });
    }
    const after = await repo.processCase(door.tx, c.id);
    return after ? buildView(door.tx, after, entered.canEdit) : DENIED;
  });
}
