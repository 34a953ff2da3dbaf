import type { CaseStatus } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';

/** Open or closed, told by word and shape as well as by colour. */
export function StatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-${status}`}>
      <Icon name={status === 'open' ? 'open' : 'closed'} />
      {t(`enums.caseStatus.${status}`)}
    </span>
  );
}
