import { type AdminRecordType, adminRecordTypes, zId } from '@verkosto/domain';
import type { ChangeFilter } from '../../api/admin';

export const noFilter: ChangeFilter = { recordType: null, recordId: null };

const isRecordType = (value: string | null): value is AdminRecordType =>
  value !== null && (adminRecordTypes as readonly string[]).includes(value);

/**
 * The filter in the address, as far as it can be read: an unknown record type or an id that is not
 * one count as no filter, so a mistyped address shows the whole log rather than an error.
 */
export function filterFromParams(params: URLSearchParams): ChangeFilter {
  const type = params.get('recordType');
  const id = params.get('recordId');
  return {
    recordType: isRecordType(type) ? type : null,
    recordId: id !== null && zId.safeParse(id).success ? id : null,
  };
}

export function paramsFromFilter(filter: ChangeFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.recordType) params.set('recordType', filter.recordType);
  if (filter.recordId) params.set('recordId', filter.recordId);
  return params;
}

/** The address of one record's changes, for the links beside each row of the other pages. */
export function changesPathOf(recordType: AdminRecordType, recordId: string): string {
  return `/admin/changes?${paramsFromFilter({ recordType, recordId }).toString()}`;
}

/** Fields the change log names; the others (a field added later) are shown by their code. */
export const changeFieldNames = [
  'name',
  'kind',
  'parentId',
  'organisationId',
  'serviceDomain',
  'serviceTypes',
  'emergencyPhone',
  'username',
  'displayName',
  'title',
  'role',
  'unitIds',
  'email',
  'oidcSubject',
  'active',
  'passwordHash',
  'mustChangePassword',
] as const;
export type ChangeFieldName = (typeof changeFieldNames)[number];

export function isChangeFieldName(field: string): field is ChangeFieldName {
  return (changeFieldNames as readonly string[]).includes(field);
}

/** The fields of a change in the order the forms show them; any the page does not know come last. */
export function orderedFields(fields: readonly string[]): string[] {
  const rank = (f: string) => {
    const i = (changeFieldNames as readonly string[]).indexOf(f);
    return i === -1 ? changeFieldNames.length : i;
  };
  return [...fields].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
