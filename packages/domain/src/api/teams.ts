import { z } from 'zod';
import { zId, zIsoDate, zOptionalText, zRequiredText, zVersion } from './common';

/** How often a multi-agency team meets (seed 003: once or twice a month). */

/** How a client is brought to the team: by name under the guardian's consent, or anonymously. */
export const agendaModes = ['named', 'anonymous'] as const;
export type AgendaMode = (typeof agendaModes)[number];
export const agendaItemStatuses = ['open', 'decided'] as const;
export const teamMeetingStatuses = ['planned', 'signed'] as const;

export const zTeamInput = z.object({
  name: zRequiredText(120),
  cadencePerMonth: z
    .number({ error: 'required' })
    .int()
    .min(1, { error: 'invalid' })
    .max(2, { error: 'invalid' }),
  /** ISO weekday (1 = Monday … 5 = Friday) and local time of the meetings. */
  weekday: z.number({ error: 'required' }).int().min(1, { error: 'invalid' }).max(5, { error: 'invalid' }),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'invalid' }),
  /** The colleagues besides the team lead, who is always a member. */
  memberIds: z.array(zId).min(1, { error: 'required' }).max(30),
});
export type TeamInput = z.input<typeof zTeamInput>;

const zMember = z.object({ id: z.string(), name: z.string(), title: z.string(), units: z.array(z.string()) });

export const zTeamSummary = z.object({
  id: z.string(),
  name: z.string(),
  cadencePerMonth: z.number(),
  weekday: z.number(),
  time: z.string(),
  members: z.array(zMember),
  nextMeeting: z.object({ id: z.string(), startsAt: z.string() }).nullable(),
  openItems: z.number(),
});
export type TeamSummary = z.infer<typeof zTeamSummary>;
export const zTeamList = z.object({ teams: z.array(zTeamSummary), canCreate: z.boolean() });

/** An item on the team's rolling agenda: it stays until the team decides it. */
export const zAgendaItem = z.object({
  id: z.string(),
  mode: z.enum(agendaModes),
  /** Named: the child's name; anonymous: the bringer's description without identifying data. */
  title: z.string(),
  question: z.string(),
  broughtBy: z.string(),
  broughtByUnit: z.string(),
  broughtOn: z.string(),
  status: z.enum(agendaItemStatuses),
  /** The bringer's own case, for named items only: a link for those who may open it. */
  caseId: z.string().nullable(),
});
export type AgendaItem = z.infer<typeof zAgendaItem>;

export const zTeamDetail = zTeamSummary.extend({
  meetings: z.array(z.object({ id: z.string(), startsAt: z.string(), status: z.enum(teamMeetingStatuses) })),
  agenda: z.array(zAgendaItem),
  /** The actor's own open cases that can be brought by name: those with the guardian's consent for this team. */
  namedCandidates: z.array(z.object({ caseId: z.string(), client: z.string(), unit: z.string() })),
});
export type TeamDetail = z.infer<typeof zTeamDetail>;

export const zAgendaItemInput = z
  .object({
    mode: z.enum(agendaModes, { error: 'required' }),
    /** Named: the bringer's own case of the child. */
    caseId: zId.nullable().optional(),
    /** Anonymous: age, situation and the concern in words, nothing that identifies the family. */
    description: zOptionalText(1000),
    question: zRequiredText(1000),
  })
  .superRefine((i, ctx) => {
    if (i.mode === 'named' && !i.caseId)
      ctx.addIssue({ code: 'custom', path: ['caseId'], message: 'required' });
    if (i.mode === 'anonymous' && !i.description)
      ctx.addIssue({ code: 'custom', path: ['description'], message: 'required' });
  });
export type AgendaItemInput = z.input<typeof zAgendaItemInput>;

export const zPlanTeamMeetings = z.object({ months: z.number().int().min(1).max(6) });

/** What the team records for one item: each unit's view, who does what, the responsible unit, the pair. */
export const zItemRecordInput = z.object({
  version: z.number().int().min(0),
  assessments: z
    .array(z.object({ unitId: zId, view: zRequiredText(2000) }))
    .max(10)
    .default([]),
  division: z
    .array(z.object({ unitId: zId, task: zRequiredText(1000) }))
    .max(10)
    .default([]),
  responsibleUnitId: zId.nullable().optional(),
  /** A worker from each unit working as a pair. */
  pairUserIds: z.array(zId).max(2).default([]),
  nextReviewOn: zIsoDate.nullable().optional(),
  decided: z.boolean().default(false),
});
export type ItemRecordInput = z.input<typeof zItemRecordInput>;

const zRecordView = z.object({
  version: z.number(),
  assessments: z.array(z.object({ unitId: z.string(), unit: z.string(), view: z.string() })),
  division: z.array(z.object({ unitId: z.string(), unit: z.string(), task: z.string() })),
  responsibleUnit: z.object({ id: z.string(), name: z.string() }).nullable(),
  pair: z.array(z.object({ id: z.string(), name: z.string(), unit: z.string() })),
  nextReviewOn: z.string().nullable(),
  decided: z.boolean(),
});

export const zTeamMeetingView = z.object({
  id: z.string(),
  team: z.object({ id: z.string(), name: z.string() }),
  startsAt: z.string(),
  status: z.enum(teamMeetingStatuses),
  version: z.number(),
  signedBy: z.string().nullable(),
  signedAt: z.string().nullable(),
  /** The units of the team's members: whose views are asked and between whom the work is divided. */
  units: z.array(z.object({ id: z.string(), name: z.string() })),
  members: z.array(zMember),
  items: z.array(z.object({ item: zAgendaItem, record: zRecordView.nullable() })),
  canEdit: z.boolean(),
});
export type TeamMeetingView = z.infer<typeof zTeamMeetingView>;

export const zSignMinutes = z.object({ version: zVersion });

/** A team decision as it lands in a unit's case. */
export const zCaseTeamDecision = z.object({
  id: z.string(),
  team: z.string(),
  meetingOn: z.string(),
  record: zRecordView,
  signedBy: z.string(),
});
export const zCaseTeamDecisions = z.object({ decisions: z.array(zCaseTeamDecision) });
export type CaseTeamDecision = z.infer<typeof zCaseTeamDecision>;
