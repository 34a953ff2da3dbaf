import {
  decidePurchaserRead,
  draftSummaryTexts,
  purchaserMayReceiveSummaries,
  type SummaryList,
  type SummaryView,
  type zSummaryDraftInput,
  type zSummarySave,
} from '@verkosto/domain';
import type { z } from 'zod';
import { todayIso } from '../../access/case-facts';
import { DENIED, type Door, type RequestContext, throughDoor } from '../../access/door';
import { enterCase } from '../../access/enter-case';
import type { AppDeps } from '../../deps';
import { ApiError, staleVersion } from '../../http/errors';
import { subjectsOfCase } from '../cases/subjects';
import { presentListItem, presentSummary } from './presenter';
import { recordOfPeriod } from './record';
import * as repo from './repository';

type Options<I> = { deps: AppDeps; ctx: RequestContext; input: I };
type Access = { action: 'read' | 'update' | 'sign'; access: 'read' | 'write' };

/** What a summary shows about its case: whom it is about, and whether its purchaser may receive it. */
async function caseContext(door: Door, caseId: string) {
  const header = await repo.caseHeader(door.tx, caseId);
  const consents = await repo.summaryConsents(door.tx, [caseId]);
  const client = header ? await repo.clientOfCase(door.tx, header) : null;
  return {
    header,
    consents,
    client: client?.person
      ? `${client.person.firstNames} ${client.person.lastName}`
      : (client?.familyName ?? ''),
    purchaserConsent: purchaserMayReceiveSummaries(
      header?.purchaserOrganisationId ?? null,
      consents,
      todayIso(),
    ),
  };
}

/**
 * A summary through its case: the case's workers (and readers) by the case's rules; a purchaser only
 * a signed one of a case their organisation bought, under a consent in force. Every try is logged.
 */
async function enterSummary(door: Door, summaryId: string, how: Access) {
  const row = await repo.findSummary(door.tx, summaryId);
  const entry = { action: how.action, recordType: 'summary', recordId: summaryId } as const;
  if (!row) {
    await door.log({ ...entry, subjectPersonIds: [] }, { allowed: false, reason: 'no_care_relationship' });
    return null;
  }
  const caseId = row.summary.caseId;
  if (door.actor.role === 'purchaser') {
    const { header, consents, client } = await caseContext(door, caseId);
    const decision =
      how.access === 'read' && header
        ? decidePurchaserRead(
            door.actor,
            { purchaserOrganisationId: header.purchaserOrganisationId, consents },
            { kind: 'summary', signed: row.summary.status === 'signed' },
            todayIso(),
          )
        : ({ allowed: false, reason: 'role' } as const);
    const subjects = await subjectsOfCase(door.tx, caseId);
    if (!(await door.check(decision, { ...entry, subjectPersonIds: subjects }))) return null;
    return { row, canEdit: false, purchaserConsent: true, client };
  }
  const entered = await enterCase(door, caseId, how.access, entry);
  if (!entered) return null;
  const { purchaserConsent, client } = await caseContext(door, caseId);
  return { row, canEdit: entered.canEdit, purchaserConsent, client };
}

export function listSummaries({ deps, ctx, input }: Options<{ caseId: string }>) {
  return throughDoor<SummaryList>(deps.db, ctx, async (door) => {
    const entered = await enterCase(door, input.caseId, 'read', { action: 'read', recordType: 'summary' });
    if (!entered) return DENIED;
    const { purchaserConsent } = await caseContext(door, input.caseId);
    const rows = await repo.summariesOfCase(door.tx, input.caseId);
    return {
      summaries: rows.map((r) => presentListItem(r, purchaserConsent)),
      canDraft: entered.canEdit && entered.facts.status === 'open',
    };
  });
}

export function draftSummary({
  deps,
  ctx,
  input,
}: Options<{ caseId: string } & z.output<typeof zSummaryDraftInput>>) {
  return throughDoor<SummaryView>(deps.db, ctx, async (door) => {
    const entered = await enterCase(door, input.caseId, 'write', { action: 'create', recordType: 'summary' });
    if (!entered) return DENIED;
    if (entered.facts.status === 'closed') return new ApiError('case_closed');
    if (input.kind === 'final' && (await repo.hasSignedFinal(door.tx, input.caseId)))
      return new ApiError('final_evaluation_exists');
    const facts = await recordOfPeriod(door.tx, input.caseId, input.periodStart, input.periodEnd);
    const id = await repo.insertSummary(door.tx, {
      caseId: input.caseId,
      kind: input.kind,
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
      language: input.language,
      sections: draftSummaryTexts(facts, input.language),
      facts,
      createdBy: door.actor.userId,
    });
    const row = await repo.findSummary(door.tx, id);
    const { purchaserConsent, client } = await caseContext(door, input.caseId);
    return row ? presentSummary(row, { purchaserConsent, canEdit: entered.canEdit, client }) : DENIED;
  });
}

export function getSummary({ deps, ctx, input }: Options<{ summaryId: string }>) {
  return throughDoor<SummaryView>(deps.db, ctx, async (door) => {
    const entered = await enterSummary(door, input.summaryId, { action: 'read', access: 'read' });
    if (!entered) return DENIED;
    return presentSummary(entered.row, entered);
  });
}

export function saveSummary({
  deps,
  ctx,
  input,
}: Options<{ summaryId: string } & z.output<typeof zSummarySave>>) {
  return throughDoor<SummaryView>(deps.db, ctx, async (door) => {
    const entered = await enterSummary(door, input.summaryId, { action: 'update', access: 'write' });
    if (!entered) return DENIED;
    if (entered.row.summary.status === 'signed') return new ApiError('record_signed');
    if (!(await repo.saveSections(door.tx, input.summaryId, input.version, input.sections)))
      return staleVersion();
    const row = await repo.findSummary(door.tx, input.summaryId);
    return row ? presentSummary(row, entered) : DENIED;
  });
}

export function signSummary({ deps, ctx, input }: Options<{ summaryId: string; version: number }>) {
  return throughDoor<SummaryView>(deps.db, ctx, async (door) => {
    const entered = await enterSummary(door, input.summaryId, { action: 'sign', access: 'write' });
    if (!entered) return DENIED;
    const s = entered.row.summary;
    if (s.status === 'signed') return new ApiError('record_signed');
    if (s.kind === 'final' && (await repo.hasSignedFinal(door.tx, s.caseId)))
      return new ApiError('final_evaluation_exists');
    if (!(await repo.sign(door.tx, input.summaryId, input.version, door.actor.userId))) return staleVersion();
    const row = await repo.findSummary(door.tx, input.summaryId);
    return row ? presentSummary(row, entered) : DENIED;
  });
}

/** The summary and what its PDF prints about the case: the unit and the client's names. */
export function summaryForPrint({ deps, ctx, input }: Options<{ summaryId: string }>) {
  return throughDoor(deps.db, ctx, async (door) => {
    const entered = await enterSummary(door, input.summaryId, { action: 'read', access: 'read' });
    if (!entered) return DENIED;
    const header = await repo.caseHeader(door.tx, entered.row.summary.caseId);
    if (!header) return DENIED;
    return {
      summary: presentSummary(entered.row, entered),
      unit: header.unit,
      client: await repo.clientOfCase(door.tx, header),
    };
  });
}
