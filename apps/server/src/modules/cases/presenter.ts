import {
  type CaseDetail,
  type CasePhase,
  type CaseStatus,
  type CaseSummary,
  type ClosingReason,
  type Decision,
  registerOfDomain,
  type ServiceDomain,
  type ServiceType,
} from '@verkosto/domain';
import type { CaseRow } from './repository';

export function presentCaseSummary(row: CaseRow): CaseSummary {
  return {
    id: row.id,
    unit: { id: row.unitId, name: row.unitName, serviceDomain: row.serviceDomain as ServiceDomain },
    serviceType: row.serviceType as ServiceType,
    phase: row.phase as CasePhase,
    status: row.status as CaseStatus,
    openedOn: row.openedOn,
    closedOn: row.closedOn,
    subject: {
      person:
        row.personId && row.personFirstNames && row.personLastName && row.personDateOfBirth
          ? {
              id: row.personId,
              firstNames: row.personFirstNames,
              lastName: row.personLastName,
              dateOfBirth: row.personDateOfBirth,
            }
          : null,
      family: row.familyId && row.familyName ? { id: row.familyId, name: row.familyName } : null,
    },
    responsibleWorker: {
      id: row.responsibleId,
      displayName: row.responsibleName,
      title: row.responsibleTitle,
    },
    pairWorker:
      row.pairId && row.pairName
        ? { id: row.pairId, displayName: row.pairName, title: row.pairTitle ?? '' }
        : null,
  };
}

/** The case header; `decision` says why the actor sees it, and until when if a consent opened it. */
export function presentCase(
  row: CaseRow,
  decision: Pick<Extract<Decision, { allowed: true }>, 'basis' | 'consent' | 'stated'>,
  consentGiver: string | null = null,
): CaseDetail {
  return {
    ...presentCaseSummary(row),
    version: row.version,
    register: registerOfDomain(row.serviceDomain as ServiceDomain),
    organisation: { id: row.organisationId, name: row.organisationName },
    purchaser: row.purchaserId && row.purchaserName ? { id: row.purchaserId, name: row.purchaserName } : null,
    closingReason: row.closingReason as ClosingReason | null,
    closingNote: row.closingNote,
    accessBasis: decision.basis,
    sharedByConsent: decision.consent
      ? { validTo: decision.consent.validTo, givenBy: consentGiver ?? '' }
      : null,
    statedBasis: decision.stated
      ? { legalBasis: decision.stated.legalBasis, expiresAt: decision.stated.expiresAt }
      : null,
  };
}
