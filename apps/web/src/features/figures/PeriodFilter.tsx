import { useTranslation } from 'react-i18next';
import type { FiguresPeriod } from '../../api/figures';
import { DateRangeFilter } from '../../components/DateRangeFilter';
import type { FormErrors } from '../../components/form-errors';
import type { RangeDraft } from '../access-log/range';
import { checkPeriod } from './period';

interface Props {
  initial: RangeDraft;
  outsideErrors: FormErrors;
  outsideAttempt: number;
  pending: boolean;
  onApply: (period: FiguresPeriod) => void;
}

/** The period the figures count, checked with the shared schema. Empty dates: this year so far. */
export function PeriodFilter(props: Props) {
  const { t } = useTranslation();
  return (
    <DateRangeFilter
      {...props}
      idPrefix="figures"
      texts={{
        label: t('figures.period.label'),
        from: t('figures.period.from'),
        fromHint: t('figures.period.fromHint'),
        to: t('figures.period.to'),
        toHint: t('figures.period.toHint'),
        toBeforeFrom: t('figures.period.toBeforeFrom'),
        submit: t('figures.period.submit'),
      }}
      check={(draft) => {
        const checked = checkPeriod(draft);
        return checked.ok ? { ok: true, value: checked.period } : checked;
      }}
    />
  );
}
