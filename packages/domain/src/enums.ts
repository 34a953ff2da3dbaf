import { z } from 'zod';

export const serviceDomains = ['social', 'health', 'education', 'other'] as const;
export type ServiceDomain = (typeof serviceDomains)[number];

/** Social welfare and health care records are separate registers by law (Act 703/2023). */
export const registers = ['social', 'health'] as const;
export type Register = (typeof registers)[number];

/** The register a unit writes into; education and other units keep no client register here. */
export function registerOfDomain(domain: ServiceDomain): Register | null {
  switch (domain) {
    case 'social':
      return 'social';
    case 'health':
      return 'health';
    case 'education':
    case 'other':
      return null;
    default: {
      const unreachable: never = domain;
      return unreachable;
    }
  }
}

/** A purchaser (palvelunostaja) works for the county that buys a service; they see purchased cases only. */
export const userRoles = ['worker', 'team_lead', 'admin', 'purchaser'] as const;
export type UserRole = (typeof userRoles)[number];

export const organisationKinds = [
  'county',
  'municipality',
  'private_provider',
  'school',
  'ngo',
  'employer',
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const familyRoles = [
  'child',
  'guardian',
  'parent',
  'step_parent',
  'sibling',
  'other_household',
] as const;
export type FamilyRole = (typeof familyRoles)[number];

export const serviceTypes = [
  'family_counselling',
  'developmental_services',
  'child_psychiatry',
  'family_work',
  'child_welfare',
  'child_health_clinic',
  'family_social_work',
] as const;
export type ServiceType = (typeof serviceTypes)[number];

export const casePhases = [
  'referral',
  'intake',
  'assessment',
  'network_review',
  'active_work',
  'closing',
  'closed',
] as const;
export type CasePhase = (typeof casePhases)[number];

export const caseStatuses = ['open', 'closed'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

export const closingReasons = [
  'goals_met',
  'transferred',
  'family_declined',
  'moved_away',
  'no_need',
  'other',
] as const;
export type ClosingReason = (typeof closingReasons)[number];

export const languageCodes = ['fi', 'sv', 'en', 'se', 'ru', 'et', 'ar', 'so', 'fa', 'uk', 'other'] as const;

export const zServiceDomain = z.enum(serviceDomains);
export const zUserRole = z.enum(userRoles);
export const zFamilyRole = z.enum(familyRoles);
export const zServiceType = z.enum(serviceTypes);
export const zCasePhase = z.enum(casePhases);
export const zCaseStatus = z.enum(caseStatuses);
export const zClosingReason = z.enum(closingReasons);
export const zRegister = z.enum(registers);
