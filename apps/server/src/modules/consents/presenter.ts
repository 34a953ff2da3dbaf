import { type Consent, type ConsentPurpose, consentMethods, consentStatus } from '@verkosto/domain';
import type { ConsentRow } from './repository';

type Method = (typeof consentMethods)[number];

function recipientOf(row: ConsentRow): Consent['recipient'] {
  const c = row.consent;
  if (c.recipientUnitId) return { kind: 'unit', id: c.recipientUnitId, name: row.recipientUnitName ?? '' };
  if (c.recipientMemberId)
    return { kind: 'member', id: c.recipientMemberId, name: row.recipientMemberName ?? '' };
  if (c.recipientTeamId) return { kind: 'team', id: c.recipientTeamId, name: row.recipientTeamName ?? '' };
  return {
    kind: 'organisation',
    id: c.recipientOrganisationId ?? '',
    name: row.recipientOrganisationName ?? '',
  };
}

export function presentConsent(row: ConsentRow, today: string): Consent {
  const c = row.consent;
  const withdrawnAt = c.withdrawnAt ? c.withdrawnAt.toISOString() : null;
  return {
    id: c.id,
    caseId: c.caseId,
    fromUnit: { id: row.fromUnitId, name: row.fromUnitName },
    givenBy: { id: c.givenByPersonId, firstNames: row.giverFirstNames, lastName: row.giverLastName },
    childView: c.childView,
    recipient: recipientOf(row),
    purpose: c.purpose as ConsentPurpose,
    method: (consentMethods as readonly string[]).includes(c.method) ? (c.method as Method) : 'written',
    validFrom: c.validFrom,
    validTo: c.validTo,
    recordedBy: row.recordedByName,
    recordedAt: c.recordedAt.toISOString(),
    withdrawnAt,
    withdrawnBy: row.withdrawnByName,
    status: consentStatus({ validFrom: c.validFrom, validTo: c.validTo, withdrawnAt }, today),
  };
}
