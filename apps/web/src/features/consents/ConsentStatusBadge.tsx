import type { ConsentStatus } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { Icon, type IconName } from '../../components/Icon';

const icons: Record<ConsentStatus, IconName> = {
  active: 'check',
  expiring: 'alert',
  pending: 'history',
  expired: 'closed',
  withdrawn: 'close',
};

/** How a consent stands, told by word and shape as well as by colour. */
export function ConsentStatusBadge({ status }: { status: ConsentStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-consent-${status}`}>
      <Icon name={icons[status]} />
      {t(`enums.consentStatus.${status}`)}
    </span>
  );
}
