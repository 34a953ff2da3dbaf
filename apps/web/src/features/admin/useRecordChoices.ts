import type { AdminRecordType } from '@verkosto/domain';
import { useAdminOrganisations, useAdminUnits, useAdminUsers } from '../../api/admin';
import type { Option } from '../../components/fields';

/** The records of one kind as choices by name, for narrowing the change log to one; only that kind is read. */
export function useRecordChoices(recordType: AdminRecordType | null): Option<string>[] {
  const organisations = useAdminOrganisations(recordType === 'organisation');
  const units = useAdminUnits(recordType === 'unit');
  const users = useAdminUsers(recordType === 'user');
  switch (recordType) {
    case 'organisation':
      return (organisations.data?.organisations ?? []).map((o) => ({ value: o.id, label: o.name }));
    case 'unit':
      return (units.data?.units ?? []).map((u) => ({
        value: u.id,
        label: u.name,
        detail: u.organisation.name,
      }));
    case 'user':
      return (users.data?.users ?? []).map((u) => ({
        value: u.id,
        label: u.displayName,
        detail: u.username,
      }));
    case null:
      return [];
    default: {
      const unreachable: never = recordType;
      return unreachable;
    }
  }
}
