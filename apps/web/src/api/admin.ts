import { type QueryClient, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type {
  AdminChange,
  AdminOrganisation,
  AdminRecordType,
  AdminUnit,
  AdminUser,
  OrganisationInput,
  UnitInput,
  UserInput,
} from '@verkosto/domain';
import { api } from './client';

/**
 * The county's structure as admins keep it: organisations, units, accounts and the change log of
 * them. Every route answers 404 to anyone but an admin, so the pages ask only for admins.
 *
 * One-time passwords come back from `addAccount` and `resetAccountPassword` and go no further than
 * the caller: they are never put in the query cache.
 */

export const adminKey = ['admin'] as const;
export const adminOrganisationsKey = ['admin', 'organisations'] as const;
export const adminUnitsKey = ['admin', 'units'] as const;
export const adminUsersKey = ['admin', 'users'] as const;

/** What the change log may be narrowed to (zAdminChangeQuery without the page). */
export interface ChangeFilter {
  recordType: AdminRecordType | null;
  recordId: string | null;
}
export const adminChangesKey = (filter: ChangeFilter) =>
  ['admin', 'changes', filter.recordType ?? '', filter.recordId ?? ''] as const;

export function useAdminOrganisations(enabled = true) {
  return useQuery({
    queryKey: adminOrganisationsKey,
    queryFn: () => api.get<{ organisations: AdminOrganisation[] }>('/api/admin/organisations'),
    enabled,
  });
}

export function useAdminUnits(enabled = true) {
  return useQuery({
    queryKey: adminUnitsKey,
    queryFn: () => api.get<{ units: AdminUnit[] }>('/api/admin/units'),
    enabled,
  });
}

export function useAdminUsers(enabled = true) {
  return useQuery({
    queryKey: adminUsersKey,
    queryFn: () => api.get<{ users: AdminUser[] }>('/api/admin/users'),
    enabled,
  });
}

/** The query string of one page of the change log: the filter, and `before` for an older page. */
export function changesSearch(filter: ChangeFilter, before: number | null): string {
  const params = new URLSearchParams();
  if (filter.recordType) params.set('recordType', filter.recordType);
  if (filter.recordId) params.set('recordId', filter.recordId);
  if (before !== null) params.set('before', String(before));
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** The change log, newest first, a page at a time: each older page is added under the ones read. */
export function useAdminChanges(filter: ChangeFilter, enabled = true) {
  return useInfiniteQuery({
    queryKey: adminChangesKey(filter),
    queryFn: ({ pageParam }) =>
      api.get<{ changes: AdminChange[]; nextBefore: number | null }>(
        `/api/admin/changes${changesSearch(filter, pageParam)}`,
      ),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.nextBefore,
    enabled,
  });
}

const ofOrganisation = (id: string) => `/api/admin/organisations/${encodeURIComponent(id)}`;
const ofUnit = (id: string) => `/api/admin/units/${encodeURIComponent(id)}`;
const ofUser = (id: string) => `/api/admin/users/${encodeURIComponent(id)}`;

export function addOrganisation(input: OrganisationInput): Promise<AdminOrganisation> {
  return api.post<AdminOrganisation>('/api/admin/organisations', input);
}

/** Over the version seen: 409 when someone saved first; a parent that would make a circle is refused. */
export function changeOrganisation(
  id: string,
  body: { version: number; organisation: OrganisationInput },
): Promise<AdminOrganisation> {
  return api.put<AdminOrganisation>(ofOrganisation(id), body);
}

export function addUnit(input: UnitInput): Promise<AdminUnit> {
  return api.post<AdminUnit>('/api/admin/units', input);
}

/** Over the version seen; once the unit has cases its service domain and organisation stay. */
export function changeUnit(id: string, body: { version: number; unit: UnitInput }): Promise<AdminUnit> {
  return api.put<AdminUnit>(ofUnit(id), body);
}

/** A new account and its one-time password, to be shown once and handed to the person. */
export function addAccount(input: UserInput): Promise<{ user: AdminUser; oneTimePassword: string }> {
  return api.post<{ user: AdminUser; oneTimePassword: string }>('/api/admin/users', input);
}

/** Over the version seen; a new role, organisation or units end the account's sessions. */
export function changeAccount(id: string, body: { version: number; user: UserInput }): Promise<AdminUser> {
  return api.put<AdminUser>(ofUser(id), body);
}

/** Out of use or back: deactivating ends the account's sessions at once; the last admin stays (409). */
export function setAccountActive(id: string, version: number, active: boolean): Promise<AdminUser> {
  return api.post<AdminUser>(`${ofUser(id)}/${active ? 'reactivate' : 'deactivate'}`, { version });
}

/** A new one-time password; the old one stops working and the account's sessions end. */
export function resetAccountPassword(
  id: string,
  version: number,
): Promise<{ user: AdminUser; oneTimePassword: string }> {
  return api.post<{ user: AdminUser; oneTimePassword: string }>(`${ofUser(id)}/reset-password`, { version });
}

/** Everything here reads names and counts of everything else: after a change, all of it again. */
export function refreshStructure(queryClient: QueryClient): Promise<unknown> {
  return queryClient.invalidateQueries({ queryKey: adminKey });
}
