import {
  decideAccessLogView,
  helsinkiDate,
  type PersonAccessLog,
  type zAccessLogQuery,
} from '@verkosto/domain';
import type { z } from 'zod';
import { factsAroundPerson } from '../../access/case-facts';
import { DENIED, type RequestContext, throughDoor } from '../../access/door';
import type { AppDeps } from '../../deps';
import { findPerson } from '../persons/repository';
import { presentEntry } from './presenter';
import { accessesOfPerson } from './repository';

const LIMIT = 1000;
/** The client's right covers normally the last two years (DOMAIN.md, Act 703/2023). */
const DEFAULT_YEARS = 2;

type Options = {
  deps: AppDeps;
  ctx: RequestContext;
  input: { personId: string; format: 'json' | 'csv' } & z.output<typeof zAccessLogQuery>;
};

function defaultRange(input: { from?: string; to?: string }) {
  const to = input.to ?? helsinkiDate();
  const start = new Date(`${to}T00:00:00Z`);
  start.setUTCFullYear(start.getUTCFullYear() - DEFAULT_YEARS);
  return { from: input.from ?? start.toISOString().slice(0, 10), to };
}

/**
 * Who used a person's data. Reading it is itself logged. Only admins, who answer the client's
 * request, see workers' names and may export CSV; workers with a care relationship see the
 * organisation, unit and role.
 */
export function personAccessLog({ deps, ctx, input }: Options) {
  return throughDoor<PersonAccessLog>(deps.db, ctx, async (door) => {
    const person = await findPerson(door.tx, input.personId);
    const cases = person ? await factsAroundPerson(door.tx, input.personId) : [];
    const decision = person
      ? decideAccessLogView(door.actor, { createdBy: person.createdBy, cases })
      : ({ allowed: false, reason: 'no_care_relationship' } as const);
    const exportsCsv = input.format === 'csv';
    const refused = exportsCsv && door.actor.role !== 'admin';
    const range = defaultRange(input);
    const allowed = await door.check(refused ? { allowed: false, reason: 'role' } : decision, {
      action: 'read',
      recordType: 'access_log',
      recordId: input.personId,
      subjectPersonIds: [input.personId],
      detail: { ...range, format: input.format },
    });
    if (!allowed || !person) return DENIED;
    const rows = await accessesOfPerson(door.tx, input.personId, range.from, range.to, LIMIT + 1);
    const namesShown = door.actor.role === 'admin';
    const entries = rows
      .slice(0, LIMIT)
      .map((r) => presentEntry(r, namesShown))
      .filter((e) => e !== null);
    return { ...range, entries, truncated: rows.length > LIMIT, workerNamesShown: namesShown };
  });
}
