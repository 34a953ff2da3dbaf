import { z } from 'zod';
import { concernPerspectives, concernZones } from '../concern';
import { meetingSettings, meetingTypes } from './meetings';
import { actionStatuses } from './plans';
import { summaryKinds } from './summaries';

const zCaseRef = z.object({ caseId: z.string(), client: z.string(), unit: z.string() });

/** A worker's own page: what is coming and what is late on the cases they work on. */
export const zMyWork = z.object({
  upcomingMeetings: z.array(
    zCaseRef.extend({
      meetingId: z.string(),
      type: z.enum(meetingTypes),
      setting: z.enum(meetingSettings),
      startsAt: z.string(),
      /** The other worker of the meeting when it is pair work. */
      pairWorker: z.string().nullable(),
    }),
  ),
  overdueActions: z.array(
    zCaseRef.extend({
      what: z.string(),
      owner: z.string(),
      dueOn: z.string(),
      status: z.enum(actionStatuses),
    }),
  ),
  plansToReevaluate: z.array(zCaseRef.extend({ reevaluationOn: z.string(), versionNo: z.number() })),
  /** Concern ratings whose agreed follow-up date has come and that no newer rating by the same rater answers. */
  followUpsDue: z.array(
    zCaseRef.extend({
      assessmentId: z.string(),
      zone: z.enum(concernZones),
      perspective: z.enum(concernPerspectives),
      raterLabel: z.string(),
      followUpOn: z.string(),
    }),
  ),
  /** Period summaries coming due within two weeks or late, and final evaluations of closing cases. */
  summariesDue: z.array(zCaseRef.extend({ kind: z.enum(summaryKinds), dueOn: z.string().nullable() })),
});
export type MyWork = z.infer<typeof zMyWork>;
