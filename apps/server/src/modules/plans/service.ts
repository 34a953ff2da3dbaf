import {
  type CaseFacts,
  decideCase,
  type FieldErrorCode,
  type GoalReview,
  type PlanContent,
  type PlanOverview,
  type PlanPerson,
  type PlanVersion,
  type zGoalEvaluationInput,
} from '@verkosto/domain';
import type { z } from 'zod';
import { decideCaseAccess, factsOfCase, openedBy } from '../../access/case-facts';
import { DENIED, type Denied, type Door, type RequestContext, throughDoor } from '../../access/door';
import type { AppDeps } from '../../deps';
import { ApiError, staleVersion } from '../../http/errors';
import { subjectsOfCase } from '../cases/subjects';
import { presentReview, presentSummary, presentVersion, readContent } from './presenter';
import * as repo from './repository';

type Options<I> = { deps: AppDeps; ctx: RequestContext; input: I };
type EvaluationInput = z.output<typeof zGoalEvaluationInput>;

const NO_RELATIONSHIP = { allowed: false, reason: 'no_care_relationship' } as const;

type Entered = { facts: CaseFacts; canEdit: boolean };

/**
 * The plan belongs to its case. Reading follows the case (consents and stated legal bases open it to
 * read); writing is for the case's own workers while it is open. A closed case takes no more writes:
 * those who may still read it as their own are told why (409), everyone else gets the 404 of a case
 * they cannot see, as when closing a case.
 */
async function enterPlan(
  door: Door,
  caseId: string,
  access: 'read' | 'write',
  entry: { action: 'read' | 'create'; detail?: Record<string, unknown> },
): Promise<Entered | Denied | ApiError> {
  const facts = await factsOfCase(door.tx, caseId);
  const closedToWrites = access === 'write' && facts?.status === 'closed';
  const decision = !facts
    ? NO_RELATIONSHIP
    : closedToWrites
      ? decideCase(door.actor, facts, 'read')
      : await decideCaseAccess(door.tx, door.actor, facts, access);
  const detail = { ...entry.detail, ...openedBy(decision).detail };
  const allowed = await door.check(decision, {
    action: entry.action,
    recordType: 'plan',
    recordId: caseId,
    subjectPersonIds: facts ? await subjectsOfCase(door.tx, caseId) : [],
    unitId: facts?.unitId,
    ...(Object.keys(detail).length > 0 ? { detail } : {}),
  });
  if (!allowed || !facts) return DENIED;
  if (closedToWrites) return new ApiError('case_closed');
  return { facts, canEdit: decideCase(door.actor, facts, 'write').allowed };
}

const refused = (entered: Entered | Denied | ApiError): entered is Denied | ApiError =>
  entered === DENIED || entered instanceof ApiError;

/** Whom an action may be owned by or who may be in the next evaluation: members the client wants, and the case's workers. */
async function peopleOfCase(door: Door, caseId: string): Promise<PlanPerson[]> {
  const members = await repo.wantedMembers(door.tx, caseId);
  const workers = await repo.workersOfCase(door.tx, caseId);
  return [
    ...members.map((m) => ({ kind: 'member' as const, id: m.id, name: m.name })),
    ...workers.map((w) => ({ kind: 'worker' as const, id: w.id, name: w.name })),
  ];
}

export function getPlan({ deps, ctx, input }: Options<{ caseId: string }>) {
  return throughDoor<PlanOverview>(deps.db, ctx, async (door) => {
    const entered = await enterPlan(door, input.caseId, 'read', { action: 'read' });
    if (refused(entered)) return entered;
    const current = await repo.findVersion(door.tx, input.caseId);
    const versions = await repo.versionsOfCase(door.tx, input.caseId);
    return {
      current: current ? presentVersion(current) : null,
      versions: versions.map(presentSummary),
      people: await peopleOfCase(door, input.caseId),
      canEdit: entered.canEdit,
    };
  });
}

export function getVersion({ deps, ctx, input }: Options<{ caseId: string; versionNo: number }>) {
  return throughDoor<PlanVersion>(deps.db, ctx, async (door) => {
    const entered = await enterPlan(door, input.caseId, 'read', {
      action: 'read',
      detail: { versionNo: input.versionNo },
    });
    if (refused(entered)) return entered;
    const row = await repo.findVersion(door.tx, input.caseId, input.versionNo);
    // A version that does not exist answers like a case that cannot be seen.
    return row ? presentVersion(row) : DENIED;
  });
}

export interface PlanVersionInput {
  caseId: string;
  basedOn: number;
  content: PlanContent;
  meetingId?: string | null;
}

/**
 * Checks every person and the meeting the version names against the case, and takes the names from
 * the case rather than from the form, so a version never records a name the case does not know.
 * Field paths start with `fieldPrefix`, so a caller embedding the content elsewhere gets its own paths.
 */
async function checkedContent(
  door: Door,
  input: PlanVersionInput,
  fieldPrefix: string,
): Promise<PlanContent | ApiError> {
  const people = new Map((await peopleOfCase(door, input.caseId)).map((p) => [`${p.kind}:${p.id}`, p]));
  const fields: Record<string, FieldErrorCode> = {};
  const known = (person: PlanPerson, path: string) => {
    const found = people.get(`${person.kind}:${person.id}`);
    if (!found) fields[`${fieldPrefix}.${path}`] = 'invalid';
    return found ?? person;
  };
  const content: PlanContent = {
    ...input.content,
    actions: input.content.actions.map((a, i) => ({ ...a, owner: known(a.owner, `actions.${i}.owner`) })),
    nextComposition: input.content.nextComposition.map((p, i) => known(p, `nextComposition.${i}`)),
  };
  if (input.meetingId && !(await repo.isMeetingOfCase(door.tx, input.meetingId, input.caseId))) {
    fields.meetingId = 'invalid';
  }
  return Object.keys(fields).length > 0 ? new ApiError('validation_failed', fields) : content;
}

/**
 * Saves version basedOn + 1 of the case's plan through a door the caller has already opened and
 * checked for writing (the network meeting saves the plan it agreed inside its own transaction).
 * Answers an ApiError for a stale base or an invalid content, having written nothing; a caller that
 * has written before calling must not let its transaction commit on one.
 */
export async function savePlanVersion(
  door: Door,
  input: PlanVersionInput,
  fieldPrefix = 'content',
): Promise<PlanVersion | ApiError> {
  // A base that is not the latest is stale, also one ahead of it: it would leave a gap in the numbers.
  if ((await repo.latestVersionNo(door.tx, input.caseId)) !== input.basedOn) return staleVersion();
  const content = await checkedContent(door, input, fieldPrefix);
  if (content instanceof ApiError) return content;
  const versionNo = input.basedOn + 1;
  // Two saves over the same base at once both pass the check above; the unique key stops the later.
  const saved = await repo.insertVersion(door.tx, {
    caseId: input.caseId,
    versionNo,
    content,
    meetingId: input.meetingId ?? null,
    createdBy: door.actor.userId,
  });
  if (!saved) return staleVersion();
  const row = await repo.findVersion(door.tx, input.caseId, versionNo);
  if (!row) throw new Error('the saved plan version is missing');
  return presentVersion(row);
}

export function savePlan({ deps, ctx, input }: Options<PlanVersionInput>) {
  return throughDoor<PlanVersion>(deps.db, ctx, async (door) => {
    const entered = await enterPlan(door, input.caseId, 'write', {
      action: 'create',
      detail: { basedOn: input.basedOn },
    });
    if (refused(entered)) return entered;
    return savePlanVersion(door, input);
  });
}

export function addEvaluation({ deps, ctx, input }: Options<{ caseId: string } & EvaluationInput>) {
  return throughDoor<GoalReview>(deps.db, ctx, async (door) => {
    const entered = await enterPlan(door, input.caseId, 'write', {
      action: 'create',
      detail: { part: 'evaluation' },
    });
    if (refused(entered)) return entered;
    // Goals are those of the current version; before the first version there is nothing to evaluate.
    const current = await repo.findVersion(door.tx, input.caseId);
    const goalIds = new Set(current ? readContent(current.content).goals.map((g) => g.id) : []);
    const fields: Record<string, FieldErrorCode> = {};
    const seen = new Set<string>();
    input.scores.forEach((s, i) => {
      if (!goalIds.has(s.goalId) || seen.has(s.goalId)) fields[`scores.${i}.goalId`] = 'invalid';
      seen.add(s.goalId);
    });
    if (input.meetingId && !(await repo.isMeetingOfCase(door.tx, input.meetingId, input.caseId))) {
      fields.meetingId = 'invalid';
    }
    if (!current || Object.keys(fields).length > 0) return new ApiError('validation_failed', fields);
    const id = await repo.insertReview(door.tx, {
      caseId: input.caseId,
      planVersionNo: current.versionNo,
      meetingId: input.meetingId ?? null,
      scores: input.scores.map((s) => ({ goalId: s.goalId, score: s.score, comment: s.comment })),
      evaluatedBy: door.actor.userId,
    });
    const row = await repo.findReview(door.tx, id);
    if (!row) throw new Error('the saved goal review is missing');
    return presentReview(row);
  });
}

export function listEvaluations({ deps, ctx, input }: Options<{ caseId: string }>) {
  return throughDoor<{ reviews: GoalReview[] }>(deps.db, ctx, async (door) => {
    const entered = await enterPlan(door, input.caseId, 'read', {
      action: 'read',
      detail: { part: 'evaluations' },
    });
    if (refused(entered)) return entered;
    return { reviews: (await repo.reviewsOfCase(door.tx, input.caseId)).map(presentReview) };
  });
}
