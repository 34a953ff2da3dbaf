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

const event = (overrides: Record<string, unknown> = {}) => ({
  when: { year: 2019, approximate: true },
  kind: 'move',
  significance: 'negative',
  title: 'Muutto Ouluun',
  toldBy: 'Tiina (äiti)',
  ...overrides,
});

beforeAll(async () => {
  t = await startTestApp();
  a = await signInActors(t, ['aino', 'mikko', 'jussi', 'petra', 'ilkka']);
  pn = await unitId(t.deps.db, 'Perheneuvola');
  kp = await unitId(t.deps.db, 'Kehitykselliset palvelut');
});
afterAll(() => t.close());

describe('the family’s timeline', () => {
  it('keeps events as exactly as remembered, in time order, logged', async () => {
    const { caseId } = await openCase();
    await a.as.aino.post(`/api/cases/${caseId}/timeline/events`, event());
    const added = await a.as.aino.post(
      `/api/cases/${caseId}/timeline/events`,
      event({
        when: { year: 2019, month: 3, day: 14 },
        kind: 'birth',
        significance: 'positive',
        title: 'Sisko syntyi',
      }),
    );
    await a.as.mikko.post(
      `/api/cases/${caseId}/timeline/events`,
      event({
        when: { year: 2023, month: 8 },
        kind: 'school_or_daycare',
        significance: 'mixed',
        title: 'Koulu alkoi',
      }),
    );

    expect(added.statusCode).toBe(201);
    expect(await theLogRowOf(t.deps.db, added)).toMatchObject({ action: 'create', recordType: 'timeline' });
    const timeline = await a.as.aino.get(`/api/cases/${caseId}/timeline`);
    expect(timeline.json().events.map((e: { title: string }) => e.title)).toEqual([
      'Muutto Ouluun',
      'Sisko syntyi',
      'Koulu alkoi',
    ]);
    expect(timeline.json().events[0]).toMatchObject({
      when: { year: 2019, month: null, day: null, approximate: true },
      toldBy: 'Tiina (äiti)',
      recordedBy: 'Aino Virtanen',
    });
  });

  it('refuses a date that does not exist, and a day without its month; writes nothing', async () => {
    const { caseId } = await openCase();

    const feb31 = await a.as.aino.post(
      `/api/cases/${caseId}/timeline/events`,
      event({ when: { year: 2023, month: 2, day: 31 } }),
    );
    const dayOnly = await a.as.aino.post(
      `/api/cases/${caseId}/timeline/events`,
      event({ when: { year: 2023, day: 5 } }),
    );

    expect(feb31.json().error.fields).toEqual({ 'when.day': 'invalid_date' });
    expect(dayOnly.json().error.fields).toEqual({ 'when.month': 'required' });
    expect((await a.as.aino.get(`/api/cases/${caseId}/timeline`)).json().events).toEqual([]);
  });

  it('answers 409 to an edit over a stale version, and removal keeps the record but not the event', async () => {
    const { caseId } = await openCase();
    const added = (await a.as.aino.post(`/api/cases/${caseId}/timeline/events`, event())).json();

    const first = await a.as.aino.put(`/api/timeline-events/${added.id}`, {
      version: 1,
      event: event({ significance: 'mixed' }),
    });
    const second = await a.as.mikko.put(`/api/timeline-events/${added.id}`, { version: 1, event: event() });
    const removed = await a.as.aino.post(`/api/timeline-events/${added.id}/remove`, {});

    expect(first.json()).toMatchObject({ version: 2, significance: 'mixed' });
    expect(second.statusCode).toBe(409);
    expect(removed.json()).toEqual({ removed: true });
    expect(await theLogRowOf(t.deps.db, removed)).toMatchObject({ action: 'remove', recordType: 'timeline' });
    expect((await a.as.aino.get(`/api/cases/${caseId}/timeline`)).json().events).toEqual([]);
    expect(
      (await a.as.aino.put(`/api/timeline-events/${added.id}`, { version: 2, event: event() })).statusCode,
    ).toBe(404);
  });

  it('opens as the case does: 404 and a log row for others, read-only under a disclosure consent', async () => {
    const { caseId, guardian } = await openCase();
    const added = (await a.as.aino.post(`/api/cases/${caseId}/timeline/events`, event())).json();

    for (const outsider of [a.as.petra, a.as.jussi, a.as.ilkka]) {
      const res = await outsider.get(`/api/cases/${caseId}/timeline`);
      expect(res.statusCode).toBe(404);
      expect(await theLogRowOf(t.deps.db, res)).toMatchObject({ outcome: 'denied', recordType: 'timeline' });
    }
    await discloseTo(a.as.aino, caseId, guardian.id, kp);
    const read = await a.as.jussi.get(`/api/cases/${caseId}/timeline`);
    expect(read.json()).toMatchObject({ canEdit: false, events: [{ id: added.id }] });
    expect(await theLogRowOf(t.deps.db, read)).toMatchObject({ basis: 'consent' });
    const write = await a.as.jussi.put(`/api/timeline-events/${added.id}`, { version: 1, event: event() });
    expect(write.statusCode).toBe(404);
  });
});
