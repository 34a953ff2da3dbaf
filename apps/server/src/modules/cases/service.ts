import {
  type CaseDetail,
  type CaseFormOptions,
  type CaseSummary,
  decideCase,
  decideCaseload,
  decideOpenCase,
  type ServiceDomain,
  visibleCases,
  type zCaseInput,
  type zCloseCase,
  type zReassignCase,
} from '@verkosto/domain';
import type { z } from 'zod';
import {
  caseFacts,
  decideCaseAccess,
  factsOfCase,
  openedBy,
  todayIso,
  withDisclosures,
} from '../../access/case-facts';
import { DENIED, type Door, type RequestContext, throughDoor } from '../../access/door';
import { rowExists } from '../../db/exists';
import { families, organisations, persons } from '../../db/schema/index';
import type { AppDeps } from '../../deps';
import { ApiError, staleVersion } from '../../http/errors';
import { insertPhaseChange, processCase, summaryFacts } from '../process/repository';
import { latestTemplate } from '../process/templates';
import { presentCase, presentCaseSummary } from './presenter';
import * as repo from './repository';
import { subjectsOfCase, subjectsOfCases } from './subjects';

type Options<I> = { deps: AppDeps; ctx: RequestContext; input: I };

const NO_RELATIONSHIP = { allowed: false, reason: 'no_care_relationship' } as const;

function factsOfCaseRow(row: repo.CaseRow) {
  return caseFacts({
    caseId: row.id,
    unitId: row.unitId,
    serviceDomain: row.serviceDomain,
    status: row.status,
    responsibleWorkerId: row.responsibleId,
    pairWorkerId: row.pairId,
  });
}

export function myCases({ deps, ctx }: Options<undefined>) {
  return throughDoor<{ cases: CaseSummary[] }>(deps.db, ctx, async (door) => {
    const rows = await repo.casesOfWorker(door.tx, door.actor.userId, door.actor.unitIds);
    const facts = rows.map(factsOfCaseRow);
    const allowedIds = new Set(visibleCases(door.actor, facts).map((f) => f.caseId));
    const shown = rows.filter((r) => allowedIds.has(r.id));
    await door.log(
      {
        action: 'read',
        recordType: 'case_list',
        subjectPersonIds: await subjectsOfCases(door.tx, shown),
        detail: { shown: shown.length },
      },
      { allowed: true, basis: 'own_unit' },
    );
    return { cases: shown.map(presentCaseSummary) };
  });
}

/**
 * The open cases of the team lead's units whose responsible worker can no longer sign in: they
 * wait for the lead to move them to someone.
 */
export function casesWithoutActiveWorker({ deps, ctx }: Options<undefined>) {
  return throughDoor<{ cases: CaseSummary[] }>(deps.db, ctx, async (door) => {
    const leadUnits = door.actor.unitIds.filter((unitId) => decideCaseload(door.actor, unitId).allowed);
    const shown = await repo.casesWithoutActiveWorker(door.tx, leadUnits);
    const decision = decideCaseload(door.actor, leadUnits[0] ?? '');
    await door.log(
      {
        action: 'read',
        recordType: 'case_list',
        subjectPersonIds: await subjectsOfCases(door.tx, shown),
        detail: { shown: shown.length, without: 'active_worker' },
      },
      decision,
    );
    if (!decision.allowed) return DENIED;
    return { cases: shown.map(presentCaseSummary) };
  });
}

async function readCase(door: Door, caseId: string, action: 'read' | 'write') {
  const facts = await factsOfCase(door.tx, caseId);
  const decision = facts
    ? decideCase(door.actor, facts, action)
    : ({ allowed: false, reason: 'no_care_relationship' } as const);
  return { facts, decision };
}

export function getCase({ deps, ctx, input }: Options<{ caseId: string }>) {
  return throughDoor<CaseDetail>(deps.db, ctx, async (door) => {
    // One read gives both the header and the facts the policy needs; nothing is shown before the decision.
    const row = await repo.findCase(door.tx, input.caseId);
    const [facts] = row ? await withDisclosures(door.tx, [factsOfCaseRow(row)]) : [];
    const decision = facts ? await decideCaseAccess(door.tx, door.actor, facts, 'read') : NO_RELATIONSHIP;
    const entry = {
      action: 'read',
      recordType: 'case',
      recordId: input.caseId,
      subjectPersonIds: row ? await subjectsOfCases(door.tx, [row]) : [],
      unitId: row?.unitId,
      // A read opened by consent or a stated legal basis names it, so the client can see on what it rested.
      ...openedBy(decision),
    } as const;
    if (!(await door.check(decision, entry)) || !decision.allowed || !row) return DENIED;
    const consentGiver = decision.consent
      ? await repo.consentGiverName(door.tx, decision.consent.consentId)
      : null;
    return presentCase(row, decision, consentGiver);
  });
}

export function openCase({ deps, ctx, input }: Options<z.output<typeof zCaseInput>>) {
  return throughDoor<CaseDetail>(deps.db, ctx, (door) => openCaseWithin(door, input));
}

/**
 * Opens a case inside a door's transaction: the same checks whether a worker opens it from the case
 * form or by accepting a referral into the waiting list.
 */
export async function openCaseWithin(
  door: Door,
  input: z.output<typeof zCaseInput>,
): Promise<CaseDetail | ApiError | typeof DENIED> {
  const tx = door.tx;
  const subjects = input.personId ? [input.personId] : [];
  const decision = decideOpenCase(door.actor, input.unitId);
  const entry = {
    action: 'create',
    recordType: 'case',
    subjectPersonIds: subjects,
    unitId: input.unitId,
  } as const;
  if (!decision.allowed) {
    await door.log(entry, decision);
    return new ApiError('validation_failed', { unitId: 'invalid' });
  }
  const fields: Record<string, 'invalid' | 'worker_not_in_unit'> = {};
  const unitWorkers = await repo.usersOfUnits(tx, [input.unitId]);
  if (!unitWorkers.some((w) => w.id === input.responsibleWorkerId && w.role !== 'admin')) {
    fields.responsibleWorkerId = 'worker_not_in_unit';
  }
  if (input.pairWorkerId && !(await repo.isClientWorker(tx, input.pairWorkerId)))
    fields.pairWorkerId = 'invalid';
  if (input.personId && !(await rowExists(tx, persons, input.personId))) fields.personId = 'invalid';
  if (input.familyId && !(await rowExists(tx, families, input.familyId))) fields.familyId = 'invalid';
  if (input.purchaserOrganisationId && !(await rowExists(tx, organisations, input.purchaserOrganisationId))) {
    fields.purchaserOrganisationId = 'invalid';
  }
  if (Object.keys(fields).length > 0) return new ApiError('validation_failed', fields);
  const caseId = await repo.insertCase(tx, {
    unitId: input.unitId,
    personId: input.personId ?? null,
    familyId: input.familyId ?? null,
    serviceType: input.serviceType,
    phase: input.phase,
    status: 'open',
    responsibleWorkerId: input.responsibleWorkerId,
    pairWorkerId: input.pairWorkerId ?? null,
    purchaserOrganisationId: input.purchaserOrganisationId ?? null,
    // The case follows the template as it is today; later versions do not move it.
    templateId: (await latestTemplate(tx, input.serviceType)).id,
    openedOn: input.openedOn ?? todayIso(),
    createdBy: door.actor.userId,
  });
  await door.log(
    { ...entry, recordId: caseId, subjectPersonIds: await subjectsOfCase(tx, caseId) },
    decision,
  );
  const row = await repo.findCase(tx, caseId);
  const facts = await factsOfCase(tx, caseId);
  const basis = facts ? decideCase(door.actor, facts, 'read') : null;
  return row && basis?.allowed ? presentCase(row, basis) : DENIED;
}

export function closeCase({ deps, ctx, input }: Options<{ caseId: string } & z.output<typeof zCloseCase>>) {
  return throughDoor<CaseDetail>(deps.db, ctx, async (door) => {
    const { facts, decision: write } = await readCase(door, input.caseId, 'write');
    // A closed case takes no more writes; those who may still read it are told why (409), like a
    // stale version, and everyone else gets the 404 of a case they cannot see.
    const decision = facts?.status === 'closed' ? decideCase(door.actor, facts, 'read') : write;
    const subjects = facts ? await subjectsOfCase(door.tx, input.caseId) : [];
    const entry = {
      action: 'close',
      recordType: 'case',
      recordId: input.caseId,
      subjectPersonIds: subjects,
      unitId: facts?.unitId,
    } as const;
    if (!(await door.check(decision, entry)) || !decision.allowed || !facts) return DENIED;
    if (facts.status === 'closed') return new ApiError('case_closed');
    // The process ends with a signed final evaluation (seed 001): without one the case stays open.
    if (!(await summaryFacts(door.tx, input.caseId)).finalEvaluationSigned) {
      return new ApiError('final_evaluation_unsigned');
    }
    const before = await processCase(door.tx, input.caseId);
    const closed = await repo.closeCase(door.tx, input.caseId, input.version, {
      closedOn: todayIso(),
      closingReason: input.reason,
      closingNote: input.note?.trim() ? input.note.trim() : null,
    });
    if (!closed || !before) return staleVersion();
    await insertPhaseChange(door.tx, input.caseId, before.phase, 'closed', {
      reason: input.note?.trim() ?? '',
      warnings: [],
      changedBy: door.actor.userId,
    });
    const row = await repo.findCase(door.tx, input.caseId);
    return row ? presentCase(row, decision) : DENIED;
  });
}

/**
 * A team lead moves a case to another worker or pair of their unit (seed 003: caseloads are
 * rebalanced). Logged as a change of the case with who held it before and after.
 */
export function reassignCase({
  deps,
  ctx,
  input,
}: Options<{ caseId: string } & z.output<typeof zReassignCase>>) {
  return throughDoor<CaseDetail>(deps.db, ctx, async (door) => {
    const row = await repo.findCase(door.tx, input.caseId);
    const lead = door.actor.role === 'team_lead' && row !== null && door.actor.unitIds.includes(row.unitId);
    const decision = lead ? ({ allowed: true, basis: 'unit_worker' } as const) : NO_RELATIONSHIP;
    const entry = {
      action: 'update',
      recordType: 'case',
      recordId: input.caseId,
      subjectPersonIds: row ? await subjectsOfCases(door.tx, [row]) : [],
      unitId: row?.unitId,
      detail: row
        ? {
            reassigned: {
              responsible: [row.responsibleId, input.responsibleWorkerId],
              pair: [row.pairId, input.pairWorkerId === undefined ? row.pairId : input.pairWorkerId],
            },
          }
        : undefined,
    } as const;
    if (!(await door.check(decision, entry)) || !row) return DENIED;
    if (row.status === 'closed') return new ApiError('case_closed');
    const workers = await repo.usersOfUnits(door.tx, [row.unitId]);
    const inUnit = (id: string) => workers.some((w) => w.id === id && w.role !== 'admin');
    if (!inUnit(input.responsibleWorkerId))
      return new ApiError('validation_failed', { responsibleWorkerId: 'worker_not_in_unit' });
    if (input.pairWorkerId && !(await repo.isClientWorker(door.tx, input.pairWorkerId)))
      return new ApiError('validation_failed', { pairWorkerId: 'invalid' });
    // Left out, the pair stays; null takes it away.
    const pair = input.pairWorkerId === undefined ? row.pairId : input.pairWorkerId;
    if (pair && pair === input.responsibleWorkerId)
      return new ApiError('validation_failed', { pairWorkerId: 'same_worker_twice' });
    const moved = await repo.reassignCase(door.tx, input.caseId, input.version, {
      responsibleWorkerId: input.responsibleWorkerId,
      pairWorkerId: pair,
    });
    if (!moved) return staleVersion();
    const after = await repo.findCase(door.tx, input.caseId);
    const facts = await factsOfCase(door.tx, input.caseId);
    const basis = facts ? decideCase(door.actor, facts, 'read') : null;
    return after && basis?.allowed ? presentCase(after, basis) : DENIED;
  });
}

/** Units the actor may open a case in, with their workers; possible pair workers; purchasers. Not client data. */
export async function caseFormOptions({ deps, ctx }: Options<undefined>): Promise<CaseFormOptions> {
  const db = deps.db;
  const unitIds = [...ctx.actor.unitIds];
  const { ownUnits, workers, pairWorkers, networkUsers, purchasers } = await db.transaction(async (tx) => ({
    ownUnits: await repo.unitsByIds(tx, unitIds),
    workers: await repo.usersOfUnits(tx, unitIds),
    pairWorkers: await repo.allClientWorkers(tx),
    networkUsers: await repo.networkLinkableUsers(tx),
    purchasers: await repo.purchaserOrganisations(tx),
  }));
  return {
    units: ownUnits
      .filter((u) => u.serviceDomain === 'social' || u.serviceDomain === 'health')
      .map((u) => ({
        ...u,
        serviceDomain: u.serviceDomain as ServiceDomain,
        workers: workers
          .filter((w) => w.unitId === u.id && w.role !== 'admin')
          .map((w) => ({ id: w.id, displayName: w.displayName, title: w.title })),
      })),
    pairWorkers,
    networkUsers,
    purchasers,
  };
}
