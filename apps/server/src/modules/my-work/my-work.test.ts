import { randomUUID } from 'node:crypto';
import { helsinkiDateIn } from '@verkosto/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { theLogRowOf } from '../../../test/access-log';
import { type Actors, signInActors } from '../../../test/actors';
import { unitId } from '../../../test/demo';
import { openCaseFor, registerPerson } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';
import { meetingInput } from '../../../test/meetings';

let t: TestApp;
let a: Actors;
let pn: string;

const daysFromToday = (days: number) => helsinkiDateIn(days);

beforeAll(async () => {
  t = await startTestApp();
  a = await signInActors(t, ['aino', 'mikko', 'petra']);
  pn = await unitId(t.deps.db, 'Perheneuvola');
});
afterAll(() => t.close());

describe('my work', () => {
  it('lists the worker’s coming meetings, overdue actions, plans past re-evaluation and due follow-ups, and logs the read', async () => {
    const child = await registerPerson(a.as.aino);
    const opened = await openCaseFor(a.as.aino, {
      unitId: pn,
      personId: child.id,
      responsibleWorkerId: a.id.aino,
    });
    const meeting = (
      await a.as.aino.post(`/api/cases/${opened.id}/meetings`, meetingInput([a.id.aino, a.id.petra]))
    ).json();
    const aino = { kind: 'worker', id: a.id.aino, name: 'Aino Virtanen' };
    await a.as.aino.post(`/api/cases/${opened.id}/plan`, {
      basedOn: 0,
      content: {
        goals: [],
        actions: [
          { id: randomUUID(), what: 'Soitto koululle', owner: aino, dueOn: daysFromToday(-3) },
          { id: randomUUID(), what: 'Valmis jo', owner: aino, dueOn: daysFromToday(-3), status: 'done' },
          { id: randomUUID(), what: 'Ei vielä myöhässä', owner: aino, dueOn: daysFromToday(3) },
        ],
        reevaluationOn: daysFromToday(-1),
      },
    });

    const rated = await a.as.aino.post(`/api/cases/${opened.id}/concerns`, {
      zone: 'zone_2',
      perspective: 'worker',
      worries: 'Väsymys aamuisin',
      followUpOn: daysFromToday(0),
    });

    const res = await a.as.aino.get('/api/my-work');

    expect(res.statusCode).toBe(200);
    const work = res.json();
    const client = `${child.firstNames} ${child.lastName}`;
    expect(work.upcomingMeetings).toContainEqual(
      expect.objectContaining({
        meetingId: meeting.id,
        caseId: opened.id,
        client,
        unit: 'Perheneuvola',
        pairWorker: 'Petra Nieminen',
      }),
    );
    const mine = work.overdueActions.filter((x: { caseId: string }) => x.caseId === opened.id);
    expect(mine).toEqual([
      expect.objectContaining({
        what: 'Soitto koululle',
        owner: 'Aino Virtanen',
        status: 'not_started',
        client,
      }),
    ]);
    expect(work.plansToReevaluate).toContainEqual(
      expect.objectContaining({ caseId: opened.id, reevaluationOn: daysFromToday(-1), versionNo: 1 }),
    );
    expect(work.followUpsDue).toContainEqual(
      expect.objectContaining({ assessmentId: rated.json().id, zone: 'zone_2', raterLabel: 'Aino Virtanen' }),
    );
    expect(await theLogRowOf(t.deps.db, res)).toMatchObject({
      recordType: 'case_list',
      subjectPersonIds: expect.arrayContaining([child.id]),
    });

    // Mikko, in the unit but not on the case or the meeting, and Petra, named on the meeting from
    // another unit: neither sees any of it.
    for (const other of [a.as.mikko, a.as.petra]) {
      expect((await other.get('/api/my-work')).body).not.toContain(opened.id);
    }
  });
});
