import type { Register, UserRole } from './enums';

/**
 * The access policy: pure decisions about who may see or change client data.
 * The server's access module gathers the facts (the actor and the cases around a record),
 * asks here, and logs the answer in the same transaction as the read or write.
 */

export interface Actor {
  userId: string;
  role: UserRole;
  organisationId: string;
  unitIds: readonly string[];
}

/** A consent to disclose one case's records to a unit or a whole organisation. */
export interface DisclosureConsent {
  consentId: string;
  recipientUnitId: string | null;
  recipientOrganisationId: string | null;
  validFrom: string;
  validTo: string | null;
  withdrawnAt: string | null;
}

/**
 * Legal bases a worker may state to read a record no care relationship or consent opens: a fixed
 * list, each naming its law in the UI. A stated basis is logged with every read and reviewed by the
 * worker's team lead.
 */
export const legalBases = [
  'child_in_danger',
  'danger_to_life_or_health',
  'child_welfare_assessment',
  'urgent_care',
] as const;
export type LegalBasis = (typeof legalBases)[number];

/** How long a stated basis keeps a case open to the worker who stated it. */
export const STATED_ACCESS_HOURS = 12;

/** A worker's stated legal basis for one case, still in force (the server reads only unexpired ones). */
export interface StatedBasis {
  statedAccessId: string;
  userId: string;
  legalBasis: LegalBasis;
  expiresAt: string;
}

/** What the policy needs to know about one case. */
export interface CaseFacts {
  caseId: string;
  unitId: string;
  register: Register | null;
  status: 'open' | 'closed';
  responsibleWorkerId: string;
  pairWorkerId: string | null;
  /** The case's disclosure consents, active or not: the policy decides which are in force on `today`. */
  disclosures?: readonly DisclosureConsent[];
  /** Stated legal bases for this case that have not expired. */
  statedAccesses?: readonly StatedBasis[];
}

export const accessBases = [
  'responsible_worker',
  'pair_worker',
  'unit_worker',
  'registered_by',
  'identity_search',
  'own_unit',
  'registry',
  'consent',
  'stated_legal_basis',
  'review',
  'purchaser',
] as const;
export type AccessBasis = (typeof accessBases)[number];

export type AccessAction = 'read' | 'write';

export type Decision =
  | {
      allowed: true;
      basis: AccessBasis;
      caseId?: string;
      register?: Register | null;
      /** When a consent opened the record: which one, and until when. */
      consent?: { consentId: string; validTo: string | null };
      /** When the actor's stated legal basis opened the record. */
      stated?: { statedAccessId: string; legalBasis: LegalBasis; expiresAt: string };
    }
  | { allowed: false; reason: 'no_care_relationship' | 'role' };

const DENY_ROLE: Decision = { allowed: false, reason: 'role' };
const DENY_RELATION: Decision = { allowed: false, reason: 'no_care_relationship' };

/** Admins keep organisations and accounts; client data is for those who work with the client. */
function handlesClients(actor: Actor): boolean {
  return actor.role === 'worker' || actor.role === 'team_lead';
}

/**
 * The work a unit keeps apart from any one case — its referral inbox and waiting list, its groups —
 * is for the unit's own client workers.
 */
export function decideUnitWork(actor: Actor, unitId: string): Decision {
  return handlesClients(actor) && actor.unitIds.includes(unitId)
    ? { allowed: true, basis: 'own_unit' }
    : DENY_RELATION;
}

/** In force on `today` (an ISO date): begun, not ended, not withdrawn. Withdrawal ends it at once. */
export function consentInForce(
  consent: Pick<DisclosureConsent, 'validFrom' | 'validTo' | 'withdrawnAt'>,
  today: string,
): boolean {
  return (
    consent.withdrawnAt === null &&
    consent.validFrom <= today &&
    (consent.validTo === null || today <= consent.validTo)
  );
}

function consentNamesActor(consent: DisclosureConsent, actor: Actor): boolean {
  if (consent.recipientUnitId !== null) return actor.unitIds.includes(consent.recipientUnitId);
  return consent.recipientOrganisationId !== null && consent.recipientOrganisationId === actor.organisationId;
}

/**
 * A case is open to its responsible and pair worker (also after closing, to read what they wrote),
 * and to the workers and team leads of the unit that holds it while it is open. Beyond that, only a
 * disclosure consent in force on `today` that names the actor's unit or organisation opens it, and
 * only to read: the records stay in their own register.
 */
export function decideCase(actor: Actor, facts: CaseFacts, action: AccessAction, today?: string): Decision {
  if (!handlesClients(actor)) return DENY_ROLE;
  const base = { caseId: facts.caseId, register: facts.register };
  const open = facts.status === 'open';
  if (facts.responsibleWorkerId === actor.userId && (open || action === 'read')) {
    return { allowed: true, basis: 'responsible_worker', ...base };
  }
  if (facts.pairWorkerId === actor.userId && (open || action === 'read')) {
    return { allowed: true, basis: 'pair_worker', ...base };
  }
  if (open && actor.unitIds.includes(facts.unitId)) {
    return { allowed: true, basis: 'unit_worker', ...base };
  }
  if (action === 'read' && today !== undefined) {
    const consent = facts.disclosures?.find((c) => consentInForce(c, today) && consentNamesActor(c, actor));
    if (consent) {
      return {
        allowed: true,
        basis: 'consent',
        ...base,
        consent: { consentId: consent.consentId, validTo: consent.validTo },
      };
    }
  }
  if (action === 'read') {
    const stated = facts.statedAccesses?.find((s) => s.userId === actor.userId);
    if (stated) {
      const { userId: _, ...rest } = stated;
      return { allowed: true, basis: 'stated_legal_basis', ...base, stated: rest };
    }
  }
  return DENY_RELATION;
}

const BASIS_STRENGTH: Record<AccessBasis, number> = {
  responsible_worker: 4,
  pair_worker: 3,
  unit_worker: 2,
  registered_by: 1,
  own_unit: 1,
  consent: 1,
  stated_legal_basis: 1,
  review: 0,
  purchaser: 0,
  registry: 0,
  identity_search: 0,
};

/**
 * A person's details follow the care relationship: any case of the person (or of their family)
 * that the actor may see opens them. The strongest relationship is named as the basis.
 */
export function decidePerson(
  actor: Actor,
  casesAround: readonly CaseFacts[],
  action: AccessAction,
  today?: string,
): Decision {
  if (!handlesClients(actor)) return DENY_ROLE;
  let best: Decision = DENY_RELATION;
  for (const facts of casesAround) {
    const decision = decideCase(actor, facts, action, today);
    if (decision.allowed && (!best.allowed || BASIS_STRENGTH[decision.basis] > BASIS_STRENGTH[best.basis])) {
      best = decision;
    }
  }
  return best;
}

/** The cases among these that the actor may see. */
export function visibleCases<T extends CaseFacts>(actor: Actor, cases: readonly T[], today?: string): T[] {
  return cases.filter((c) => decideCase(actor, c, 'read', today).allowed);
}

/**
 * Basic identity (name, date of birth, masked identity code) is findable by the organisation's
 * workers, to avoid duplicates and to open a case, and by admins, who answer a client's request
 * for their access log; every search is logged with the persons shown.
 */
export function decideIdentitySearch(actor: Actor): Decision {
  if (actor.role === 'admin') return { allowed: true, basis: 'registry' };
  return handlesClients(actor) ? { allowed: true, basis: 'identity_search' } : DENY_ROLE;
}

/**
 * A person's access log opens to admins (the register keeper's staff who answer the client's
 * request) and to those with a care relationship to the person.
 */
export function decideAccessLogView(actor: Actor, facts: ClientRecordFacts): Decision {
  if (actor.role === 'admin') return { allowed: true, basis: 'registry' };
  return decideClientRecord(actor, facts, 'read');
}

/** Registering a new person or family, before any case exists. */
export function decideRegisterClient(actor: Actor): Decision {
  return handlesClients(actor) ? { allowed: true, basis: 'identity_search' } : DENY_ROLE;
}

/** Opening a case: only into a unit the actor works in. */
export function decideOpenCase(actor: Actor, unitId: string): Decision {
  if (!handlesClients(actor)) return DENY_ROLE;
  return actor.unitIds.includes(unitId) ? { allowed: true, basis: 'own_unit' } : DENY_RELATION;
}

/** What the policy needs to know about a person or a family. */
export interface ClientRecordFacts {
  createdBy: string | null;
  /** The cases of the record: for a person, also those of their families; for a family, also its members'. */
  cases: readonly CaseFacts[];
  /** The date consents are judged on. */
  today?: string;
}

/**
 * A person or family opens through its cases. Until the first case is opened, the worker who
 * registered the record may finish the registration (and open that case).
 */
export function decideClientRecord(actor: Actor, facts: ClientRecordFacts, action: AccessAction): Decision {
  const byCases = decidePerson(actor, facts.cases, action, facts.today);
  if (byCases.allowed || !handlesClients(actor)) return byCases;
  if (facts.cases.length === 0 && facts.createdBy === actor.userId)
    return { allowed: true, basis: 'registered_by' };
  return byCases;
}

/**
 * Stating a legal basis for a case the actor cannot otherwise read. Only a worker with a care
 * relationship to the case's client (through one of the client's other cases) may state one, so a
 * basis cannot be used to look for people; a case already open to the actor needs none.
 */
export function decideStateLegalBasis(
  actor: Actor,
  target: CaseFacts,
  casesAroundClient: readonly CaseFacts[],
  today: string,
): Decision | { allowed: false; reason: 'not_needed' } {
  if (!handlesClients(actor)) return DENY_ROLE;
  const direct = decideCase(actor, { ...target, statedAccesses: [] }, 'read', today);
  if (direct.allowed) return { allowed: false, reason: 'not_needed' };
  const others = casesAroundClient.filter((c) => c.caseId !== target.caseId);
  const relation = decidePerson(
    actor,
    others.map((c) => ({ ...c, statedAccesses: [] })),
    'read',
    today,
  );
  // The decision names the case through which the actor knows the client: its unit reviews the statement.
  return relation.allowed ? relation : DENY_RELATION;
}

/** Reviewing stated legal bases: the team leads of the unit the worker stated it in. */
export function decideReviewStatedAccess(actor: Actor, statedInUnitId: string | null): Decision {
  if (actor.role !== 'team_lead') return DENY_ROLE;
  return statedInUnitId !== null && actor.unitIds.includes(statedInUnitId)
    ? { allowed: true, basis: 'review' }
    : DENY_RELATION;
}

/**
 * A unit's caseload — who holds which case, and which cases have lost their worker — is for the
 * unit's team leads.
 */
export function decideCaseload(actor: Actor, unitId: string): Decision {
  if (actor.role !== 'team_lead') return DENY_ROLE;
  return actor.unitIds.includes(unitId) ? { allowed: true, basis: 'own_unit' } : DENY_RELATION;
}

/**
 * The county's structure — organisations, units, user accounts and their change log — is kept by
 * admins. It holds no client data, so it is not an access-log matter: to anyone else it is not there.
 */
export function decideCountyStructure(actor: Actor): { allowed: boolean } {
  return { allowed: actor.role === 'admin' };
}
