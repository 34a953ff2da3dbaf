import { type UrgentRecord, urgentRecordComplete, zUrgentRecordInput } from '@verkosto/domain';
import type { Issue } from '../../components/form-errors';
import type { DraftSchema } from '../../components/useCheckedSubmit';
import { dateText, instantOf, isDateText, parseTime, timeText } from './moment';

/** The urgent record's form as the user leaves it: each moment as a date and a time of day. */
export interface UrgentDraft {
  notifiedDate: string;
  notifiedTime: string;
  notifiedTo: string;
  notificationReference: string;
  jointWithFamily: boolean;
  emergencyDate: string;
  emergencyTime: string;
  emergencyContacted: string;
  outcome: string;
}

export function urgentDraftOf(r: UrgentRecord): UrgentDraft {
  return {
    notifiedDate: r.notificationMadeAt ? dateText(r.notificationMadeAt) : '',
    notifiedTime: r.notificationMadeAt ? timeText(r.notificationMadeAt) : '',
    notifiedTo: r.notifiedTo ?? '',
    notificationReference: r.notificationReference ?? '',
    jointWithFamily: r.jointWithFamily,
    emergencyDate: r.emergencyContactAt ? dateText(r.emergencyContactAt) : '',
    emergencyTime: r.emergencyContactAt ? timeText(r.emergencyContactAt) : '',
    emergencyContacted: r.emergencyContacted ?? '',
    outcome: r.outcome ?? '',
  };
}

/** The body the server checks, over the version the form was filled from. */
export function urgentBodyOf(d: UrgentDraft, version: number) {
  return {
    version,
    notificationMadeAt: instantOf(d.notifiedDate, d.notifiedTime),
    notifiedTo: d.notifiedTo,
    notificationReference: d.notificationReference,
    jointWithFamily: d.jointWithFamily,
    emergencyContactAt: instantOf(d.emergencyDate, d.emergencyTime),
    emergencyContacted: d.emergencyContacted,
    outcome: d.outcome,
  };
}

/** Whether saving this draft completes the record, by the same rule the server applies. */
export function draftCompletes(d: UrgentDraft): boolean {
  const body = urgentBodyOf(d, 1);
  return urgentRecordComplete({
    notificationMadeAt: body.notificationMadeAt,
    notifiedTo: body.notifiedTo,
    emergencyContactAt: body.emergencyContactAt,
    outcome: body.outcome,
  });
}

/** A moment is either left empty or given as a readable date and a time of day. */
function momentIssues(date: string, time: string, datePath: string, timePath: string): Issue[] {
  if (date.trim() === '' && time.trim() === '') return [];
  const issues: Issue[] = [];
  if (!isDateText(date)) issues.push({ path: [datePath], message: date ? 'invalid_date' : 'required' });
  if (!parseTime(time)) issues.push({ path: [timePath], message: time.trim() ? 'invalid' : 'required' });
  if (issues.length === 0 && instantOf(date, time) === null) {
    issues.push({ path: [datePath], message: 'invalid_date' });
  }
  return issues;
}

export type CheckedUrgent = NonNullable<ReturnType<typeof zUrgentRecordInput.safeParse>['data']>;

/** Where the server's paths show in the form. */
const formPaths: Record<string, string> = {
  notificationMadeAt: 'notifiedDate',
  emergencyContactAt: 'emergencyDate',
};

export function urgentDraftSchema(version: number): DraftSchema<CheckedUrgent> {
  return {
    safeParse(draft) {
      const d = draft as UrgentDraft;
      const own = [
        ...momentIssues(d.notifiedDate, d.notifiedTime, 'notifiedDate', 'notifiedTime'),
        ...momentIssues(d.emergencyDate, d.emergencyTime, 'emergencyDate', 'emergencyTime'),
      ];
      const result = zUrgentRecordInput.safeParse(urgentBodyOf(d, version));
      if (result.success && own.length === 0) return result;
      const issues: Issue[] = [...own];
      for (const issue of result.success ? [] : result.error.issues) {
        const head = String(issue.path[0]);
        issues.push({ path: [formPaths[head] ?? head], message: issue.message });
      }
      return { success: false, error: { issues } };
    },
  };
}
