import { useTranslation } from 'react-i18next';
import type { LogRange } from '../../api/access-log';
import { DateRangeFilter } from '../../components/DateRangeFilter';
import type { FormErrors } from '../../components/form-errors';
import { Icon } from '../../components/Icon';
import { checkRange, type RangeDraft } from './range';

interface Props {
  initial: RangeDraft;
  outsideErrors: FormErrors;
  outsideAttempt: number;
  pending: boolean;
  onApply: (range: LogRange) => void;
}

/**
 * The dates to show, checked with the shared schema before anything is asked. Empty dates mean
 * the default: the last two years up to today.
 */
export function AccessLogFilter(props: Props) {
  const { t } = useTranslation();
  return (
    <DateRangeFilter
      {...props}
      idPrefix="log"
      texts={{
        label: t('accessLog.filter.label'),
        from: t('accessLog.filter.from'),
        fromHint: t('accessLog.filter.fromHint'),
        to: t('accessLog.filter.to'),
        toHint: t('accessLog.filter.toHint'),
        toBeforeFrom: t('accessLog.filter.toBeforeFrom'),
        submit: t('accessLog.filter.submit'),
      }}
      check={(draft) => {
        const checked = checkRange(draft);
        return checked.ok ? { ok: true, value: checked.range } : checked;
      }}
    >
      <p className="muted small">
        <Icon name="info" /> {t('accessLog.filter.logged')}
      </p>
    </DateRangeFilter>
  );
}
