import { organisationId, unitId } from './demo';
import { registerFamily, registerPerson } from './factories';
import type { Agent, TestApp } from './harness';
import { addMember, meetingInput } from './meetings';

/** Kompassin perhetyö and the county that buys its family work. */
export async function providerAndPurchaser(t: TestApp) {
  return {
    kompassi: await unitId(t.deps.db, 'Kompassin perhetyö'),
    county: await organisationId(t.deps.db, 'Järvilaakson hyvinvointialue'),
  };
}

/** A new family's family-work case at the provider, bought by the county, as a referral. */
export async function purchasedFamilyCase(
  agent: Agent,
  ids: { kompassi: string; county: string; worker: string },
) {
  const child = await registerPerson(agent);
  const guardian = await registerPerson(agent, {
    firstNames: 'Äiti',
    dateOfBirth: '1990-02-03',
    streetAddress: 'Piilotie 9',
    postalCode: '45100',
    city: 'Kouvola',
    addressProtection: true,
  });
  const family = await registerFamily(agent, [child.id, guardian.id]);
  const res = await agent.post('/api/cases', {
    unitId: ids.kompassi,
    familyId: family.id,
    serviceType: 'family_work',
    responsibleWorkerId: ids.worker,
    purchaserOrganisationId: ids.county,
  });
  if (res.statusCode !== 201) throw new Error(`purchasedFamilyCase: ${res.statusCode} ${res.body}`);
  return { caseId: res.json().id as string, family, child, guardian };
}

/** Moves a case one phase on through the API and returns the new case version. */
export async function moveTo(agent: Agent, caseId: string, to: string, acknowledgedWarnings: string[] = []) {
  const now = (await agent.get(`/api/cases/${caseId}/process`)).json();
  const res = await agent.post(`/api/cases/${caseId}/phase`, {
    version: now.caseVersion,
    to,
    reason: `Siirto vaiheeseen ${to}`,
    acknowledgedWarnings,
  });
  if (res.statusCode !== 200) throw new Error(`moveTo ${to}: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** A meeting of the case through the API. */
export async function meetingOf(
  agent: Agent,
  caseId: string,
  workerId: string,
  overrides: Record<string, unknown>,
) {
  const res = await agent.post(`/api/cases/${caseId}/meetings`, meetingInput([workerId], overrides));
  if (res.statusCode !== 201) throw new Error(`meetingOf: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string };
}

/** The purchaser as a network member linked to their user, taking part in a network meeting an hour ago. */
export async function reviewMeetingWithPurchaser(
  agent: Agent,
  caseId: string,
  workerId: string,
  purchaserId: string,
) {
  const member = await addMember(agent, caseId, {
    kind: 'professional',
    name: 'Paula Hankinen',
    relation: 'palvelun ostaja',
    sector: 'services',
    organisation: 'Järvilaakson hyvinvointialue',
    userId: purchaserId,
  });
  return meetingOf(agent, caseId, workerId, {
    type: 'network_meeting',
    participantMemberIds: [member.id],
    startsAt: new Date(Date.now() - 3_600_000).toISOString(),
  });
}
