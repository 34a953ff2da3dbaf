import {
  type AdminOrganisation,
  type AdminUnit,
  makesParentCycle,
  type OrganisationKind,
  type ServiceDomain,
  type ServiceType,
  serviceTypes,
} from '@verkosto/domain';

/** An organisation as the admin leaves the form: the kind is unset until chosen. */
export interface OrganisationDraft {
  name: string;
  kind: OrganisationKind | null;
  parentId: string | null;
}

export type OrganisationField = keyof OrganisationDraft;

/** A new organisation starts under the given parent (the county, usually); an edit from what is saved. */
export function organisationDraftOf(
  organisation: AdminOrganisation | null,
  defaultParentId: string | null = null,
): OrganisationDraft {
  if (!organisation) return { name: '', kind: null, parentId: defaultParentId };
  return { name: organisation.name, kind: organisation.kind, parentId: organisation.parent?.id ?? null };
}

/** What the form sends; an unset kind stays null for the shared schema to name. */
export function organisationBody(d: OrganisationDraft) {
  return { name: d.name, kind: d.kind, parentId: d.parentId };
}

/**
 * The organisations that may be the parent of `organisationId` (null for a new one): never itself nor
 * one under it, which would make a circle the server turns down anyway.
 */
export function parentChoices(
  organisations: readonly AdminOrganisation[],
  organisationId: string | null,
): AdminOrganisation[] {
  if (organisationId === null) return [...organisations];
  const parentOf = new Map(organisations.map((o) => [o.id, o.parent?.id ?? null] as const));
  return organisations.filter((o) => !makesParentCycle(organisationId, o.id, parentOf));
}

/** The first county of the list: where a new organisation goes unless the admin chooses otherwise. */
export function countyOf(organisations: readonly AdminOrganisation[]): AdminOrganisation | null {
  return organisations.find((o) => o.kind === 'county') ?? null;
}

/** A unit as the admin leaves the form. */
export interface UnitDraft {
  organisationId: string | null;
  name: string;
  serviceDomain: ServiceDomain | null;
  serviceTypes: ServiceType[];
  emergencyPhone: string;
}

export type UnitField = keyof UnitDraft;

export function unitDraftOf(unit: AdminUnit | null, defaultOrganisationId: string | null = null): UnitDraft {
  if (!unit) {
    return {
      organisationId: defaultOrganisationId,
      name: '',
      serviceDomain: null,
      serviceTypes: [],
      emergencyPhone: '',
    };
  }
  return {
    organisationId: unit.organisation.id,
    name: unit.name,
    serviceDomain: unit.serviceDomain,
    serviceTypes: [...unit.serviceTypes],
    emergencyPhone: unit.emergencyPhone ?? '',
  };
}

/** What the form sends: the service types in the checklist's order, however they were ticked. */
export function unitBody(d: UnitDraft) {
  return {
    organisationId: d.organisationId,
    name: d.name,
    serviceDomain: d.serviceDomain,
    serviceTypes: serviceTypes.filter((s) => d.serviceTypes.includes(s)),
    emergencyPhone: d.emergencyPhone,
  };
}
