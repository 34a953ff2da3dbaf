import { z } from 'zod';
import { levelsOfWork } from '../concern';
import { zId, zOptionalText, zRequiredText, zVersion } from './common';
import { zInstant } from './meetings';

/** Group activities of seed 004: open daycare, father–child groups, parenting and family groups. */
export const groupKinds = [
  'open_daycare',
  'father_child',
  'parenting',
  'family',
  'peer_support',
  'other',
] as const;
export type GroupKind = (typeof groupKinds)[number];

export const zGroupInput = z.object({
  name: zRequiredText(120),
  kind: z.enum(groupKinds, { error: 'required' }),
  level: z.enum(levelsOfWork, { error: 'required' }),
  /** One or two facilitators: pair work. */
  facilitatorIds: z.array(zId).min(1, { error: 'required' }).max(2, { error: 'invalid' }),
  description: zOptionalText(1000),
});
export type GroupInput = z.input<typeof zGroupInput>;

const zPerson = z.object({ id: z.string(), name: z.string() });

export const zGroupSummary = z.object({
  id: z.string(),
  unit: z.object({ id: z.string(), name: z.string() }),
  name: z.string(),
  kind: z.enum(groupKinds),
  level: z.enum(levelsOfWork),
  facilitators: z.array(zPerson),
  description: z.string().nullable(),
  participants: z.number(),
  sessions: z.number(),
  nextSession: z.string().nullable(),
});
export type GroupSummary = z.infer<typeof zGroupSummary>;
export const zGroupList = z.object({ groups: z.array(zGroupSummary) });

export const zGroupSession = z.object({
  id: z.string(),
  startsAt: z.string(),
  durationMinutes: z.number(),
  place: z.string().nullable(),
  version: z.number(),
  /** Registered participants who came. */
  attended: z.array(z.string()),
  /** Those who came without being registered (open groups): a count only. */
  anonymousCount: z.number(),
});

export const zGroupDetail = zGroupSummary.extend({
  version: z.number(),
  participantList: z.array(zPerson.extend({ dateOfBirth: z.string() })),
  sessionList: z.array(zGroupSession),
  canEdit: z.boolean(),
});
export type GroupDetail = z.infer<typeof zGroupDetail>;

export const zGroupParticipantInput = z.object({ personId: zId });

export const zGroupSessionInput = z.object({
  startsAt: zInstant,
  durationMinutes: z
    .number({ error: 'required' })
    .int()
    .min(15, { error: 'invalid' })
    .max(480, { error: 'invalid' }),
  place: zOptionalText(200),
});
export type GroupSessionInput = z.input<typeof zGroupSessionInput>;

export const zAttendanceInput = z.object({
  version: zVersion,
  attendedPersonIds: z.array(zId).max(200).default([]),
  anonymousCount: z.number().int().min(0, { error: 'invalid' }).max(500, { error: 'invalid' }).default(0),
});
export type AttendanceInput = z.input<typeof zAttendanceInput>;
