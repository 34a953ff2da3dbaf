import { type ItemRecordInput, type TeamMeetingView, zItemRecordInput } from '@verkosto/domain';
import { ApiError, isApiError } from '../../api/client';
import type { Issue } from '../../components/form-errors';
import type { DraftSchema } from '../../components/useCheckedSubmit';

type Record = NonNullable<TeamMeetingView['items'][number]['record']>;
type Unit = TeamMeetingView['units'][number];
export type CheckedRecord = NonNullable<ReturnType<typeof zItemRecordInput.safeParse>['data']>;

/** What the team records of one item as the form holds it: a text per unit, the pair as two picks. */
export interface RecordDraft {
  /** Unit id → the unit's view in the joint assessment. */
  views: Partial<{ [unitId: string]: string }>;
  /** Unit id → the unit's part in the division of work. */
  tasks: Partial<{ [unitId: string]: string }>;
  responsibleUnitId: string | null;
  pair: [string | null, string | null];
  nextReviewOn: string;
  decided: boolean;
}

export function draftOf(record: Record | null): RecordDraft {
  return {
    views: Object.fromEntries((record?.assessments ?? []).map((a) => [a.unitId, a.view])),
    tasks: Object.fromEntries((record?.division ?? []).map((d) => [d.unitId, d.task])),
    responsibleUnitId: record?.responsibleUnit?.id ?? null,
    pair: [record?.pair[0]?.id ?? null, record?.pair[1]?.id ?? null],
    nextReviewOn: record?.nextReviewOn ?? '',
    decided: record?.decided ?? false,
  };
}

/**
 * The body to send, units in the team's order. A unit with nothing written is left out rather than
 * sent empty: not every unit has a view on every child.
 */
export function inputOf(draft: RecordDraft, version: number, units: readonly Unit[]): ItemRecordInput {
  const written = (texts: RecordDraft['views']) =>
    units.flatMap((u) => {
      const text = texts[u.id]?.trim() ?? '';
      return text ? [{ unitId: u.id, text }] : [];
    });
  return {
    version,
    assessments: written(draft.views).map(({ unitId, text }) => ({ unitId, view: text })),
    division: written(draft.tasks).map(({ unitId, text }) => ({ unitId, task: text })),
    responsibleUnitId: draft.responsibleUnitId,
    pairUserIds: draft.pair.filter((id): id is string => id !== null),
    nextReviewOn: draft.nextReviewOn || null,
    decided: draft.decided,
  };
}

/** Two drafts record the same thing, whatever spaces were typed around the texts. */
export function sameRecord(a: RecordDraft, b: RecordDraft, units: readonly Unit[]): boolean {
  return JSON.stringify(inputOf(a, 0, units)) === JSON.stringify(inputOf(b, 0, units));
}

/**
 * The schema names a unit's text by its place in the array sent (`assessments.1.view`); the form
 * by the unit (`views.<unitId>`), since a text left empty is not sent and the places shift.
 */
export function formPathOf(path: string, input: ItemRecordInput): string {
  const [list, index, field] = path.split('.');
  const at = Number(index);
  if (list === 'assessments' && field === 'view') {
    const unitId = input.assessments?.[at]?.unitId;
    if (unitId) return `views.${unitId}`;
  }
  if (list === 'division' && field === 'task') {
    const unitId = input.division?.[at]?.unitId;
    if (unitId) return `tasks.${unitId}`;
  }
  if (list === 'pairUserIds') return 'pair';
  return path;
}

const pathOfIssue = (issue: Issue, input: ItemRecordInput): Issue => ({
  ...issue,
  path: formPathOf(issue.path.map(String).join('.'), input).split('.'),
});

/** The shared schema, its problems named by the form's fields. */
export const recordSchema: DraftSchema<CheckedRecord> = {
  safeParse(input) {
    const result = zItemRecordInput.safeParse(input);
    if (result.success) return result;
    const issues = result.error.issues.map((i) => pathOfIssue(i, input as ItemRecordInput));
    return { success: false, error: { issues } };
  },
};

/** The server's field errors, named by the form's fields in the same way. */
export function withFormPaths(error: unknown, input: ItemRecordInput): unknown {
  if (!isApiError(error)) return error;
  const fields = Object.fromEntries(
    Object.entries(error.fields).map(([path, code]) => [formPathOf(path, input), code]),
  );
  return new ApiError(error.status, error.code, fields);
}
