import { helsinkiDate } from '@verkosto/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { theLogRowOf } from '../../../test/access-log';
import { type Actors, signInActors } from '../../../test/actors';
import { personId } from '../../../test/demo';
import { registerPerson } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';

let t: TestApp;
let a: Actors;
let eetu: string;
const today = () => helsinkiDate();

beforeAll(async () => {
  t = await startTestApp();
  a = await signInActors(t, ['aino', 'sanna', 'laura', 'riikka', 'ilkka']);
  eetu = await personId(t.deps.db, 'Eetu Juhani', 'Mäki');
  // Some use of Eetu's data to report: Aino reads his page, Laura finds him by search.
  expect((await a.as.aino.get(`/api/persons/${eetu}`)).statusCode).toBe(200);
  expect((await a.as.laura.post('/api/persons/search', { name: 'juhani maki' })).statusCode).toBe(200);
});
afterAll(() => t.close());

describe("a person's access log", () => {
  it('shows a worker with a care relationship who used the data: organisation, unit, role, date, basis; no names', async () => {
    const res = await a.as.aino.get(`/api/persons/${eetu}/access-log`);

    expect(res.statusCode).toBe(200);
    const log = res.json();
    expect(log).toMatchObject({ to: today(), workerNamesShown: false, truncated: false });
    expect(log.entries).toEqual(
      expect.arrayContaining([
        {
          on: today(),
          organisation: 'Järvilaakson hyvinvointialue',
          unit: 'Perheneuvola',
          role: 'worker',
          worker: null,
          action: 'read',
          record: 'person',
          basis: 'responsible_worker',
          legalBasis: null,
        },
        expect.objectContaining({
          unit: 'Lastenpsykiatrian poliklinikka',
          action: 'search',
          basis: 'identity_search',
        }),
      ]),
    );
    expect(res.body).not.toContain('Aino Virtanen');
    expect(await theLogRowOf(t.deps.db, res)).toMatchObject({
      action: 'read',
      recordType: 'access_log',
      recordId: eetu,
      outcome: 'allowed',
      basis: 'responsible_worker',
      subjectPersonIds: [eetu],
    });
  });

  it("names the workers to an admin, who answers the client's request", async () => {
    const res = await a.as.ilkka.get(`/api/persons/${eetu}/access-log`);

    expect(res.statusCode).toBe(200);
    expect(res.json().workerNamesShown).toBe(true);
    expect(res.json().entries).toEqual(
      expect.arrayContaining([expect.objectContaining({ worker: 'Aino Virtanen' })]),
    );
    expect(await theLogRowOf(t.deps.db, res)).toMatchObject({ outcome: 'allowed', basis: 'registry' });
  });

  it('exports CSV for admins only', async () => {
    const csv = await a.as.ilkka.get(`/api/persons/${eetu}/access-log.csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toMatch(
      /^attachment; filename="access-log-\d{4}-\d\d-\d\d-\d{4}-\d\d-\d\d\.csv"$/,
    );
    expect(csv.body.split('\r\n')[0]).toBe(
      'date,organisation,unit,role,worker,action,record,basis,legal_basis',
    );
    expect(csv.body).toContain('"Aino Virtanen","read","person","responsible_worker"');

    const refused = await a.as.aino.get(`/api/persons/${eetu}/access-log.csv`);
    expect(refused.statusCode).toBe(404);
    expect(await theLogRowOf(t.deps.db, refused)).toMatchObject({ outcome: 'denied', basis: 'role' });
  });

  it('keeps to the dates asked, and refuses a range that ends before it starts', async () => {
    const past = await a.as.aino.get(`/api/persons/${eetu}/access-log?from=2020-01-01&to=2020-12-31`);
    expect(past.statusCode).toBe(200);
    expect(past.json()).toMatchObject({ from: '2020-01-01', to: '2020-12-31', entries: [] });

    const backwards = await a.as.aino.get(`/api/persons/${eetu}/access-log?from=2021-01-01&to=2020-01-01`);
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.fields).toEqual({ to: 'invalid' });
  });

  it('answers 404 to workers without a care relationship, logging the attempt', async () => {
    const res = await a.as.riikka.get(`/api/persons/${eetu}/access-log`);

    expect(res.statusCode).toBe(404);
    expect(await theLogRowOf(t.deps.db, res)).toMatchObject({ outcome: 'denied', recordType: 'access_log' });
  });

  it('answers 404 for an unknown person and 401 when signed out', async () => {
    expect(
      (await a.as.ilkka.get('/api/persons/00000000-0000-4000-8000-000000000000/access-log')).statusCode,
    ).toBe(404);
    expect((await (await t.anonymous()).get(`/api/persons/${eetu}/access-log`)).statusCode).toBe(401);
  });

  it("lists only what touched this person: a new person's log holds the registering worker's own use", async () => {
    const person = await registerPerson(a.as.sanna);
    const res = await a.as.sanna.get(`/api/persons/${person.id}/access-log`);

    const entries = res.json().entries as { unit: string; action: string }[];
    expect(entries.at(-1)).toMatchObject({ action: 'create', unit: 'Kehitykselliset palvelut' });
    expect(new Set(entries.map((e) => e.unit))).toEqual(new Set(['Kehitykselliset palvelut']));
  });
});
