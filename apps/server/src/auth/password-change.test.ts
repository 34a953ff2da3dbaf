import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../../test/actors';
import { unitId } from '../../test/demo';
import { uniqueToken } from '../../test/factories';
import { type Agent, startTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
let ilkka: Agent;
beforeAll(async () => {
  t = await startTestApp();
  ilkka = await t.signIn(DEMO.ilkka);
});
afterAll(() => t.close());

/** An account made by the admin, as the admin's form makes it: with a one-time password. */
async function newWorker() {
  const unit = await unitId(t.deps.db, 'Perhetyö');
  const organisationId = (await ilkka.get('/api/admin/units'))
    .json()
    .units.find((u: { id: string }) => u.id === unit).organisation.id;
  const username = `uusi.${uniqueToken().toLowerCase()}`;
  const res = await ilkka.post('/api/admin/users', {
    username,
    displayName: 'Uusi Perhetyöntekijä',
    title: 'Perhetyöntekijä',
    role: 'worker',
    organisationId,
    unitIds: [unit],
  });
  expect(res.statusCode, res.body).toBe(201);
  return {
    username,
    oneTimePassword: res.json().oneTimePassword as string,
    id: res.json().user.id as string,
  };
}

async function signInWith(username: string, password: string) {
  const agent = await t.anonymous();
  const res = await agent.post('/api/session', { username, password });
  expect(res.statusCode, res.body).toBe(200);
  agent.csrf = res.json().csrfToken;
  return { agent, state: res.json() };
}

const NEW_PASSWORD = 'Oma-uusi-salasana-2026';

describe('a one-time password', () => {
  it('lets its holder in only to change it: everything else answers 403 password_change_required', async () => {
    const worker = await newWorker();
    const { agent, state } = await signInWith(worker.username, worker.oneTimePassword);
    expect(state.user.mustChangePassword).toBe(true);
    for (const url of ['/api/cases/mine', '/api/my-work', '/api/persons?q=Virtanen']) {
      const res = await agent.get(url);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('password_change_required');
    }
    const write = await agent.post('/api/families', { name: 'X' });
    expect(write.statusCode).toBe(403);
    expect((await agent.get('/api/session')).json().user.id).toBe(worker.id);
  });

  it('answers a wrong current password, a weak one and the same one with field errors, and changes nothing', async () => {
    const worker = await newWorker();
    const { agent } = await signInWith(worker.username, worker.oneTimePassword);
    const cases: [Record<string, string>, string, string][] = [
      [
        { currentPassword: 'väärä-salasana-123', newPassword: NEW_PASSWORD },
        'currentPassword',
        'wrong_password',
      ],
      [{ currentPassword: worker.oneTimePassword, newPassword: 'lyhyt' }, 'newPassword', 'weak_password'],
      [
        { currentPassword: worker.oneTimePassword, newPassword: 'aaaaaaaaaaaaaaaa' },
        'newPassword',
        'weak_password',
      ],
      [
        { currentPassword: worker.oneTimePassword, newPassword: worker.oneTimePassword },
        'newPassword',
        'same_password',
      ],
    ];
    for (const [body, field, code] of cases) {
      const res = await agent.post('/api/session/password', body);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toEqual({ [field]: code });
    }
    expect((await agent.get('/api/session')).json().user.mustChangePassword).toBe(true);
    await signInWith(worker.username, worker.oneTimePassword);
  });

  it('once changed, opens the app, ends the other sessions, and the one-time password is gone', async () => {
    const worker = await newWorker();
    const other = await signInWith(worker.username, worker.oneTimePassword);
    const { agent } = await signInWith(worker.username, worker.oneTimePassword);
    const res = await agent.post('/api/session/password', {
      currentPassword: worker.oneTimePassword,
      newPassword: NEW_PASSWORD,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().user.mustChangePassword).toBe(false);
    expect((await agent.get('/api/cases/mine')).statusCode).toBe(200);
    expect((await other.agent.get('/api/session')).json().user).toBeNull();

    const old = await (await t.anonymous()).post('/api/session', {
      username: worker.username,
      password: worker.oneTimePassword,
    });
    expect(old.statusCode).toBe(401);
    const fresh = await signInWith(worker.username, NEW_PASSWORD);
    expect(fresh.state.user.mustChangePassword).toBe(false);
  });

  it('can be changed by anyone signed in, and not without a session or the form token', async () => {
    const worker = await newWorker();
    const { agent } = await signInWith(worker.username, worker.oneTimePassword);
    const noToken = await agent.request(
      'POST',
      '/api/session/password',
      {
        currentPassword: worker.oneTimePassword,
        newPassword: NEW_PASSWORD,
      },
      { 'x-csrf-token': 'väärä' },
    );
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().error.code).toBe('csrf_failed');
    const anonymous = await (await t.anonymous()).post('/api/session/password', {
      currentPassword: 'x',
      newPassword: NEW_PASSWORD,
    });
    expect(anonymous.statusCode).toBe(401);
    await signInWith(worker.username, worker.oneTimePassword);
  });

  it('is asked for again after an admin resets the password, from the next request on', async () => {
    const worker = await newWorker();
    const { agent } = await signInWith(worker.username, worker.oneTimePassword);
    await agent.post('/api/session/password', {
      currentPassword: worker.oneTimePassword,
      newPassword: NEW_PASSWORD,
    });
    const listed = (await ilkka.get('/api/admin/users'))
      .json()
      .users.find((u: { id: string }) => u.id === worker.id);
    const reset = await ilkka.post(`/api/admin/users/${worker.id}/reset-password`, {
      version: listed.version,
    });
    expect(reset.statusCode, reset.body).toBe(200);
    expect((await agent.get('/api/session')).json().user).toBeNull();
    const again = await signInWith(worker.username, reset.json().oneTimePassword);
    expect(again.state.user.mustChangePassword).toBe(true);
    expect((await again.agent.get('/api/cases/mine')).statusCode).toBe(403);
  });
});
