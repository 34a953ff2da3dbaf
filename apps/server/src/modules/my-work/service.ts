import {
  addDays,
  decideCase,
  type MyWork,
  type PlanContent,
  periodSummaryDueOn,
  zCasePhase,
  zPlanContent,
  zServiceType,
} from '@verkosto/domain';
import { factsOfCase, todayIso } from '../../access/case-facts';
import { type Door, type RequestContext, throughDoor } from '../../access/door';
import type { AppDeps } from '../../deps';
import { presentCaseRef } from '../cases/case-ref';
import { subjectsOfCases } from '../cases/subjects';
import { asPerspective, asZone } from '../concerns/presenter';
import { casesOfWorker, dueFollowUps } from '../concerns/repository';
import { templateReader } from '../process/templates';
import * as repo from './repository';

/** Keeps the rows whose case the actor may read: being named on a meeting opens nothing by itself. */
async function readable<T extends { caseId: string }>(door: Door, rows: T[]): Promise<T[]> {
  const allowed = new Map<string, boolean>();
  for (const id of new Set(rows.map((r) => r.caseId))) {
    const facts = await factsOfCase(door.tx, id);
    allowed.set(id, facts ? decideCase(door.actor, facts, 'read').allowed : false);
  }
  return rows.filter((r) => allowed.get(r.caseId));
}

function contentOf(raw: unknown): PlanContent | null {
  const parsed = zPlanContent.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** "My work": upcoming meetings, overdue actions and plans past their re-evaluation date. */
export function myWork({ deps, ctx }: { deps: AppDeps; ctx: RequestContext }) {
  return throughDoor<MyWork>(deps.db, ctx, async (door) => {
    const today = todayIso();
    const meetings = await readable(
      door,
      await repo.upcomingMeetings(door.tx, door.actor.userId, new Date()),
    );
    const plans = await readable(door, await repo.latestPlansOfMyCases(door.tx, door.actor.userId));
    const overdueActions: MyWork['overdueActions'] = [];
    const plansToReevaluate: MyWork['plansToReevaluate'] = [];
    for (const p of plans) {
      const content = contentOf(p.content);
      if (!content) continue;
      for (const a of content.actions) {
        const open = a.status === 'not_started' || a.status === 'in_progress';
        if (open && a.dueOn && a.dueOn < today) {
          overdueActions.push({
            ...presentCaseRef(p),
            what: a.what,
            owner: a.owner.name,
            dueOn: a.dueOn,
            status: a.status,
          });
        }
      }
      if (content.reevaluationOn && content.reevaluationOn < today) {
        plansToReevaluate.push({
          ...presentCaseRef(p),
          reevaluationOn: content.reevaluationOn,
          versionNo: p.versionNo,
        });
      }
    }
    overdueActions.sort((x, y) => x.dueOn.localeCompare(y.dueOn));
    const followUps = await readable(
      door,
      await dueFollowUps(door.tx, casesOfWorker(door.actor.userId), today),
    );
    const summaryCases = await readable(door, await repo.summaryStateOfMyCases(door.tx, door.actor.userId));
    const summariesDue = await dueSummaries(door, summaryCases, today);
    const shownCases = [
      ...meetings,
      ...plans,
      ...followUps,
      ...summaryCases.filter((c) => summariesDue.some((d) => d.caseId === c.caseId)),
    ];
    await door.log(
      {
        action: 'read',
        recordType: 'case_list',
        subjectPersonIds: await subjectsOfCases(door.tx, shownCases),
        detail: { myWork: true },
      },
      { allowed: true, basis: 'own_unit' },
    );
    return {
      upcomingMeetings: meetings.map((m) => ({
        ...presentCaseRef(m),
        meetingId: m.meetingId,
        type: m.type as MyWork['upcomingMeetings'][number]['type'],
        setting: m.setting as MyWork['upcomingMeetings'][number]['setting'],
        startsAt: m.startsAt.toISOString(),
        pairWorker: m.pairWorker,
      })),
      overdueActions,
      plansToReevaluate,
      followUpsDue: followUps.flatMap((f) =>
        f.followUpOn
          ? [
              {
                ...presentCaseRef(f),
                assessmentId: f.assessmentId,
                zone: asZone(f.zone),
                perspective: asPerspective(f.perspective),
                raterLabel: f.raterLabel,
                followUpOn: f.followUpOn,
              },
            ]
          : [],
      ),
      summariesDue,
    };
  });
}

/** Period summaries due within two weeks (or late), and the final evaluation of each closing case. */
async function dueSummaries(
  door: Door,
  rows: Awaited<ReturnType<typeof repo.summaryStateOfMyCases>>,
  today: string,
): Promise<MyWork['summariesDue']> {
  const horizon = addDays(today, 14);
  const templateOf = templateReader(door.tx);
  const due: MyWork['summariesDue'] = [];
  for (const r of rows) {
    const phase = zCasePhase.parse(r.phase);
    if (phase === 'closing' && !r.finalSigned) {
      due.push({ ...presentCaseRef(r), kind: 'final', dueOn: null });
      continue;
    }
    const template = await templateOf({
      templateId: r.templateId,
      serviceType: zServiceType.parse(r.serviceType),
    });
    const dueOn = periodSummaryDueOn(template.content, {
      phase,
      referralReceivedOn: r.openedOn,
      lastSummaryEnd: r.lastSummaryEnd,
    });
    if (dueOn && dueOn <= horizon) due.push({ ...presentCaseRef(r), kind: 'period', dueOn });
  }
  return due.sort((x, y) => (x.dueOn ?? '').localeCompare(y.dueOn ?? ''));
}
