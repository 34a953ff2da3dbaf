import { type AdminUnit, type AdminUser, zUserInput, zUserUpdate } from '@verkosto/domain';
import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromIssues } from '../src/components/form-errors';
import {
  accountBody,
  accountDraftOf,
  needsUnits,
  unitsOfOrganisation,
  withOrganisation,
} from '../src/features/admin/account-draft';
import fi from '../src/i18n/fi.json';

beforeAll(async () => {
  await i18n.init({ lng: 'fi', resources: { fi: { translation: fi } } });
});

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const county = { id: id(1), name: 'Järvilaakson hyvinvointialue' };
const city = { id: id(2), name: 'Järvilaakson kaupunki' };

function unit(n: number, name: string, organisation: { id: string; name: string }): AdminUnit {
  return {
    id: id(n),
    name,
    organisation,
    serviceDomain: 'social',
    register: 'social',
    serviceTypes: [],
    emergencyPhone: null,
    userCount: 0,
    version: 1,
  };
}

const units = [
  unit(10, 'Perheneuvola', county),
  unit(11, 'Koivurannan koulu', city),
  unit(12, 'Kehitykselliset palvelut', county),
  unit(13, 'Päiväkoti Satakieli', city),
];

const user: AdminUser = {
  id: id(30),
  username: 'aino.virtanen',
  displayName: 'Aino Virtanen',
  title: 'Sosiaalityöntekijä',
  role: 'worker',
  organisation: county,
  units: [{ id: id(10), name: 'Perheneuvola' }],
  email: null,
  oidcSubject: 'sub-123',
  active: true,
  mustChangePassword: false,
  locked: false,
  version: 5,
};

describe('the units an account may be in', () => {
  it('are those of its organisation, by name', () => {
    expect(unitsOfOrganisation(units, county.id).map((u) => u.name)).toEqual([
      'Kehitykselliset palvelut',
      'Perheneuvola',
    ]);
    expect(unitsOfOrganisation(units, city.id).map((u) => u.name)).toEqual([
      'Koivurannan koulu',
      'Päiväkoti Satakieli',
    ]);
  });

  it('are none before an organisation is chosen', () => {
    expect(unitsOfOrganisation(units, null)).toEqual([]);
  });

  it("go when the organisation changes: the units of the one before are not the new one's", () => {
    const draft = { ...accountDraftOf(null), organisationId: county.id, unitIds: [id(10), id(12)] };
    expect(withOrganisation(draft, city.id, units)).toMatchObject({ organisationId: city.id, unitIds: [] });
    expect(withOrganisation(draft, county.id, units).unitIds).toEqual([id(10), id(12)]);
  });

  it('are needed by workers and team leads only', () => {
    expect(needsUnits('worker')).toBe(true);
    expect(needsUnits('team_lead')).toBe(true);
    expect(needsUnits('admin')).toBe(false);
    expect(needsUnits('purchaser')).toBe(false);
    expect(needsUnits(null)).toBe(false);
  });
});

describe('the account form', () => {
  it('sends back the account it was given, keeping its identity-service subject', () => {
    const body = accountBody(accountDraftOf(user), units);
    expect(zUserUpdate.parse({ version: user.version, user: body })).toEqual({
      version: 5,
      user: {
        username: 'aino.virtanen',
        displayName: 'Aino Virtanen',
        title: 'Sosiaalityöntekijä',
        role: 'worker',
        organisationId: county.id,
        unitIds: [id(10)],
        email: null,
        oidcSubject: 'sub-123',
      },
    });
  });

  it('sends only units of the chosen organisation, in the order the checklist shows them', () => {
    const draft = {
      ...accountDraftOf(null),
      username: 'Uusi.Tyontekija',
      displayName: 'Uusi Työntekijä',
      role: 'worker' as const,
      organisationId: county.id,
      unitIds: [id(10), id(11), id(12)],
      email: 'Uusi.Tyontekija@Example.fi',
    };
    expect(zUserInput.parse(accountBody(draft, units))).toEqual({
      username: 'uusi.tyontekija',
      displayName: 'Uusi Työntekijä',
      title: '',
      role: 'worker',
      organisationId: county.id,
      unitIds: [id(12), id(10)],
      email: 'uusi.tyontekija@example.fi',
      oidcSubject: null,
    });
  });

  it('names what an empty form is missing', () => {
    const body = accountBody(accountDraftOf(null), units);
    const parsed = zUserInput.safeParse(body);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(fromIssues(parsed.error.issues, body).fields).toEqual({
      username: 'required',
      displayName: 'required',
      role: 'required',
      organisationId: 'required',
    });
  });

  it('turns down a username with spaces and an e-mail address without a domain', () => {
    const body = accountBody(
      {
        ...accountDraftOf(user),
        username: 'aino virtanen',
        email: 'aino@',
      },
      units,
    );
    const parsed = zUserInput.safeParse(body);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(fromIssues(parsed.error.issues, body).fields).toEqual({
      username: 'invalid',
      email: 'invalid_email',
    });
  });
});
