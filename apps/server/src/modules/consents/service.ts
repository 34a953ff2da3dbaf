import { type Consent, type ConsentPanel, decideCase, type zConsentInput } from '@verkosto/domain';
import type { z } from 'zod';
import { factsOfCase, todayIso } from '../../access/case-facts';
import { DENIED, type Door, type RequestContext, throughDoor } from '../../access/door';
import { rowExists } from '../../db/exists';
import { organisations, units } from '../../db/schema/index';
import type { AppDeps } from '../../deps';
import { ApiError } from '../../http/errors';
import { subjectsOfCases } from '../cases/subjects';
import { presentConsent } from './presenter';
import * as repo from './repository';

type Options<I> = { deps: AppDeps; ctx: RequestContext; input: I };

/**
 * Consents are kept by those who work on the case: its own workers, never a reader whom a consent
 * let in. Opens the case for the given action, logging the decision.
 */
async function enterCase(
  door: Door,
  caseId: string,
  action: 'read' | 'write',
  entry: { action: 'read' | 'create' | 'update' },
) {
  const facts = await factsOfCase(door.tx, caseId);
  const row = facts ? await repo.caseSubject(door.tx, caseId) : null;
  const decision = facts
    ? decideCase(door.actor, facts, action)
    : ({ allowed: false, reason: 'no_care_relationship' } as const);
  const allowed = await door.check(decision, {
    ...entry,
    recordType: 'consent',
    recordId: caseId,
    subjectPersonIds: row ? await subjectsOfCases(door.tx, [row]) : [],
    unitId: facts?.unitId,
  });
  return allowed && row ? row : null;
}

export function consentPanel({ deps, ctx, input }: Options<{ caseId: string }>) {
  return throughDoor<ConsentPanel>(deps.db, ctx, async (door) => {
    const caseRow = await enterCase(door, input.caseId, 'read', { action: 'read' });
    if (!caseRow) return DENIED;
    const today = todayIso();
    const [rows, givers, recipientUnits, recipientOrganisations, recipientMembers, recipientTeams] = [
      await repo.consentsOfCase(door.tx, input.caseId),
      await repo.giversOfCase(door.tx, caseRow),
      await repo.allUnits(door.tx),
      await repo.allOrganisations(door.tx),
      await repo.recipientMembersOfCase(door.tx, input.caseId),
      await repo.teamsOfUnit(door.tx, caseRow.unitId),
    ];
    return {
      consents: rows.map((r) => presentConsent(r, today)),
      givers,
      recipientUnits: recipientUnits.filter((u) => u.id !== caseRow.unitId),
      recipientOrganisations,
      recipientMembers,
      recipientTeams,
    };
  });
}

/** A consent may name the case's own members, never one the client does not want in the work. */
async function memberOfCase(door: Door, caseId: string, memberId: string) {
  const member = await repo.findMember(door.tx, memberId);
  if (!member || member.caseId !== caseId || member.removedAt) return 'invalid' as const;
  return member.clientChoice === 'not_wanted' ? ('not_wanted_by_client' as const) : ('ok' as const);
}

export function recordConsent({
  deps,
  ctx,
  input,
}: Options<{ caseId: string } & z.output<typeof zConsentInput>>) {
  return throughDoor<Consent>(deps.db, ctx, async (door) => {
    const caseRow = await enterCase(door, input.caseId, 'write', { action: 'create' });
    if (!caseRow) return DENIED;
    const fields: Record<string, 'invalid' | 'not_wanted_by_client'> = {};
    const givers = await repo.giversOfCase(door.tx, caseRow);
    if (!givers.some((g) => g.id === input.givenByPersonId)) fields.givenByPersonId = 'invalid';
    if (
      input.recipientUnitId &&
      (input.recipientUnitId === caseRow.unitId || !(await rowExists(door.tx, units, input.recipientUnitId)))
    ) {
      fields.recipientUnitId = 'invalid';
    }
    if (
      input.recipientOrganisationId &&
      !(await rowExists(door.tx, organisations, input.recipientOrganisationId))
    ) {
      fields.recipientOrganisationId = 'invalid';
    }
    if (input.recipientMemberId) {
      const member = await memberOfCase(door, input.caseId, input.recipientMemberId);
      if (member !== 'ok') fields.recipientMemberId = member;
    }
    if (
      input.recipientTeamId &&
      !(await repo.teamsOfUnit(door.tx, caseRow.unitId)).some((team) => team.id === input.recipientTeamId)
    ) {
      fields.recipientTeamId = 'invalid';
    }
    if (Object.keys(fields).length > 0) return new ApiError('validation_failed', fields);
    const id = await repo.insertConsent(door.tx, {
      caseId: input.caseId,
      givenByPersonId: input.givenByPersonId,
      childView: input.childView,
      recipientUnitId: input.recipientUnitId ?? null,
      recipientOrganisationId: input.recipientOrganisationId ?? null,
      recipientMemberId: input.recipientMemberId ?? null,
      recipientTeamId: input.recipientTeamId ?? null,
      purpose: input.purpose,
      method: input.method,
      validFrom: input.validFrom,
      validTo: input.validTo ?? null,
      recordedBy: door.actor.userId,
    });
    const row = await repo.findConsent(door.tx, id);
    return row ? presentConsent(row, todayIso()) : DENIED;
  });
}

/** Withdrawal takes effect at once: the next read by the recipient is decided without it. */
export function withdrawConsent({ deps, ctx, input }: Options<{ consentId: string }>) {
  return throughDoor<Consent>(deps.db, ctx, async (door) => {
    const found = await repo.findConsent(door.tx, input.consentId);
    // Withdrawing is the client's right at any time, also after the case closed: its own workers may do it.
    const caseRow = found ? await enterCase(door, found.consent.caseId, 'read', { action: 'update' }) : null;
    if (!found) {
      await door.log(
        { action: 'update', recordType: 'consent', recordId: input.consentId, subjectPersonIds: [] },
        { allowed: false, reason: 'no_care_relationship' },
      );
      return DENIED;
    }
    if (!caseRow) return DENIED;
    await repo.withdrawConsent(door.tx, input.consentId, door.actor.userId);
    const row = await repo.findConsent(door.tx, input.consentId);
    return row ? presentConsent(row, todayIso()) : DENIED;
  });
}
