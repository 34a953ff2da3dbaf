import { zAccessLogQuery } from '@verkosto/domain';
import type { LogRange } from '../../api/access-log';
import type { RangeDraft } from '../../components/DateRangeFilter';
import { type FormErrors, fromIssues } from '../../components/form-errors';

export type { RangeDraft };

export type RangeCheck = { ok: true; range: LogRange } | { ok: false; errors: FormErrors };

/** Empty dates are left out: the server then shows the last two years up to today. */
function toInput(draft: RangeDraft): LogRange {
  const range: LogRange = {};
  if (draft.from.trim()) range.from = draft.from.trim();
  if (draft.to.trim()) range.to = draft.to.trim();
  return range;
}

/** Checks a range with the shared schema, the one the server uses, before anything is asked. */
export function checkRange(draft: RangeDraft): RangeCheck {
  const input = toInput(draft);
  const parsed = zAccessLogQuery.safeParse(input);
  if (parsed.success) return { ok: true, range: input };
  return { ok: false, errors: fromIssues(parsed.error.issues, input) };
}

/** The range from the page's URL: dates are not personal data, so a view can be bookmarked or sent back. */
export function draftFromParams(params: URLSearchParams): RangeDraft {
  return { from: params.get('from') ?? '', to: params.get('to') ?? '' };
}

export function paramsFromRange(range: LogRange): Record<string, string> {
  const params: Record<string, string> = {};
  if (range.from) params.from = range.from;
  if (range.to) params.to = range.to;
  return params;
}
