import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actors, signInActors } from '../../../test/actors';
import { startTestApp, type TestApp } from '../../../test/harness';

let t: TestApp;
let a: Actors;

beforeAll(async () => {
  t = await startTestApp();
  a = await signInActors(t, ['ilkka', 'aino']);
});
afterAll(() => t.close());

// No risks named: a service added here suggests nothing to other test files sharing the database.
const service = (name: string) => ({
  name,
  kind: 'Järjestö',
  contact: 'p. 040 000 0000',
  level: 'preventive',
  riskFactors: [],
});
const listed = async () => (await a.as.aino.get('/api/service-directory')).json();

describe('the service directory', () => {
  it('is kept by admins: a service is added, changed over its version and retired', async () => {
    const name = `Vertaistukiryhmä ${Date.now().toString(36)}`;

    const added = await a.as.ilkka.post('/api/service-directory', service(name));
    const changed = await a.as.ilkka.put(`/api/service-directory/${added.json().id}`, {
      version: 1,
      service: { ...service(name), contact: 'ryhmat@example.invalid' },
    });
    const stale = await a.as.ilkka.put(`/api/service-directory/${added.json().id}`, {
      version: 1,
      service: service(name),
    });

    expect(added.statusCode).toBe(201);
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ name, contact: 'ryhmat@example.invalid', version: 2 });
    expect(stale.statusCode).toBe(409);
    expect((await listed()).services.map((s: { name: string }) => s.name)).toContain(name);
    expect((await listed()).canEdit).toBe(false);

    const retired = await a.as.ilkka.post(`/api/service-directory/${added.json().id}/retire`, { version: 2 });

    expect(retired.statusCode).toBe(200);
    expect((await listed()).services.map((s: { name: string }) => s.name)).not.toContain(name);
    const again = await a.as.ilkka.put(`/api/service-directory/${added.json().id}`, {
      version: 3,
      service: service(name),
    });
    expect(again.statusCode).toBe(404);
  });

  it('refuses a service without its name or level, with the fields named', async () => {
    const res = await a.as.ilkka.post('/api/service-directory', { ...service(''), level: 'sometimes' });

    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ name: 'required', level: 'required' });
  });

  it('is not for workers to change', async () => {
    const res = await a.as.aino.post('/api/service-directory', service('Oma palvelu'));

    expect(res.statusCode).toBe(404);
    expect((await listed()).services.map((s: { name: string }) => s.name)).not.toContain('Oma palvelu');
  });
});
