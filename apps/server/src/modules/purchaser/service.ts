import {
  countMeetings,
  decidePurchaserRead,
  helsinkiDayEnd,
  helsinkiDayStart,
  type PurchasedCases,
  purchaserMayReceiveSummaries,
  zCasePhase,
  zCaseStatus,
  zServiceType,
} from '@verkosto/domain';
import { todayIso } from '../../access/case-facts';
import { type RequestContext, throughDoor } from '../../access/door';
import type { AppDeps } from '../../deps';
import { notFound } from '../../http/errors';
import { presentCaseRef } from '../cases/case-ref';
import { subjectsOfCases } from '../cases/subjects';
import { summaryConsents } from '../summaries/repository';
import * as repo from './repository';

/**
 * The purchaser's page: the cases their organisation bought, the meetings delivered in the period,
 * and the signed summaries a consent in force sends them. Logged as one read with every client shown.
 */
export function purchasedCases({
  deps,
  ctx,
  input,
}: {
  deps: AppDeps;
  ctx: RequestContext;
  input: { from?: string | undefined; to?: string | undefined };
}) {
  // Nobody else has purchased cases; to them the page is not there.
  if (ctx.actor.role !== 'purchaser') throw notFound();
  return throughDoor<PurchasedCases>(deps.db, ctx, async (door) => {
    const org = door.actor.organisationId;
    const today = todayIso();
    const to = input.to ?? today;
    const from = input.from ?? `${today.slice(0, 4)}-01-01`;
    const rows = (await repo.purchasedCases(door.tx, org)).filter(
      (c) => decidePurchaserRead(door.actor, { ...c, consents: [] }, { kind: 'case' }, today).allowed,
    );
    const caseIds = rows.map((r) => r.caseId);
    const consents = await summaryConsents(door.tx, caseIds);
    const delivered = await repo.deliveredMeetings(door.tx, org, helsinkiDayStart(from), helsinkiDayEnd(to));
    const signed = await repo.signedSummaries(door.tx, org);
    await door.log(
      {
        action: 'read',
        recordType: 'purchased_cases',
        subjectPersonIds: await subjectsOfCases(door.tx, rows),
        detail: { shown: rows.length },
      },
      { allowed: true, basis: 'purchaser' },
    );
    return {
      from,
      to,
      cases: rows.map((c) => {
        const consent = purchaserMayReceiveSummaries(
          org,
          consents.filter((x) => x.caseId === c.caseId),
          today,
        );
        return {
          caseId: c.caseId,
          client: presentCaseRef(c).client,
          provider: c.provider,
          unit: c.unit,
          serviceType: zServiceType.parse(c.serviceType),
          phase: zCasePhase.parse(c.phase),
          status: zCaseStatus.parse(c.status),
          openedOn: c.openedOn,
          closedOn: c.closedOn,
          meetings: countMeetings(delivered.filter((d) => d.caseId === c.caseId)),
          consent,
          // Without a consent in force the purchaser gets no summary, not even that one exists.
          summaries: consent
            ? signed
                .filter((s) => s.caseId === c.caseId && s.signedAt)
                .map((s) => ({
                  id: s.id,
                  kind: s.kind === 'final' ? ('final' as const) : ('period' as const),
                  periodStart: s.periodStart,
                  periodEnd: s.periodEnd,
                  signedAt: s.signedAt?.toISOString() ?? '',
                }))
            : [],
        };
      }),
    };
  });
}
