import { z } from 'zod';
import { zOptionalText, zRequiredText, zVersion } from './common';

/** Kinds of life events on the family's timeline (aikajana, seed 001). */
export const lifeEventKinds = [
  'birth',
  'move',
  'school_or_daycare',
  'family_change',
  'loss',
  'illness',
  'conflict',
  'work_or_money',
  'service',
  'achievement',
  'other',
] as const;
export type LifeEventKind = (typeof lifeEventKinds)[number];

/** How the family sees the event: it may have been both hard and good. */
export const eventSignificances = ['positive', 'negative', 'mixed', 'neutral'] as const;
export type EventSignificance = (typeof eventSignificances)[number];

/**
 * When it happened, as exactly as the family remembers: a year, or a month of a year, or a day; and
 * whether it is a guess ("around 2019").
 */
export const zEventWhen = z
  .object({
    year: z
      .number({ error: 'required' })
      .int({ error: 'invalid' })
      .min(1900, { error: 'invalid' })
      .max(2100, {
        error: 'invalid',
      }),
    month: z.number().int().min(1, { error: 'invalid' }).max(12, { error: 'invalid' }).nullable().optional(),
    day: z.number().int().min(1, { error: 'invalid' }).max(31, { error: 'invalid' }).nullable().optional(),
    approximate: z.boolean().default(false),
  })
  .superRefine((w, ctx) => {
    if (w.day && !w.month) ctx.addIssue({ code: 'custom', path: ['month'], message: 'required' });
    if (w.day && w.month) {
      const d = new Date(Date.UTC(w.year, w.month - 1, w.day));
      if (d.getUTCMonth() !== w.month - 1)
        ctx.addIssue({ code: 'custom', path: ['day'], message: 'invalid_date' });
    }
  });

export const zLifeEventInput = z.object({
  when: zEventWhen,
  kind: z.enum(lifeEventKinds, { error: 'required' }),
  significance: z.enum(eventSignificances, { error: 'required' }),
  title: zRequiredText(120),
  description: zOptionalText(2000),
  /** Who told it, in their own words if they wish: "Tiina (äiti)". */
  toldBy: zRequiredText(120),
});
export type LifeEventInput = z.input<typeof zLifeEventInput>;

export const zLifeEventUpdate = z.object({ version: zVersion, event: zLifeEventInput });

export const zLifeEvent = z.object({
  id: z.string(),
  version: z.number(),
  when: z.object({
    year: z.number(),
    month: z.number().nullable(),
    day: z.number().nullable(),
    approximate: z.boolean(),
  }),
  kind: z.enum(lifeEventKinds),
  significance: z.enum(eventSignificances),
  title: z.string(),
  description: z.string().nullable(),
  toldBy: z.string(),
  recordedBy: z.string(),
  recordedAt: z.string(),
});
export type LifeEvent = z.infer<typeof zLifeEvent>;

export const zTimeline = z.object({
  caseId: z.string(),
  /** In time order: by year, month and day, the less exact first within their period. */
  events: z.array(zLifeEvent),
  canEdit: z.boolean(),
});
export type Timeline = z.infer<typeof zTimeline>;

/** A sortable key for an event's time: unknown month or day sort first within their year or month. */
export function eventSortKey(when: { year: number; month?: number | null; day?: number | null }): number {
  return when.year * 10_000 + (when.month ?? 0) * 100 + (when.day ?? 0);
}
