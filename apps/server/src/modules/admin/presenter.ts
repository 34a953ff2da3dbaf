import {
  type AdminOrganisation,
  type AdminUnit,
  type AdminUser,
  type OrganisationKind,
  registerOfDomain,
  type ServiceDomain,
  type ServiceType,
  type UserRole,
} from '@verkosto/domain';
import type { AccountRow, OrganisationRow, UnitRow } from './repository';

export function presentOrganisation(row: OrganisationRow): AdminOrganisation {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as OrganisationKind,
    parent: row.parentId ? { id: row.parentId, name: row.parentName ?? '' } : null,
    unitCount: row.unitCount,
    userCount: row.userCount,
    version: row.version,
  };
}

export function presentUnit(row: UnitRow): AdminUnit {
  const serviceDomain = row.serviceDomain as ServiceDomain;
  return {
    id: row.id,
    name: row.name,
    organisation: { id: row.organisationId, name: row.organisationName },
    serviceDomain,
    register: registerOfDomain(serviceDomain),
    serviceTypes: row.serviceTypes as ServiceType[],
    emergencyPhone: row.emergencyPhone,
    userCount: row.userCount,
    version: row.version,
  };
}

/** An account as admins see it: never its password hash, nor its sessions. */
export function presentAccount(row: AccountRow, now: Date = new Date()): AdminUser {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    title: row.title,
    role: row.role as UserRole,
    organisation: { id: row.organisationId, name: row.organisationName },
    units: row.units.map((u) => ({ id: u.id, name: u.name })),
    email: row.email,
    oidcSubject: row.oidcSubject,
    active: row.active,
    mustChangePassword: row.mustChangePassword,
    locked: row.lockedUntil !== null && row.lockedUntil > now,
    version: row.version,
  };
}
