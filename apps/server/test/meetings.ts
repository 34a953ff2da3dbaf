import type { Agent } from './harness';

/** A member of a case's network through the API; close and wanted unless said otherwise. */
export async function addMember(agent: Agent, caseId: string, overrides: Record<string, unknown> = {}) {
  const res = await agent.post(`/api/cases/${caseId}/network/members`, {
    kind: 'close_person',
    name: 'Maija Mäki',
    relation: 'mummi',
    sector: 'relatives',
    ring: 1,
    quality: 'supportive',
    supportDirection: 'to_client',
    clientChoice: 'wanted',
    invited: true,
    ...overrides,
  });
  if (res.statusCode !== 201) throw new Error(`addMember: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; name: string };
}

/** A valid meeting a week from now; the caller names the workers. */
export function meetingInput(workerIds: string[], overrides: Record<string, unknown> = {}) {
  return {
    type: 'network_meeting',
    setting: 'office',
    startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    durationMinutes: 90,
    place: 'Perheneuvola, neuvotteluhuone 2',
    workerIds,
    participantMemberIds: [],
    agenda: ['Kuulumiset', 'Suunnitelman tarkistus'],
    ...overrides,
  };
}

export const emptySections = {
  informationShared: null,
  jointDiscussion: null,
  plansAgreed: null,
  evaluation: null,
  rolesAndDivision: null,
  toolsAdopted: null,
  networkInDailyLife: null,
  freeText: null,
};
