import {
  type Decision,
  decideUnitWork,
  type ReferralMatch,
  type ReferralView,
  type SentReferral,
  type UnitReferrals,
  type zReferralAccept,
  type zReferralDecline,
  type zReferralInput,
  type zReferralRedirect,
} from '@verkosto/domain';
import type { z } from 'zod';
import { todayIso } from '../../access/case-facts';
import { DENIED, type Door, type RequestContext, throughDoor } from '../../access/door';
import type { referrals } from '../../db/schema/index';
import type { AppDeps } from '../../deps';
import { ApiError, staleVersion } from '../../http/errors';
import { openCaseWithin } from '../cases/service';
import * as resources from '../resources/repository';
import { presentReferral, presentSent } from './presenter';
import { medianWaits, waitingLists } from './queue';
import * as repo from './repository';

type Options<I> = { deps: AppDeps; ctx: RequestContext; input: I };

const NOT_HERE: Decision = { allowed: false, reason: 'no_care_relationship' };

/** Only the client workers of the receiving unit triage its referrals and keep its waiting list. */
const unitDecision = (door: Door, unitId: string) => decideUnitWork(door.actor, unitId);

/** A referral through its receiving unit; every try is logged, with the person once one is linked. */
async function enterReferral(door: Door, id: string, action: 'read' | 'update') {
  const row = await repo.findReferral(door.tx, id);
  const decision = row ? unitDecision(door, row.referral.targetUnitId) : NOT_HERE;
  const allowed = await door.check(decision, {
    action,
    recordType: 'referral',
    recordId: id,
    subjectPersonIds: row?.referral.personId ? [row.referral.personId] : [],
    unitId: row?.referral.targetUnitId,
  });
  return allowed && row ? row : null;
}

export async function referralTargets({ deps }: Options<undefined>) {
  return { units: await repo.referralTargets(deps.db) };
}

export function sendReferral({ deps, ctx, input }: Options<z.output<typeof zReferralInput>>) {
  return throughDoor<SentReferral>(deps.db, ctx, async (door) => {
    const a = door.actor;
    const entry = { action: 'create', recordType: 'referral', subjectPersonIds: [] } as const;
    if (a.role !== 'worker' && a.role !== 'team_lead') {
      await door.log(entry, { allowed: false, reason: 'role' });
      return DENIED;
    }
    const targets = await repo.referralTargets(door.tx);
    if (!targets.some((u) => u.id === input.targetUnitId)) {
      return new ApiError('validation_failed', { targetUnitId: 'invalid' });
    }
    const id = await repo.insertReferral(door.tx, {
      ...input,
      senderUserId: a.userId,
      receivedOn: todayIso(),
    });
    await door.log(
      { ...entry, recordId: id, unitId: input.targetUnitId },
      { allowed: true, basis: 'registered_by' },
    );
    const row = await repo.findReferral(door.tx, id);
    return row ? presentSent(row, { position: null, expectedWaitDays: null }) : DENIED;
  });
}

/** The sender's own referrals, with their place in the queue while they wait. */
export function sentReferrals({ deps, ctx }: Options<undefined>) {
  return throughDoor<{ referrals: SentReferral[] }>(deps.db, ctx, async (door) => {
    const rows = await repo.referralsSentBy(door.tx, door.actor.userId);
    const unitIds = [...new Set(rows.map((r) => r.referral.targetUnitId))];
    const lists = await waitingLists(door.tx, unitIds);
    const medians = await medianWaits(door.tx, unitIds);
    await door.log(
      {
        action: 'read',
        recordType: 'referral',
        subjectPersonIds: rows.flatMap((r) => (r.referral.personId ? [r.referral.personId] : [])),
        detail: { sent: rows.length },
      },
      { allowed: true, basis: 'registered_by' },
    );
    return {
      referrals: rows.map((r) => {
        const place = lists.get(r.referral.targetUnitId)?.find((w) => w.referralId === r.referral.id);
        return presentSent(r, {
          position: place?.position ?? null,
          expectedWaitDays: place ? (medians.get(r.referral.targetUnitId) ?? null) : null,
        });
      }),
    };
  });
}

export function unitReferrals({ deps, ctx, input }: Options<{ unitId: string }>) {
  return throughDoor<UnitReferrals>(deps.db, ctx, async (door) => {
    const decision = unitDecision(door, input.unitId);
    const inbox = decision.allowed ? await repo.inboxOf(door.tx, input.unitId) : [];
    const waiting = decision.allowed
      ? ((await waitingLists(door.tx, [input.unitId])).get(input.unitId) ?? [])
      : [];
    const allowed = await door.check(decision, {
      action: 'read',
      recordType: 'referral',
      subjectPersonIds: waiting.flatMap((w) => (w.personId ? [w.personId] : [])),
      unitId: input.unitId,
      detail: { inbox: inbox.length, waiting: waiting.length },
    });
    const unit = (await repo.referralTargets(door.tx)).find((u) => u.id === input.unitId);
    if (!allowed || !unit) return DENIED;
    return {
      unit: { id: unit.id, name: unit.name },
      inbox: inbox.map((r) => presentReferral(r, true)),
      waitingList: waiting.map(({ personId: _, ...w }) => w),
      medianWaitDays: (await medianWaits(door.tx, [input.unitId])).get(input.unitId) ?? null,
    };
  });
}

export function getReferral({ deps, ctx, input }: Options<{ id: string }>) {
  return throughDoor<ReferralView>(deps.db, ctx, async (door) => {
    const row = await enterReferral(door, input.id, 'read');
    return row ? presentReferral(row, true) : DENIED;
  });
}

/** The duplicate check: logged as a search, with every person it showed. */
export function referralMatches({ deps, ctx, input }: Options<{ id: string }>) {
  return throughDoor<{ matches: ReferralMatch[] }>(deps.db, ctx, async (door) => {
    const row = await enterReferral(door, input.id, 'read');
    if (!row) return DENIED;
    const r = row.referral;
    const found = await repo.personsLike(door.tx, {
      firstNames: r.childFirstNames,
      lastName: r.childLastName,
      dateOfBirth: r.childDateOfBirth,
    });
    const open = await repo.openCasesOf(
      door.tx,
      found.map((p) => p.personId),
    );
    await door.log(
      {
        action: 'search',
        recordType: 'person_search',
        subjectPersonIds: found.map((p) => p.personId),
        unitId: r.targetUnitId,
        detail: { referralId: r.id, shown: found.length },
      },
      { allowed: true, basis: 'identity_search' },
    );
    return {
      matches: found.map((p) => ({
        ...p,
        openCases: open
          .filter((c) => c.personId === p.personId)
          .map((c) => ({
            unit: c.unit,
            serviceType: c.serviceType as ReferralMatch['openCases'][number]['serviceType'],
          })),
      })),
    };
  });
}

/** A triage decision over the version seen: refused when someone decided first. */
async function triage(
  door: Door,
  id: string,
  version: number,
  work: (row: repo.ReferralRow, d: Door) => Promise<ApiError | Partial<typeof referrals.$inferInsert>>,
) {
  const row = await enterReferral(door, id, 'update');
  if (!row) return DENIED;
  if (row.referral.status !== 'received') return new ApiError('referral_decided');
  if (row.referral.version !== version) return staleVersion();
  // The decision and what it opens (a case, a referral to another unit) stand or fall together.
  const outcome = await door.allOrNothing(async (d) => {
    const change = await work(row, d);
    if (change instanceof ApiError) return change;
    const decided = await repo.decide(d.tx, id, version, {
      ...change,
      decidedBy: d.actor.userId,
      decidedAt: new Date(),
    });
    return decided ? true : staleVersion();
  });
  if (outcome instanceof ApiError) return outcome;
  const after = await repo.findReferral(door.tx, id);
  return after ? presentReferral(after, true) : DENIED;
}

export function acceptReferral({
  deps,
  ctx,
  input,
}: Options<{ id: string } & z.output<typeof zReferralAccept>>) {
  return throughDoor<ReferralView>(deps.db, ctx, (door) =>
    triage(door, input.id, input.version, async (row, d) => {
      // The case starts on the day the referral came: the statutory clocks run from then.
      const opened = await openCaseWithin(d, {
        unitId: row.referral.targetUnitId,
        personId: input.personId,
        familyId: null,
        serviceType: input.serviceType,
        responsibleWorkerId: input.responsibleWorkerId,
        pairWorkerId: input.pairWorkerId ?? null,
        purchaserOrganisationId: null,
        openedOn: row.referral.receivedOn,
        phase: 'referral',
      });
      if (opened instanceof ApiError) return opened;
      if (opened === DENIED) return new ApiError('validation_failed', { personId: 'invalid' });
      return { status: 'accepted', personId: input.personId, caseId: opened.id };
    }),
  );
}

export function redirectReferral({
  deps,
  ctx,
  input,
}: Options<{ id: string } & z.output<typeof zReferralRedirect>>) {
  return throughDoor<ReferralView>(deps.db, ctx, (door) =>
    triage(door, input.id, input.version, async (row, d) => {
      const r = row.referral;
      if (input.toUnitId) {
        const targets = await repo.referralTargets(d.tx);
        if (!targets.some((u) => u.id === input.toUnitId) || input.toUnitId === r.targetUnitId) {
          return new ApiError('validation_failed', { toUnitId: 'invalid' });
        }
        // The referral arrives in the other unit's inbox as the sender wrote it; the sender follows it there.
        const forwarded = await repo.insertReferral(d.tx, {
          targetUnitId: input.toUnitId,
          source: r.source,
          senderUserId: r.senderUserId,
          childFirstNames: r.childFirstNames,
          childLastName: r.childLastName,
          childDateOfBirth: r.childDateOfBirth,
          guardianName: r.guardianName,
          guardianPhone: r.guardianPhone,
          reason: r.reason,
          urgency: r.urgency,
          contactConsent: r.contactConsent,
          receivedOn: todayIso(),
          redirectedFromId: r.id,
        });
        await d.log(
          {
            action: 'create',
            recordType: 'referral',
            recordId: forwarded,
            subjectPersonIds: [],
            unitId: r.targetUnitId,
          },
          { allowed: true, basis: 'own_unit' },
        );
      } else if (!(await resources.findService(d.tx, input.toServiceId ?? ''))?.active) {
        return new ApiError('validation_failed', { toServiceId: 'invalid' });
      }
      return {
        status: 'redirected',
        redirectedToUnitId: input.toUnitId ?? null,
        redirectedToServiceId: input.toServiceId ?? null,
        messageToReferrer: input.messageToReferrer,
      };
    }),
  );
}

export function declineReferral({
  deps,
  ctx,
  input,
}: Options<{ id: string } & z.output<typeof zReferralDecline>>) {
  return throughDoor<ReferralView>(deps.db, ctx, (door) =>
    triage(door, input.id, input.version, async () => ({ status: 'declined', declineReason: input.reason })),
  );
}
