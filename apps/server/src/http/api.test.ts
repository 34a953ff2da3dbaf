import { randomUUID } from 'node:crypto';
import { familyWorkTemplate } from '@verkosto/domain';
import Fastify, { type LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logRowsOf } from '../../test/access-log';
import { dbKind, startTestApp, type TestApp } from '../../test/harness';
import { registerErrorHandling } from './error-handler';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const id = randomUUID();
/** Every route of the API, as OpenAPI names it, with a body that passes validation. */
const ROUTES: {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  body?: object;
  clientData: boolean;
}[] = [
  { method: 'GET', path: '/api/health', clientData: false },
  { method: 'GET', path: '/api/session', clientData: false },
  { method: 'POST', path: '/api/session', body: { username: 'x', password: 'y' }, clientData: false },
  { method: 'DELETE', path: '/api/session', clientData: false },
  {
    method: 'POST',
    path: '/api/session/password',
    body: { currentPassword: 'x', newPassword: 'Uusi-salasana-2026' },
    clientData: false,
  },
  { method: 'POST', path: '/api/persons/search', body: { name: 'maki' }, clientData: true },
  {
    method: 'POST',
    path: '/api/persons',
    body: { firstNames: 'A', lastName: 'B', dateOfBirth: '2010-01-01' },
    clientData: true,
  },
  { method: 'GET', path: '/api/persons/{id}', clientData: true },
  {
    method: 'PUT',
    path: '/api/persons/{id}',
    body: { version: 1, person: { firstNames: 'A', lastName: 'B', dateOfBirth: '2010-01-01' } },
    clientData: true,
  },
  { method: 'POST', path: '/api/persons/{id}/reveal', body: { field: 'identityCode' }, clientData: true },
  { method: 'GET', path: '/api/persons/{id}/access-log', clientData: true },
  { method: 'GET', path: '/api/persons/{id}/access-log.csv', clientData: true },
  { method: 'GET', path: '/api/cases/{id}/consents', clientData: true },
  {
    method: 'POST',
    path: '/api/cases/{id}/consents',
    body: {
      givenByPersonId: id,
      recipientUnitId: id,
      purpose: 'disclosure',
      method: 'written',
      validFrom: '2026-01-01',
    },
    clientData: true,
  },
  { method: 'POST', path: '/api/consents/{id}/withdraw', body: {}, clientData: true },
  { method: 'GET', path: '/api/cases/{id}/network', clientData: true },
  {
    method: 'POST',
    path: '/api/cases/{id}/network/members',
    body: {
      kind: 'close_person',
      name: 'N',
      relation: 'r',
      sector: 'family',
      ring: 1,
      quality: 'supportive',
      supportDirection: 'none',
      clientChoice: 'wanted',
      invited: false,
    },
    clientData: true,
  },
  {
    method: 'PUT',
    path: '/api/network-members/{id}',
    body: {
      version: 1,
      member: {
        kind: 'close_person',
        name: 'N',
        relation: 'r',
        sector: 'family',
        ring: 1,
        quality: 'supportive',
        supportDirection: 'none',
        clientChoice: 'wanted',
        invited: false,
      },
    },
    clientData: true,
  },
  { method: 'POST', path: '/api/network-members/{id}/remove', body: {}, clientData: true },
  { method: 'POST', path: '/api/cases/{id}/network/snapshots', body: {}, clientData: true },
  { method: 'GET', path: '/api/network-snapshots/{id}', clientData: true },
  { method: 'GET', path: '/api/cases/{id}/meetings', clientData: true },
  {
    method: 'POST',
    path: '/api/cases/{id}/meetings',
    body: {
      type: 'home_visit',
      setting: 'home',
      startsAt: '2026-12-01T10:00:00.000Z',
      durationMinutes: 60,
      workerIds: [id],
    },
    clientData: true,
  },
  { method: 'GET', path: '/api/meetings/{id}', clientData: true },
  {
    method: 'PUT',
    path: '/api/meetings/{id}',
    body: {
      version: 1,
      meeting: {
        type: 'home_visit',
        setting: 'home',
        startsAt: '2026-12-01T10:00:00.000Z',
        durationMinutes: 60,
        workerIds: [id],
      },
    },
    clientData: true,
  },
  { method: 'POST', path: '/api/meetings/{id}/cancel', body: { version: 1 }, clientData: true },
  { method: 'PUT', path: '/api/meetings/{id}/note', body: { version: 0, sections: {} }, clientData: true },
  { method: 'POST', path: '/api/meetings/{id}/note/sign', body: { version: 1 }, clientData: true },
  { method: 'POST', path: '/api/meetings/{id}/note/addenda', body: { text: 'x' }, clientData: true },
  {
    method: 'POST',
    path: '/api/meetings/{id}/conclude',
    body: { note: { version: 0, sections: {} }, plan: null, nextMeeting: null },
    clientData: true,
  },
  { method: 'GET', path: '/api/meetings/{id}/invitation.ics', clientData: true },
  {
    method: 'POST',
    path: '/api/meetings/{id}/invitations',
    body: { participantIds: [id] },
    clientData: true,
  },
  { method: 'GET', path: '/api/outbox', clientData: true },
  { method: 'GET', path: '/api/my-work', clientData: true },
  { method: 'GET', path: '/api/cases/{id}/concerns', clientData: true },
  {
    method: 'POST',
    path: '/api/cases/{id}/concerns',
    body: { zone: 'zone_1', perspective: 'worker', worries: 'x' },
    clientData: true,
  },
  { method: 'PUT', path: '/api/concerns/{id}/urgent', body: { version: 1 }, clientData: true },
  { method: 'GET', path: '/api/team/concerns', clientData: true },
  { method: 'GET', path: '/api/cases/{id}/timeline', clientData: true },
  {
    method: 'POST',
    path: '/api/cases/{id}/timeline/events',
    body: { when: { year: 2020 }, kind: 'move', significance: 'neutral', title: 'x', toldBy: 'y' },
    clientData: true,
  },
  {
    method: 'PUT',
    path: '/api/timeline-events/{id}',
    body: {
      version: 1,
      event: { when: { year: 2020 }, kind: 'move', significance: 'neutral', title: 'x', toldBy: 'y' },
    },
    clientData: true,
  },
  { method: 'POST', path: '/api/timeline-events/{id}/remove', body: {}, clientData: true },
  { method: 'GET', path: '/api/cases/{id}/resources', clientData: true },
  { method: 'PUT', path: '/api/cases/{id}/resources', body: { version: 0 }, clientData: true },
  { method: 'POST', path: '/api/cases/{id}/guidance', body: { serviceId: id }, clientData: true },
  { method: 'GET', path: '/api/service-directory', clientData: true },
  {
    method: 'POST',
    path: '/api/service-directory',
    body: { name: 'x', kind: 'y', contact: 'z', level: 'preventive' },
    clientData: true,
  },
  {
    method: 'PUT',
    path: '/api/service-directory/{id}',
    body: { version: 1, service: { name: 'x', kind: 'y', contact: 'z', level: 'preventive' } },
    clientData: true,
  },
  { method: 'POST', path: '/api/service-directory/{id}/retire', body: { version: 1 }, clientData: true },
  { method: 'GET', path: '/api/cases/without-active-worker', clientData: true },
  { method: 'GET', path: '/api/admin/organisations', clientData: true },
  { method: 'POST', path: '/api/admin/organisations', body: { name: 'x', kind: 'county' }, clientData: true },
  {
    method: 'PUT',
    path: '/api/admin/organisations/{id}',
    body: { version: 1, organisation: { name: 'x', kind: 'county' } },
    clientData: true,
  },
  { method: 'GET', path: '/api/admin/units', clientData: true },
  {
    method: 'POST',
    path: '/api/admin/units',
    body: { organisationId: id, name: 'x', serviceDomain: 'social' },
    clientData: true,
  },
  {
    method: 'PUT',
    path: '/api/admin/units/{id}',
    body: { version: 1, unit: { organisationId: id, name: 'x', serviceDomain: 'social' } },
    clientData: true,
  },
  { method: 'GET', path: '/api/admin/users', clientData: true },
  {
    method: 'POST',
    path: '/api/admin/users',
    body: { username: 'x', displayName: 'x', role: 'worker', organisationId: id },
    clientData: true,
  },
  {
    method: 'PUT',
    path: '/api/admin/users/{id}',
    body: { version: 1, user: { username: 'x', displayName: 'x', role: 'worker', organisationId: id } },
    clientData: true,
  },
  { method: 'POST', path: '/api/admin/users/{id}/deactivate', body: { version: 1 }, clientData: true },
  { method: 'POST', path: '/api/admin/users/{id}/reactivate', body: { version: 1 }, clientData: true },
  { method: 'POST', path: '/api/admin/users/{id}/reset-password', body: { version: 1 }, clientData: true },
  { method: 'GET', path: '/api/admin/changes', clientData: true },
  { method: 'GET', path: '/api/cases/{id}/process', clientData: true },
  {
    method: 'POST',
    path: '/api/cases/{id}/phase',
    body: { version: 1, to: 'intake', reason: 'x' },
    clientData: true,
  },
  {
    method: 'POST',
    path: '/api/cases/{id}/review-decision',
    body: { version: 1, meetingId: id, decision: 'close' },
    clientData: true,
  },
  { method: 'GET', path: '/api/process-templates', clientData: true },
  {
    method: 'PUT',
    path: '/api/process-templates/{serviceType}',
    body: { baseVersion: 1, template: familyWorkTemplate },
    clientData: true,
  },
  { method: 'GET', path: '/api/cases/{id}/summaries', clientData: true },
  {
    method: 'POST',
    path: '/api/cases/{id}/summaries',
    body: { kind: 'period', periodStart: '2026-01-01', periodEnd: '2026-02-01' },
    clientData: true,
  },
  { method: 'GET', path: '/api/summaries/{id}', clientData: true },
  {
    method: 'PUT',
    path: '/api/summaries/{id}',
    body: {
      version: 1,
      sections: {
        meetings: '',
        network: '',
        concern: '',
        plan: '',
        guidance: '',
        evaluation: '',
        nextSteps: '',
      },
    },
    clientData: true,
  },
  { method: 'POST', path: '/api/summaries/{id}/sign', body: { version: 1 }, clientData: true },
  { method: 'GET', path: '/api/summaries/{id}/pdf', clientData: true },
  { method: 'GET', path: '/api/purchaser/cases', clientData: true },
  { method: 'GET', path: '/api/referral-targets', clientData: true },
  {
    method: 'POST',
    path: '/api/referrals',
    body: {
      targetUnitId: id,
      source: 'school',
      childFirstNames: 'x',
      childLastName: 'y',
      childDateOfBirth: '2015-01-01',
      reason: 'z',
      urgency: 'normal',
      contactConsent: true,
    },
    clientData: true,
  },
  { method: 'GET', path: '/api/referrals/sent', clientData: true },
  { method: 'GET', path: '/api/figures', clientData: true },
  { method: 'GET', path: '/api/cases/{id}/referrals-out', clientData: true },
  {
    method: 'POST',
    path: '/api/cases/{id}/referrals-out',
    body: { serviceId: id, reason: 'x', urgency: 'normal', contactConsent: true },
    clientData: true,
  },
  {
    method: 'POST',
    path: '/api/referrals-out/{id}/status',
    body: { version: 1, status: 'received' },
    clientData: true,
  },
  { method: 'GET', path: '/api/units/{id}/groups', clientData: true },
  {
    method: 'POST',
    path: '/api/units/{id}/groups',
    body: { name: 'x', kind: 'open_daycare', level: 'promotive', facilitatorIds: [id] },
    clientData: true,
  },
  { method: 'GET', path: '/api/groups/{id}', clientData: true },
  { method: 'POST', path: '/api/groups/{id}/participants', body: { personId: id }, clientData: true },
  {
    method: 'POST',
    path: '/api/groups/{id}/sessions',
    body: { startsAt: '2026-12-01T10:00:00.000Z', durationMinutes: 90 },
    clientData: true,
  },
  { method: 'PUT', path: '/api/group-sessions/{id}/attendance', body: { version: 1 }, clientData: true },
  {
    method: 'POST',
    path: '/api/cases/{id}/reassign',
    body: { version: 1, responsibleWorkerId: id },
    clientData: true,
  },
  { method: 'GET', path: '/api/figures.csv', clientData: true },
  { method: 'GET', path: '/api/teams', clientData: true },
  {
    method: 'POST',
    path: '/api/teams',
    body: { name: 'x', cadencePerMonth: 1, weekday: 2, time: '13:00', memberIds: [id, id] },
    clientData: true,
  },
  { method: 'GET', path: '/api/teams/{id}', clientData: true },
  { method: 'POST', path: '/api/teams/{id}/meetings/plan', body: { months: 1 }, clientData: true },
  {
    method: 'POST',
    path: '/api/teams/{id}/agenda',
    body: { mode: 'anonymous', description: 'x', question: 'y' },
    clientData: true,
  },
  { method: 'GET', path: '/api/team-meetings/{id}', clientData: true },
  { method: 'PUT', path: '/api/team-meetings/{id}/items/{itemId}', body: { version: 0 }, clientData: true },
  { method: 'POST', path: '/api/team-meetings/{id}/sign', body: { version: 1 }, clientData: true },
  { method: 'GET', path: '/api/cases/{id}/team-decisions', clientData: true },
  { method: 'GET', path: '/api/units/{id}/referrals', clientData: true },
  { method: 'GET', path: '/api/referrals/{id}', clientData: true },
  { method: 'GET', path: '/api/referrals/{id}/matches', clientData: true },
  {
    method: 'POST',
    path: '/api/referrals/{id}/accept',
    body: { version: 1, personId: id, serviceType: 'family_counselling', responsibleWorkerId: id },
    clientData: true,
  },
  {
    method: 'POST',
    path: '/api/referrals/{id}/redirect',
    body: { version: 1, toUnitId: id, messageToReferrer: 'x' },
    clientData: true,
  },
  {
    method: 'POST',
    path: '/api/referrals/{id}/decline',
    body: { version: 1, reason: 'x' },
    clientData: true,
  },
  { method: 'GET', path: '/api/cases/{id}/plan', clientData: true },
  { method: 'GET', path: '/api/cases/{id}/plan/versions/{versionNo}', clientData: true },
  {
    method: 'POST',
    path: '/api/cases/{id}/plan',
    body: { basedOn: 0, content: { goals: [], actions: [] } },
    clientData: true,
  },
  {
    method: 'POST',
    path: '/api/cases/{id}/plan/evaluations',
    body: { scores: [{ goalId: id, score: 0 }] },
    clientData: true,
  },
  { method: 'GET', path: '/api/cases/{id}/plan/evaluations', clientData: true },
  {
    method: 'POST',
    path: '/api/cases/{id}/stated-access',
    body: { legalBasis: 'child_in_danger', explanation: 'x' },
    clientData: true,
  },
  { method: 'GET', path: '/api/stated-accesses/review', clientData: true },
  {
    method: 'POST',
    path: '/api/stated-accesses/{id}/review',
    body: { verdict: 'justified' },
    clientData: true,
  },
  {
    method: 'POST',
    path: '/api/families',
    body: { name: 'F', members: [{ personId: id, role: 'child' }] },
    clientData: true,
  },
  { method: 'GET', path: '/api/families/{id}', clientData: true },
  {
    method: 'PUT',
    path: '/api/families/{id}',
    body: { version: 1, family: { name: 'F', members: [{ personId: id, role: 'child' }] } },
    clientData: true,
  },
  { method: 'GET', path: '/api/cases/mine', clientData: true },
  { method: 'GET', path: '/api/cases/form-options', clientData: true },
  {
    method: 'POST',
    path: '/api/cases',
    body: { unitId: id, personId: id, serviceType: 'family_counselling', responsibleWorkerId: id },
    clientData: true,
  },
  { method: 'GET', path: '/api/cases/{id}', clientData: true },
  {
    method: 'POST',
    path: '/api/cases/{id}/close',
    body: { version: 1, reason: 'goals_met' },
    clientData: true,
  },
];
const url = (path: string) =>
  path
    .replace('{id}', id)
    .replace('{versionNo}', '1')
    .replace('{serviceType}', 'family_work')
    .replace('{itemId}', id);

/** An error answer: the one shape, a known code, a plain message, and nothing of the server's insides. */
function expectErrorShape(res: LightMyRequestResponse) {
  const body = res.json();
  expect(Object.keys(body)).toEqual(['error']);
  expect(Object.keys(body.error).sort()).toEqual(expect.arrayContaining(['code', 'message']));
  expect(Object.keys(body.error).every((k) => ['code', 'message', 'fields'].includes(k))).toBe(true);
  expect(res.body).not.toMatch(/\bat .+:\d+:\d+|node_modules|\.ts\b|stack|Error:/);
}

describe('health', () => {
  it('answers 200 with the database mode', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });

    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: dbKind, demoMode: true });
  });
});

describe('the API description', () => {
  it('is OpenAPI 3.1 and lists every route, each with its answers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });

    expect(res.statusCode).toBe(200);
    const doc = res.json() as {
      openapi: string;
      paths: Record<string, Record<string, { responses: object }>>;
    };
    expect(doc.openapi).toBe('3.1.0');
    const listed = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(listed.sort()).toEqual(ROUTES.map((r) => `${r.method} ${r.path}`).sort());
    for (const route of ROUTES.filter((r) => r.clientData)) {
      expect(Object.keys(doc.paths[route.path]![route.method.toLowerCase()]!.responses)).toContain('401');
    }
  });

  it('has a browsable page at /api/docs', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs' });

    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
  });
});

describe('answers every client-data route gives a signed-out caller', () => {
  it.each(ROUTES.filter((r) => r.clientData))(
    '$method $path: 401 in the error shape, nothing logged',
    async (route) => {
      const anonymous = await t.anonymous();

      const res = await anonymous.request(route.method, url(route.path), route.body);

      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('unauthenticated');
      expectErrorShape(res);
      expect(await logRowsOf(t.deps.db, res)).toEqual([]);
    },
  );
});

describe('errors', () => {
  it('answers an unknown /api path 404 in the error shape, for any method', async () => {
    const aino = await t.signIn('aino.virtanen');

    for (const res of [
      await aino.get('/api/x'),
      await aino.post('/api/x', {}),
      await aino.get('/api/persons'),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
    }
  });

  it('answers a malformed JSON body 400 validation_failed', async () => {
    const aino = await t.signIn('aino.virtanen');

    const res = await t.app.inject({
      method: 'POST',
      url: '/api/persons/search',
      headers: {
        cookie: [...aino.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        'x-csrf-token': aino.csrf,
        'content-type': 'application/json',
      },
      payload: '{"name": "mäki",',
    });

    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
    expectErrorShape(res);
  });

  it('answers a malformed id 400 naming the field, before any lookup', async () => {
    const aino = await t.signIn('aino.virtanen');

    const res = await aino.get('/api/persons/not-a-uuid');

    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ id: 'invalid' });
    expect(await logRowsOf(t.deps.db, res)).toEqual([]);
  });

  it('never answers with a stack trace or the request data', async () => {
    const aino = await t.signIn('aino.virtanen');
    const answers = [
      await aino.post('/api/persons', { firstNames: 'Salainen', lastName: '', dateOfBirth: 'eilen' }),
      await aino.get(`/api/persons/${randomUUID()}`),
      await aino.request('POST', '/api/persons/search', { name: 'x' }, { 'x-csrf-token': 'väärä' }),
      await aino.post('/api/cases', { unitId: 'x' }),
    ];

    for (const res of answers) {
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expectErrorShape(res);
      expect(res.body).not.toContain('Salainen');
    }
  });

  it('answers an unexpected failure 500 internal_error without its message or stack', async () => {
    // The app's own error handler, on a route that fails as a database error quoting personal data would.
    const app = Fastify({ logger: false });
    registerErrorHandling(app);
    app.get('/boom', () => {
      throw Object.assign(new Error('duplicate key (identity_code)=(140317A901W) for Eetu Mäki'), {
        code: '23505',
      });
    });

    const res = await app.inject({ method: 'GET', url: '/boom' });
    await app.close();

    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ error: { code: 'internal_error', message: expect.any(String) } });
    expect(res.body).not.toMatch(/140317|Mäki|duplicate|at /);
  });
});

describe('security headers', () => {
  it('sends a content security policy and nosniff on answers and on errors', async () => {
    const answers = [
      await t.app.inject({ method: 'GET', url: '/api/health' }),
      await t.app.inject({ method: 'GET', url: '/api/x' }),
      await (await t.anonymous()).get('/api/cases/mine'),
    ];

    for (const res of answers) {
      const csp = res.headers['content-security-policy'];
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('tells browsers and proxies not to keep client data: no-store on API answers', async () => {
    const aino = await t.signIn('aino.virtanen');
    for (const res of [
      await aino.get('/api/cases/mine'),
      await aino.get('/api/x'),
      await aino.post('/api/persons/search', { name: 'maki' }),
    ]) {
      expect(res.headers['cache-control']).toBe('no-store');
    }
  });

  it('does not ask a browser on localhost to upgrade to HTTPS', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });

    expect(res.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
  });
});
