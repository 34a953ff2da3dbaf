import { z } from 'zod';
import { concernPerspectives, concernZones } from '../concern';
import { zId, zIsoDate, zVersion } from './common';
import { meetingSettings, meetingTypes } from './meetings';

/** A period summary (kausiyhteenveto) or the final evaluation (loppuarviointi), seed 001. */
export const summaryKinds = ['period', 'final'] as const;
export type SummaryKind = (typeof summaryKinds)[number];

export const summaryStatuses = ['draft', 'signed'] as const;

/** The languages a summary is drafted and printed in. */
export const summaryLanguages = ['fi', 'sv', 'en'] as const;
export type SummaryLanguage = (typeof summaryLanguages)[number];

/** The sections of a summary, in the order they are printed; each is the worker's text. */
export const summarySections = [
  'meetings',
  'network',
  'concern',
  'plan',
  'guidance',
  'evaluation',
  'nextSteps',
] as const;
export type SummarySection = (typeof summarySections)[number];

const zCounts = <T extends readonly [string, ...string[]]>(keys: T) =>
  z.partialRecord(z.enum(keys), z.number());

/** What the record held for the period when the draft was made: the draft's text is written from these. */
export const zSummaryFacts = z.object({
  meetings: z.object({
    held: z.number(),
    byType: zCounts(meetingTypes),
    bySetting: zCounts(meetingSettings),
  }),
  network: z.object({
    membersAtStart: z.number().nullable(),
    membersNow: z.number(),
    snapshots: z.number(),
  }),
  concern: z.array(
    z.object({
      perspective: z.enum(concernPerspectives),
      first: z.enum(concernZones),
      latest: z.enum(concernZones),
      ratings: z.number(),
    }),
  ),
  plan: z.object({
    versions: z.number(),
    latestVersionNo: z.number().nullable(),
    goals: z.array(z.object({ title: z.string(), latestRating: z.number().nullable() })),
  }),
  guidance: z.array(z.object({ service: z.string(), givenOn: z.string() })),
});
export type SummaryFacts = z.infer<typeof zSummaryFacts>;

export const zSummarySectionsView = z.record(z.enum(summarySections), z.string());
export const zSummaryTexts = z.object(
  Object.fromEntries(
    summarySections.map((s) => [s, z.string().max(8000, { error: 'too_long' })] as const),
  ) as Record<SummarySection, z.ZodString>,
);
export type SummaryTexts = z.infer<typeof zSummaryTexts>;

export const zSummaryView = z.object({
  id: z.string(),
  caseId: z.string(),
  /** Whom the case is about, as lists name it: the person, or else the family. */
  client: z.string(),
  kind: z.enum(summaryKinds),
  periodStart: z.string(),
  periodEnd: z.string(),
  language: z.enum(summaryLanguages),
  sections: zSummaryTexts,
  facts: zSummaryFacts,
  status: z.enum(summaryStatuses),
  version: z.number(),
  createdBy: z.string(),
  createdAt: z.string(),
  signedBy: z.string().nullable(),
  signedAt: z.string().nullable(),
  /** Whether a consent in force lets the case's purchaser receive it (signed ones only reach them). */
  purchaserConsent: z.boolean(),
  canEdit: z.boolean(),
});
export type SummaryView = z.infer<typeof zSummaryView>;

export const zSummaryListItem = zSummaryView.pick({
  id: true,
  kind: true,
  periodStart: true,
  periodEnd: true,
  status: true,
  signedAt: true,
  signedBy: true,
  purchaserConsent: true,
});
export const zSummaryList = z.object({
  summaries: z.array(zSummaryListItem),
  /** Whether the actor may draft a new summary: the case's own workers, while it is open. */
  canDraft: z.boolean(),
});
export type SummaryList = z.infer<typeof zSummaryList>;

export const zSummaryDraftInput = z
  .object({
    kind: z.enum(summaryKinds, { error: 'required' }),
    periodStart: zIsoDate,
    periodEnd: zIsoDate,
    language: z.enum(summaryLanguages).default('fi'),
  })
  .superRefine((s, ctx) => {
    if (s.periodEnd < s.periodStart)
      ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'invalid' });
  });
export type SummaryDraftInput = z.input<typeof zSummaryDraftInput>;

export const zSummarySave = z.object({ version: zVersion, sections: zSummaryTexts });
export type SummarySave = z.input<typeof zSummarySave>;
export const zSummarySign = z.object({ version: zVersion });

export const zSummaryParams = z.object({ id: zId });
