import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actors, signInActors } from '../../../test/actors';
import { personId } from '../../../test/demo';
import { startTestApp, type TestApp } from '../../../test/harness';

let t: TestApp;
let a: Actors;
let eetu: string;

beforeAll(async () => {
  t = await startTestApp();
  a = await signInActors(t, ['aino', 'jussi', 'mikko']);
  eetu = await personId(t.deps.db, 'Eetu Juhani', 'Mäki');
});
afterAll(() => t.close());

describe('a shared client of the social and health registers', () => {
  it('is marked as shared, and a worker who sees both cases is told of no other service', async () => {
    const page = (await a.as.aino.get(`/api/persons/${eetu}`)).json();

    expect(page.sharedClient).toBe(true);
    expect(page.cases).toHaveLength(2);
    expect(page.otherServices).toEqual([]);
  });

  it('tells a worker without consent only that another service is involved and whom to contact', async () => {
    const res = await a.as.jussi.get(`/api/persons/${eetu}`);

    expect(res.statusCode).toBe(200);
    const page = res.json();
    expect(page.sharedClient).toBe(true);
    expect(page.cases.map((c: { unit: { name: string } }) => c.unit.name)).toEqual([
      'Kehitykselliset palvelut',
    ]);
    expect(page.otherServices).toEqual([
      {
        caseId: expect.any(String),
        unit: 'Perheneuvola',
        organisation: 'Järvilaakson hyvinvointialue',
        register: 'social',
        contact: 'Aino Virtanen',
        contactTitle: 'Psykologi',
      },
    ]);
    // Nothing of the other case itself: no phase or dates.
    expect(JSON.stringify(page.otherServices)).not.toMatch(/active_work|2026-08-18/);
  });

  it('is not a shared client while all open cases are in one register', async () => {
    const oskari = await personId(t.deps.db, 'Oskari', 'Kivelä');
    expect((await a.as.mikko.get(`/api/persons/${oskari}`)).json()).toMatchObject({
      sharedClient: false,
      otherServices: [],
    });
  });
});
