import {
  nextReferralOutStatuses,
  oneOfOr,
  type ReferralOut,
  type ReferralOutStatus,
  referralOutStatuses,
  type zReferralOutInput,
} from '@verkosto/domain';
import { and, asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import { todayIso } from '../../access/case-facts';
import { DENIED, type RequestContext, throughDoor } from '../../access/door';
import { enterCase } from '../../access/enter-case';
import type { Tx } from '../../db/client';
import { cases, referrals, referralsOut, serviceDirectory, units, users } from '../../db/schema/index';
import type { AppDeps } from '../../deps';
import { ApiError, staleVersion } from '../../http/errors';
import * as resources from '../resources/repository';
import { asUrgency } from './presenter';
import * as repo from './repository';

type Options<I> = { deps: AppDeps; ctx: RequestContext; input: I };

const inbound = alias(referrals, 'inbound');
const inboundCase = alias(cases, 'inbound_case');

function selectOut(tx: Tx) {
  return tx
    .select({
      out: referralsOut,
      serviceName: serviceDirectory.name,
      unitName: units.name,
      sentBy: users.displayName,
      inboundStatus: inbound.status,
      inboundCaseStatus: inboundCase.status,
    })
    .from(referralsOut)
    .innerJoin(users, eq(users.id, referralsOut.sentBy))
    .leftJoin(serviceDirectory, eq(serviceDirectory.id, referralsOut.serviceId))
    .leftJoin(units, eq(units.id, referralsOut.targetUnitId))
    .leftJoin(inbound, eq(inbound.id, referralsOut.inboundReferralId))
    .leftJoin(inboundCase, eq(inboundCase.id, inbound.caseId));
}
type OutRow = Awaited<ReturnType<ReturnType<typeof selectOut>['execute']>>[number];

const asOutStatus = oneOfOr(referralOutStatuses, 'sent');

/** To a Verkosto unit the loop follows its triage: waiting, accepted, declined or redirected, then closed. */
function statusOf(row: OutRow): ReferralOutStatus {
  if (!row.out.inboundReferralId) {
    return asOutStatus(row.out.status);
  }
  switch (row.inboundStatus) {
    case 'accepted':
      return row.inboundCaseStatus === 'closed' ? 'completed' : 'accepted';
    case 'declined':
    case 'redirected':
      return 'declined';
    default:
      return 'sent';
  }
}

function present(row: OutRow): ReferralOut {
  const o = row.out;
  return {
    id: o.id,
    version: o.version,
    target: o.targetUnitId
      ? { kind: 'unit', id: o.targetUnitId, name: row.unitName ?? '' }
      : { kind: 'service', id: o.serviceId ?? '', name: row.serviceName ?? '' },
    reason: o.reason,
    urgency: asUrgency(o.urgency),
    status: statusOf(row),
    followsUnit: o.inboundReferralId !== null,
    sentBy: row.sentBy,
    sentAt: o.sentAt.toISOString(),
    statusChangedAt: o.statusChangedAt.toISOString(),
  };
}

export function referralsOutOfCase({ deps, ctx, input }: Options<{ caseId: string }>) {
  return throughDoor<{ referrals: ReferralOut[]; canEdit: boolean }>(deps.db, ctx, async (door) => {
    const entered = await enterCase(door, input.caseId, 'read', { action: 'read', recordType: 'referral' });
    if (!entered) return DENIED;
    const rows = await selectOut(door.tx)
      .where(eq(referralsOut.caseId, input.caseId))
      .orderBy(asc(referralsOut.sentAt));
    return { referrals: rows.map(present), canEdit: entered.canEdit };
  });
}

/** Sends a referral out of the case; to a Verkosto unit it arrives in that unit's inbox. */
export function sendReferralOut({
  deps,
  ctx,
  input,
}: Options<{ caseId: string } & z.output<typeof zReferralOutInput>>) {
  return throughDoor<ReferralOut>(deps.db, ctx, async (door) => {
    const entered = await enterCase(door, input.caseId, 'write', {
      action: 'create',
      recordType: 'referral',
    });
    if (!entered) return DENIED;
    let inboundReferralId: string | null = null;
    if (input.targetUnitId) {
      const targets = await repo.referralTargets(door.tx);
      if (!targets.some((u) => u.id === input.targetUnitId) || input.targetUnitId === entered.facts.unitId) {
        return new ApiError('validation_failed', { targetUnitId: 'invalid' });
      }
      const child = await repo.childOfCase(door.tx, input.caseId);
      if (!child) return new ApiError('validation_failed', { targetUnitId: 'subject_required' });
      inboundReferralId = await repo.insertReferral(door.tx, {
        targetUnitId: input.targetUnitId,
        source: 'other_unit',
        senderUserId: door.actor.userId,
        childFirstNames: child.firstNames,
        childLastName: child.lastName,
        childDateOfBirth: child.dateOfBirth,
        guardianName: child.guardianName,
        guardianPhone: child.guardianPhone,
        reason: input.reason,
        urgency: input.urgency,
        contactConsent: input.contactConsent,
        receivedOn: todayIso(),
      });
    } else if (!(await resources.findService(door.tx, input.serviceId ?? ''))?.active) {
      return new ApiError('validation_failed', { serviceId: 'invalid' });
    }
    const [row] = await door.tx
      .insert(referralsOut)
      .values({
        caseId: input.caseId,
        serviceId: input.serviceId ?? null,
        targetUnitId: input.targetUnitId ?? null,
        inboundReferralId,
        reason: input.reason,
        urgency: input.urgency,
        sentBy: door.actor.userId,
      })
      .returning({ id: referralsOut.id });
    const [out] = await selectOut(door.tx).where(eq(referralsOut.id, row!.id));
    return out ? present(out) : DENIED;
  });
}

/** The worker closes the loop of a referral to a service outside Verkosto, one step at a time. */
export function setReferralOutStatus({
  deps,
  ctx,
  input,
}: Options<{ id: string; version: number; status: ReferralOutStatus }>) {
  return throughDoor<ReferralOut>(deps.db, ctx, async (door) => {
    const [row] = await selectOut(door.tx).where(eq(referralsOut.id, input.id));
    if (!row) {
      await door.log(
        { action: 'update', recordType: 'referral', recordId: input.id, subjectPersonIds: [] },
        { allowed: false, reason: 'no_care_relationship' },
      );
      return DENIED;
    }
    if (
      !(await enterCase(door, row.out.caseId, 'write', {
        action: 'update',
        recordType: 'referral',
        recordId: input.id,
      }))
    )
      return DENIED;
    if (row.out.inboundReferralId) return new ApiError('validation_failed', { status: 'invalid' });
    // Someone else's step first: a stale version, whatever the step asked for.
    if (row.out.version !== input.version) return staleVersion();
    if (!nextReferralOutStatuses(statusOf(row)).includes(input.status))
      return new ApiError('validation_failed', { status: 'invalid' });
    const updated = await door.tx
      .update(referralsOut)
      .set({
        status: input.status,
        version: input.version + 1,
        statusChangedAt: new Date(),
        statusChangedBy: door.actor.userId,
      })
      .where(and(eq(referralsOut.id, input.id), eq(referralsOut.version, input.version)))
      .returning({ id: referralsOut.id });
    if (updated.length === 0) return staleVersion();
    const [after] = await selectOut(door.tx).where(eq(referralsOut.id, input.id));
    return after ? present(after) : DENIED;
  });
}
