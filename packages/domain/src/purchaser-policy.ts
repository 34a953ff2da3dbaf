import type { Actor, Decision } from './access-policy';

/** A consent as the purchaser rule needs it: to whom (an organisation, or a unit of one) and for what. */
export interface SummaryConsent {
  purpose: string;
  /** The organisation the consent names, directly or through one of its units. */
  recipientOrganisationId: string | null;
  validFrom: string;
  validTo: string | null;
  withdrawnAt: string | null;
}

/** Whether a consent in force on `today` lets the purchasing organisation receive the case's summaries. */
export function purchaserMayReceiveSummaries(
  purchaserOrganisationId: string | null,
  consents: readonly SummaryConsent[],
  today: string,
): boolean {
  if (!purchaserOrganisationId) return false;
  return consents.some(
    (c) =>
      c.purpose === 'receive_summaries' &&
      c.recipientOrganisationId === purchaserOrganisationId &&
      c.withdrawnAt === null &&
      c.validFrom <= today &&
      (c.validTo === null || c.validTo >= today),
  );
}

/**
 * A purchaser sees the cases their organisation bought (what was delivered), and a summary only when
 * it is signed and the client's consent to send summaries to the purchaser is in force.
 */
export function decidePurchaserRead(
  actor: Actor,
  c: { purchaserOrganisationId: string | null; consents: readonly SummaryConsent[] },
  what: { kind: 'case' } | { kind: 'summary'; signed: boolean },
  today: string,
): Decision {
  if (actor.role !== 'purchaser' || c.purchaserOrganisationId !== actor.organisationId) {
    return { allowed: false, reason: 'no_care_relationship' };
  }
  if (what.kind === 'case') return { allowed: true, basis: 'purchaser' };
  if (!what.signed || !purchaserMayReceiveSummaries(c.purchaserOrganisationId, c.consents, today)) {
    return { allowed: false, reason: 'no_care_relationship' };
  }
  return { allowed: true, basis: 'purchaser' };
}
