import { zFiguresQuery } from '@verkosto/domain';
import type { FiguresPeriod } from '../../api/figures';
import { type FormErrors, fromIssues } from '../../components/form-errors';
import type { RangeDraft } from '../access-log/range';

export type PeriodCheck = { ok: true; period: FiguresPeriod } | { ok: false; errors: FormErrors };

/**
 * Checks the period with the shared schema, the one the server uses, before anything is asked.
 * Empty dates are left out: the server then counts this year so far.
 */
export function checkPeriod(draft: RangeDraft): PeriodCheck {
  const period: FiguresPeriod = {};
  if (draft.from.trim()) period.from = draft.from.trim();
  if (draft.to.trim()) period.to = draft.to.trim();
  const parsed = zFiguresQuery.safeParse(period);
  if (parsed.success) return { ok: true, period };
  return { ok: false, errors: fromIssues(parsed.error.issues, period) };
}
