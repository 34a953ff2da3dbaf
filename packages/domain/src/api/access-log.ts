import { z } from 'zod';
import { accessBases, legalBases } from '../access-policy';
import { zUserRole } from '../enums';
import { zIsoDate } from './common';

/** What a log entry says was done, in the words the person's access log shows. */
export const accessLogActions = [
  'read',
  'search',
  'create',
  'update',
  'reveal',
  'close',
  'sign',
  'remove',
] as const;
/** What kind of record the use touched, so the client can tell a look at a case from a search. */
export const accessLogRecords = [
  'person',
  'family',
  'case',
  'person_search',
  'case_list',
  'access_log',
  'consent',
  'network',
  'stated_access',
  'meeting',
  'meeting_note',
  'plan',
  'concern',
  'timeline',
  'resources',
  'process',
  'summary',
  'purchased_cases',
  'referral',
  'team',
  'group',
] as const;

/**
 * The person's access log: who used the person's data, when (the date, not the time) and on what
 * basis (Act 703/2023: the client may ask for this). Workers are named only to admins.
 */
export const zAccessLogQuery = z
  .object({ from: zIsoDate.optional(), to: zIsoDate.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { error: 'invalid', path: ['to'] });
export type AccessLogQuery = z.input<typeof zAccessLogQuery>;

export const zAccessLogEntry = z.object({
  on: z.string(),
  organisation: z.string().nullable(),
  unit: z.string().nullable(),
  role: zUserRole.nullable(),
  /** Only for admins, who answer the client's request. */
  worker: z.string().nullable(),
  action: z.enum(accessLogActions),
  record: z.enum(accessLogRecords),
  basis: z.enum(accessBases),
  /** For a read on a stated legal basis: which one. */
  legalBasis: z.enum(legalBases).nullable(),
});
export type AccessLogEntry = z.infer<typeof zAccessLogEntry>;

export const zPersonAccessLog = z.object({
  from: z.string(),
  to: z.string(),
  entries: z.array(zAccessLogEntry),
  /** More entries matched than are shown: narrow the dates. */
  truncated: z.boolean(),
  workerNamesShown: z.boolean(),
});
export type PersonAccessLog = z.infer<typeof zPersonAccessLog>;
