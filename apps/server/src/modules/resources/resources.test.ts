import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { theLogRowOf } from '../../../test/access-log';
import { type Actors, signInActors } from '../../../test/actors';
import { unitId } from '../../../test/demo';
import { childCaseWithGuardian, discloseTo } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';

let t: TestApp;
let a: Actors;
let pn: string;
let kp: string;

const openCase = () => childCaseWithGuardian(a.as.aino, pn, a.id.aino);

const resources = {
  version: 0,
  familyStrengths: 'Perhe liikkuu paljon yhdessä luonnossa.',
  memberStrengths: [{ name: 'Tiina', strengths: 'Sinnikäs ja lämmin' }],
  risks: [
    { factor: 'financial_stress', note: 'Isä lomautettu syksyllä.' },
    { factor: 'isolation', note: null },
  ],
  protectiveFactors: 'Mummi asuu lähellä.',
};

beforeAll(async () => {
  t = await startTestApp();
  a = await signInActors(t, ['aino', 'mikko', 'jussi', 'petra', 'ilkka']);
  pn = await unitId(t.deps.db, 'Perheneuvola');
  kp = await unitId(t.deps.db, 'Kehitykselliset palvelut');
});
afterAll(() => t.close());

describe('resources and risks', () => {
  it('keep strengths, risks and protection over their version, and suggest services for the risks named', async () => {
    const { caseId } = await openCase();

    const saved = await a.as.aino.put(`/api/cases/${caseId}/resources`, resources);

    expect(saved.statusCode).toBe(200);
    expect(saved.json().resources).toMatchObject({
      version: 1,
      familyStrengths: resources.familyStrengths,
      risks: [{ factor: 'financial_stress' }, { factor: 'isolation' }],
      updatedBy: 'Aino Virtanen',
    });
    const names = saved.json().suggestions.map((s: { name: string }) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Talous- ja velkaneuvonta', 'Perhekahvila Satakieli']));
    expect(names).not.toContain('Ensi- ja turvakoti');
    expect(await theLogRowOf(t.deps.db, saved)).toMatchObject({ action: 'update', recordType: 'resources' });

    const stale = await a.as.mikko.put(`/api/cases/${caseId}/resources`, resources);
    expect(stale.statusCode).toBe(409);
    const again = await a.as.mikko.put(`/api/cases/${caseId}/resources`, {
      ...resources,
      version: 1,
      risks: [],
    });
    expect(again.json()).toMatchObject({ resources: { version: 2, risks: [] }, suggestions: [] });
  });

  it('refuse the same risk twice and an unknown one; write nothing', async () => {
    const { caseId } = await openCase();

    const twice = await a.as.aino.put(`/api/cases/${caseId}/resources`, {
      ...resources,
      risks: [{ factor: 'isolation' }, { factor: 'isolation' }],
    });
    const unknown = await a.as.aino.put(`/api/cases/${caseId}/resources`, {
      ...resources,
      risks: [{ factor: 'x' }],
    });

    expect(twice.json().error.fields).toEqual({ risks: 'invalid' });
    expect(unknown.statusCode).toBe(400);
    expect((await a.as.aino.get(`/api/cases/${caseId}/resources`)).json().resources).toBeNull();
  });

  it('record guidance to a service of the directory on the case', async () => {
    const { caseId } = await openCase();
    const saved = (await a.as.aino.put(`/api/cases/${caseId}/resources`, resources)).json();
    const debtAdvice = saved.suggestions.find((s: { name: string }) => s.name === 'Talous- ja velkaneuvonta');

    const given = await a.as.aino.post(`/api/cases/${caseId}/guidance`, {
      serviceId: debtAdvice.id,
      riskFactor: 'financial_stress',
      note: 'Isä soittaa itse; annettu numero.',
    });
    const bad = await a.as.aino.post(`/api/cases/${caseId}/guidance`, {
      serviceId: '00000000-0000-4000-8000-000000000000',
    });

    expect(given.statusCode).toBe(201);
    expect(given.json()).toMatchObject({
      service: { name: 'Talous- ja velkaneuvonta' },
      riskFactor: 'financial_stress',
      givenBy: 'Aino Virtanen',
    });
    expect(bad.json().error.fields).toEqual({ serviceId: 'invalid' });
    const panel = (await a.as.aino.get(`/api/cases/${caseId}/resources`)).json();
    expect(panel.guidance.map((g: { id: string }) => g.id)).toEqual([given.json().id]);
  });

  it('open as the case does: 404 and a log row for others, read-only under a disclosure consent', async () => {
    const { caseId, guardian } = await openCase();
    await a.as.aino.put(`/api/cases/${caseId}/resources`, resources);

    for (const outsider of [a.as.petra, a.as.jussi, a.as.ilkka]) {
      const res = await outsider.get(`/api/cases/${caseId}/resources`);
      expect(res.statusCode).toBe(404);
      expect(await theLogRowOf(t.deps.db, res)).toMatchObject({ outcome: 'denied', recordType: 'resources' });
    }
    await discloseTo(a.as.aino, caseId, guardian.id, kp);
    expect((await a.as.jussi.get(`/api/cases/${caseId}/resources`)).json()).toMatchObject({ canEdit: false });
    expect(
      (await a.as.jussi.put(`/api/cases/${caseId}/resources`, { ...resources, version: 1 })).statusCode,
    ).toBe(404);
  });

  it('has a directory any signed-in worker may read', async () => {
    const res = await a.as.petra.get('/api/service-directory');

    expect(res.statusCode).toBe(200);
    expect(res.json().services.length).toBeGreaterThanOrEqual(7);
  });
});
