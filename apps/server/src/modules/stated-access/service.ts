import {
  type CaseFacts,
  decideReviewStatedAccess,
  decideStateLegalBasis,
  STATED_ACCESS_HOURS,
  type StatedAccess,
  type StatedAccessForReview,
  type StatedAccessReviewList,
  type zStatedAccessReview,
  type zStateLegalBasis,
} from '@verkosto/domain';
import type { z } from 'zod';
import {
  decideCaseAccess,
  factsAroundFamily,
  factsAroundPerson,
  factsOfCase,
  todayIso,
} from '../../access/case-facts';
import { DENIED, type RequestContext, throughDoor } from '../../access/door';
import type { AppDeps } from '../../deps';
import { ApiError, staleVersion } from '../../http/errors';
import { subjectsOfCases } from '../cases/subjects';
import { presentForReview, presentStatedAccess } from './presenter';
import * as repo from './repository';

type Options<I> = { deps: AppDeps; ctx: RequestContext; input: I };

/** The client's other cases: a statement needs a care relationship to the client through one of them. */
async function casesAroundClient(
  tx: Parameters<typeof factsAroundPerson>[0],
  subject: { personId: string | null; familyId: string | null },
): Promise<CaseFacts[]> {
  if (subject.personId) return factsAroundPerson(tx, subject.personId);
  if (subject.familyId) return factsAroundFamily(tx, subject.familyId);
  return [];
}

/**
 * A worker states a legal basis to read a case nothing else opens to them. The statement itself is
 * logged with the basis; so is every read it opens, until it expires.
 */
export function stateLegalBasis({
  deps,
  ctx,
  input,
}: Options<{ caseId: string } & z.output<typeof zStateLegalBasis>>) {
  return throughDoor<StatedAccess>(deps.db, ctx, async (door) => {
    const facts = await factsOfCase(door.tx, input.caseId);
    const subject = facts ? await repo.caseOfStatement(door.tx, input.caseId) : null;
    const around = subject ? await casesAroundClient(door.tx, subject) : [];
    // Open already — by relationship, consent or an earlier statement still in force: nothing to state.
    if (facts && (await decideCaseAccess(door.tx, door.actor, facts, 'read')).allowed) {
      return new ApiError('access_not_needed');
    }
    const decision = facts
      ? decideStateLegalBasis(door.actor, facts, around, todayIso())
      : ({ allowed: false, reason: 'no_care_relationship' } as const);
    if (!decision.allowed && decision.reason === 'not_needed') return new ApiError('access_not_needed');
    const entry = {
      action: 'create',
      recordType: 'stated_access',
      recordId: input.caseId,
      subjectPersonIds: subject ? await subjectsOfCases(door.tx, [subject]) : [],
      unitId: facts?.unitId,
    } as const;
    if (!decision.allowed || !facts) {
      await door.log(entry, decision);
      return DENIED;
    }
    // The team leads of the unit through which the worker knows the client review the statement.
    const relationUnit = around.find((c) => c.caseId === decision.caseId)?.unitId;
    const unitId =
      relationUnit && door.actor.unitIds.includes(relationUnit)
        ? relationUnit
        : (door.actor.unitIds[0] ?? null);
    const row = await repo.insertStatedAccess(door.tx, {
      caseId: input.caseId,
      userId: door.actor.userId,
      unitId,
      legalBasis: input.legalBasis,
      explanation: input.explanation,
      expiresAt: new Date(Date.now() + STATED_ACCESS_HOURS * 3_600_000),
    });
    await door.log(
      { ...entry, unitId, detail: { statedAccessId: row.id, legalBasis: input.legalBasis } },
      { allowed: true, basis: 'stated_legal_basis' },
    );
    return presentStatedAccess(row);
  });
}

/** The statements a team lead reviews: those made in their units by others. Reading them is logged. */
export function statementsForReview({ deps, ctx }: Options<undefined>) {
  return throughDoor<StatedAccessReviewList>(deps.db, ctx, async (door) => {
    const reviewable = door.actor.unitIds.filter(
      (unitId) => decideReviewStatedAccess(door.actor, unitId).allowed,
    );
    const entry = { action: 'read', recordType: 'stated_access', subjectPersonIds: [] } as const;
    if (reviewable.length === 0) {
      await door.log(entry, decideReviewStatedAccess(door.actor, null));
      return DENIED;
    }
    const rows = await repo.findForReview(door.tx, reviewable, door.actor.userId);
    await door.log(
      { ...entry, subjectPersonIds: await subjectsOfCases(door.tx, rows), detail: { shown: rows.length } },
      { allowed: true, basis: 'review' },
    );
    return { items: rows.map(presentForReview) };
  });
}

export function reviewStatement({
  deps,
  ctx,
  input,
}: Options<{ statedAccessId: string } & z.output<typeof zStatedAccessReview>>) {
  return throughDoor<StatedAccessForReview>(deps.db, ctx, async (door) => {
    const row = await repo.findOneForReview(door.tx, input.statedAccessId);
    const decision =
      row && row.userId !== door.actor.userId
        ? decideReviewStatedAccess(door.actor, row.unitId)
        : ({ allowed: false, reason: 'no_care_relationship' } as const);
    const entry = {
      action: 'update',
      recordType: 'stated_access',
      recordId: row?.caseId ?? null,
      subjectPersonIds: row ? await subjectsOfCases(door.tx, [row]) : [],
      detail: { statedAccessId: input.statedAccessId },
    } as const;
    if (!(await door.check(decision, entry)) || !row) return DENIED;
    const reviewed = await repo.recordReview(door.tx, row.id, {
      verdict: input.verdict,
      comment: input.comment,
      reviewedBy: door.actor.userId,
    });
    if (!reviewed) return staleVersion();
    const updated = await repo.findOneForReview(door.tx, row.id);
    return updated ? presentForReview(updated) : DENIED;
  });
}
