import type { AdminUnit, AdminUser, UserRole } from '@verkosto/domain';

/** An account as the admin leaves the form: role and organisation unset until chosen. */
export interface AccountDraft {
  username: string;
  displayName: string;
  title: string;
  role: UserRole | null;
  organisationId: string | null;
  unitIds: string[];
  email: string;
  /** The identity service's lasting id for the person, when the admin links it beforehand. */
  oidcSubject: string;
}

export type AccountField = keyof AccountDraft;

export function accountDraftOf(user: AdminUser | null): AccountDraft {
  if (!user) {
    return {
      username: '',
      displayName: '',
      title: '',
      role: null,
      organisationId: null,
      unitIds: [],
      email: '',
      oidcSubject: '',
    };
  }
  return {
    username: user.username,
    displayName: user.displayName,
    title: user.title,
    role: user.role,
    organisationId: user.organisation.id,
    unitIds: user.units.map((u) => u.id),
    email: user.email ?? '',
    oidcSubject: user.oidcSubject ?? '',
  };
}

/** The units an account of this organisation may be in, by name; none before an organisation is chosen. */
export function unitsOfOrganisation(units: readonly AdminUnit[], organisationId: string | null): AdminUnit[] {
  if (organisationId === null) return [];
  return units
    .filter((u) => u.organisation.id === organisationId)
    .sort((a, b) => a.name.localeCompare(b.name, 'fi'));
}

/** Another organisation: the units of the one before go, since an account is only in its own. */
export function withOrganisation(
  draft: AccountDraft,
  organisationId: string | null,
  units: readonly AdminUnit[],
): AccountDraft {
  const own = new Set(unitsOfOrganisation(units, organisationId).map((u) => u.id));
  return { ...draft, organisationId, unitIds: draft.unitIds.filter((id) => own.has(id)) };
}

/** Workers and team leads work with clients in units: they need at least one. */
export function needsUnits(role: UserRole | null): boolean {
  switch (role) {
    case 'worker':
    case 'team_lead':
      return true;
    case 'admin':
    case 'purchaser':
    case null:
      return false;
    default: {
      const unreachable: never = role;
      return unreachable;
    }
  }
}

/**
 * What the form sends: the units in the order the checklist shows them, and only those of the chosen
 * organisation (the checklist shows no others, but a unit of the organisation before could linger).
 */
export function accountBody(d: AccountDraft, units: readonly AdminUnit[]) {
  const chosen = new Set(d.unitIds);
  return {
    username: d.username,
    displayName: d.displayName,
    title: d.title,
    role: d.role,
    organisationId: d.organisationId,
    unitIds: unitsOfOrganisation(units, d.organisationId)
      .filter((u) => chosen.has(u.id))
      .map((u) => u.id),
    email: d.email,
    oidcSubject: d.oidcSubject,
  };
}
