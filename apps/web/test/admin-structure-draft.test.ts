import {
  type AdminOrganisation,
  type AdminUnit,
  zOrganisationInput,
  zOrganisationUpdate,
  zUnitInput,
} from '@verkosto/domain';
import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromIssues } from '../src/components/form-errors';
import {
  countyOf,
  organisationBody,
  organisationDraftOf,
  parentChoices,
  unitBody,
  unitDraftOf,
} from '../src/features/admin/structure-draft';
import fi from '../src/i18n/fi.json';

beforeAll(async () => {
  // Field codes are recognised by their Finnish words, as in the app.
  await i18n.init({ lng: 'fi', resources: { fi: { translation: fi } } });
});

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function organisation(n: number, parent: number | null, kind: AdminOrganisation['kind'] = 'municipality') {
  return {
    id: id(n),
    name: `Organisaatio ${n}`,
    kind,
    parent: parent === null ? null : { id: id(parent), name: `Organisaatio ${parent}` },
    unitCount: 0,
    userCount: 0,
    version: 2,
  } satisfies AdminOrganisation;
}

// 1 the county; 2 and 3 under it; 4 under 2; 5 standing alone.
const county = organisation(1, null, 'county');
const organisations = [
  county,
  organisation(2, 1),
  organisation(3, 1),
  organisation(4, 2),
  organisation(5, null),
];

const unit: AdminUnit = {
  id: id(20),
  name: 'Perheneuvola',
  organisation: { id: id(1), name: 'Organisaatio 1' },
  serviceDomain: 'social',
  register: 'social',
  serviceTypes: ['family_work', 'family_counselling'],
  emergencyPhone: null,
  userCount: 3,
  version: 4,
};

describe('the organisation form', () => {
  it('sends back the organisation it was given, with its parent', () => {
    const o = organisations[3]!;
    expect(
      zOrganisationUpdate.parse({
        version: o.version,
        organisation: organisationBody(organisationDraftOf(o)),
      }),
    ).toEqual({
      version: 2,
      organisation: { name: 'Organisaatio 4', kind: 'municipality', parentId: id(2) },
    });
  });

  it('starts a new organisation under the county, and names the missing name and kind', () => {
    const draft = organisationDraftOf(null, countyOf(organisations)?.id ?? null);
    expect(draft.parentId).toBe(county.id);
    const body = organisationBody(draft);
    const parsed = zOrganisationInput.safeParse(body);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(fromIssues(parsed.error.issues, body).fields).toEqual({ name: 'required', kind: 'required' });
  });

  it('may stand without a parent', () => {
    const body = organisationBody({ name: 'Järjestö ry', kind: 'ngo', parentId: null });
    expect(zOrganisationInput.parse(body)).toEqual({ name: 'Järjestö ry', kind: 'ngo', parentId: null });
  });

  it('offers as parents neither the organisation itself nor any under it', () => {
    const offered = (n: number | null) =>
      parentChoices(organisations, n === null ? null : id(n)).map((o) => o.name);
    expect(offered(2)).toEqual(['Organisaatio 1', 'Organisaatio 3', 'Organisaatio 5']);
    expect(offered(1)).toEqual(['Organisaatio 5']);
    expect(offered(4)).toEqual(['Organisaatio 1', 'Organisaatio 2', 'Organisaatio 3', 'Organisaatio 5']);
    expect(offered(null)).toHaveLength(organisations.length);
  });

  it('has no county to start under when the list has none', () => {
    expect(countyOf(organisations.slice(1))).toBeNull();
  });
});

describe('the unit form', () => {
  it('sends back the unit it was given, the service types in the checklist order', () => {
    expect(zUnitInput.parse(unitBody(unitDraftOf(unit)))).toEqual({
      organisationId: id(1),
      name: 'Perheneuvola',
      serviceDomain: 'social',
      serviceTypes: ['family_counselling', 'family_work'],
      emergencyPhone: null,
    });
  });

  it('names the missing organisation, name and service domain of an empty form; services are optional', () => {
    const body = unitBody(unitDraftOf(null));
    const parsed = zUnitInput.safeParse(body);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(fromIssues(parsed.error.issues, body).fields).toEqual({
      organisationId: 'required',
      name: 'required',
      serviceDomain: 'required',
    });
  });

  it('keeps an emergency number and says when one is not a number', () => {
    const draft = { ...unitDraftOf(unit), emergencyPhone: '09 123 4567' };
    expect(zUnitInput.parse(unitBody(draft)).emergencyPhone).toBe('09 123 4567');
    const bad = unitBody({ ...draft, emergencyPhone: 'soita' });
    const parsed = zUnitInput.safeParse(bad);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(fromIssues(parsed.error.issues, bad).fields).toEqual({ emergencyPhone: 'invalid_phone' });
  });

  it('starts a new unit in the organisation it is given', () => {
    expect(unitDraftOf(null, county.id).organisationId).toBe(county.id);
  });
});
