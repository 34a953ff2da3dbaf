import {
  adminChangeActions,
  adminRecordTypes,
  organisationKinds,
  userRoles,
  zAdminChangeQuery,
} from '@verkosto/domain';
import { describe, expect, it } from 'vitest';
import { changesSearch } from '../src/api/admin';
import {
  changeFieldNames,
  changesPathOf,
  filterFromParams,
  orderedFields,
  paramsFromFilter,
} from '../src/features/admin/change-filter';
import en from '../src/i18n/en.json';
import fi from '../src/i18n/fi.json';
import sv from '../src/i18n/sv.json';

const unitId = '00000000-0000-4000-8000-000000000020';

describe('the change log filter', () => {
  it('reads back from the address what it wrote there', () => {
    const filter = { recordType: 'unit' as const, recordId: unitId };
    expect(filterFromParams(paramsFromFilter(filter))).toEqual(filter);
    expect(paramsFromFilter({ recordType: null, recordId: null }).toString()).toBe('');
  });

  it('reads an unknown record type or a malformed id as no filter', () => {
    expect(filterFromParams(new URLSearchParams('recordType=person&recordId=abc'))).toEqual({
      recordType: null,
      recordId: null,
    });
  });

  it('lists the fields of a change in the order of the forms, unknown ones last', () => {
    expect(orderedFields(['unitIds', 'username', 'role', 'displayName', 'zeta', 'alpha'])).toEqual([
      'username',
      'displayName',
      'role',
      'unitIds',
      'alpha',
      'zeta',
    ]);
  });

  it("links one record's changes", () => {
    expect(changesPathOf('user', unitId)).toBe(`/admin/changes?recordType=user&recordId=${unitId}`);
  });

  it('asks the server only what its query schema takes', () => {
    const search = changesSearch({ recordType: 'organisation', recordId: unitId }, 120);
    expect(search).toBe(`?recordType=organisation&recordId=${unitId}&before=120`);
    const asked = Object.fromEntries(new URLSearchParams(search.slice(1)));
    expect(zAdminChangeQuery.parse(asked)).toEqual({
      recordType: 'organisation',
      recordId: unitId,
      before: 120,
    });
    expect(changesSearch({ recordType: null, recordId: null }, null)).toBe('');
  });
});

type Tree = { [key: string]: string | Tree };
const locales: Record<string, Tree> = { fi, sv, en };

function lookup(tree: Tree, path: string): unknown {
  let current: unknown = tree;
  for (const part of path.split('.')) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Tree)[part];
  }
  return current;
}

describe.each([
  ['admin.organisationKind', organisationKinds],
  ['admin.recordType', adminRecordTypes],
  ['admin.action', adminChangeActions],
  ['admin.field', changeFieldNames],
  ['admin.users.roleDetail', userRoles],
] as const)('%s', (prefix, values) => {
  it.each(Object.keys(locales))('has words for every value in %s', (language) => {
    const missing = values.filter((value) => {
      const label = lookup(locales[language] as Tree, `${prefix}.${value}`);
      return typeof label !== 'string' || label.trim() === '';
    });
    expect(missing).toEqual([]);
  });
});
