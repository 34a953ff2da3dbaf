import { addDays, type ProcessView, type ReviewDecision } from '@verkosto/domain';

/** The review decision form as the worker leaves it: choices not yet made as null. */
export interface ReviewDraft {
  meetingId: string | null;
  decision: ReviewDecision | null;
  nextReviewOn: string;
  serviceId: string | null;
  note: string;
}

/** A fresh form: the next review the template's interval from today, as the county usually has it. */
export function emptyReviewDraft(process: ProcessView, today: string): ReviewDraft {
  return {
    meetingId: null,
    decision: null,
    nextReviewOn: addDays(today, process.template.template.reviewIntervalWeeks * 7),
    serviceId: null,
    note: '',
  };
}

/**
 * What the form sends: only the detail the decision needs (a date to continue, a service to guide
 * elsewhere); missing choices stay undefined so that the shared schema calls them required.
 */
export function reviewBodyOf(d: ReviewDraft, version: number): Record<string, unknown> {
  return {
    version,
    meetingId: d.meetingId ?? undefined,
    decision: d.decision ?? undefined,
    nextReviewOn: d.decision === 'continue' ? d.nextReviewOn.trim() || null : null,
    serviceId: d.decision === 'guide_elsewhere' ? d.serviceId : null,
    note: d.note,
  };
}
