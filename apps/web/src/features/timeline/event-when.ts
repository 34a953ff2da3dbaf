import type { LifeEvent } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { whenDigits } from './timeline-layout';

/** The date as the family remembers it: "n. 2019", "3/2019" or "14.3.2019". */
export function useWhenText() {
  const { t } = useTranslation();
  return (when: LifeEvent['when']) =>
    when.approximate ? t('timeline.when.approximate', { date: whenDigits(when) }) : whenDigits(when);
}
