import { randomUUID } from 'node:crypto';
import type { PlanContentInput } from '@verkosto/domain';
import type { Agent } from '../../../test/harness';
import type { Db } from '../../db/client';
import { meetings } from '../../db/schema/index';

/** Test helpers for the plan's tests (not a test file itself). */

export const goal = (familyWords: string, id: string = randomUUID()) => ({
  id,
  familyWords,
  professionalWording: null,
});

/** A plan with the given goals and nothing else, unless overridden. */
export function planContent(overrides: Partial<PlanContentInput> = {}): PlanContentInput {
  return {
    goals: [goal('Eetu nukkuu yönsä omassa sängyssä')],
    actions: [],
    howWeLessenConcern: 'Iltarutiini sovitaan yhdessä.',
    reevaluationOn: null,
    nextComposition: [],
    differingViews: null,
    ...overrides,
  };
}

export const networkMember = (name: string, clientChoice: 'wanted' | 'not_wanted' | 'not_asked') => ({
  kind: 'close_person',
  name,
  relation: 'mummi',
  sector: 'relatives',
  ring: 1,
  quality: 'supportive',
  supportDirection: 'to_client',
  clientChoice,
  invited: false,
});

/** Adds a network member to the case through the API and returns its id. */
export async function addMember(agent: Agent, caseId: string, member: ReturnType<typeof networkMember>) {
  const res = await agent.post(`/api/cases/${caseId}/network/members`, member);
  if (res.statusCode !== 201) throw new Error(`addMember: ${res.statusCode} ${res.body}`);
  return res.json().id as string;
}

/**
 * A meeting row of the case, written directly: the meetings module is not the subject here, and a
 * plan version only needs a meeting of its case to point to.
 */
export async function meetingOf(db: Db, caseId: string, workerId: string): Promise<string> {
  const [row] = await db
    .insert(meetings)
    .values({
      caseId,
      type: 'network_meeting',
      setting: 'office',
      startsAt: new Date(),
      durationMinutes: 60,
      workerIds: [workerId],
      createdBy: workerId,
    })
    .returning({ id: meetings.id });
  if (!row) throw new Error('meetingOf: no row');
  return row.id;
}
