import { temporaryIdentityCode } from '@verkosto/domain';
import type { Agent } from './harness';

let counter = 0;

/** A random valid identity code in the temporary range, with its date of birth. */
export function uniqueIdentityCode() {
  const random = (n: number) => Math.floor(Math.random() * n);
  const dateOfBirth = `${2000 + random(20)}-${String(1 + random(12)).padStart(2, '0')}-${String(1 + random(28)).padStart(2, '0')}`;
  return { dateOfBirth, identityCode: temporaryIdentityCode(dateOfBirth, random(100)) };
}

/** A fresh, unique fictional person through the API; the name carries a run-unique token to search by. */
export async function registerPerson(agent: Agent, overrides: Record<string, unknown> = {}) {
  counter += 1;
  const token = `T${process.pid}x${counter}${Math.floor(Math.random() * 1e6)}`;
  const dateOfBirth = '2016-04-12';
  const res = await agent.post('/api/persons', {
    firstNames: 'Testi',
    lastName: `Henkilö${token}`,
    dateOfBirth,
    languages: ['fi'],
    ...overrides,
  });
  if (res.statusCode !== 201) throw new Error(`registerPerson: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; lastName: string; version: number };
}

export async function openCaseFor(
  agent: Agent,
  input: { unitId: string; personId?: string; familyId?: string; responsibleWorkerId: string; pairWorkerId?: string },
) {
  const res = await agent.post('/api/cases', { serviceType: 'family_counselling', ...input });
  if (res.statusCode !== 201) throw new Error(`openCaseFor: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; version: number };
}
