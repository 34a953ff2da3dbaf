import type { ReferralStatus, ReferralUrgency } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { Icon, type IconName } from '../../components/Icon';

/** The urgency's shape beside its word: colour is never the only sign. */
function urgencyIcon(urgency: ReferralUrgency): IconName | null {
  switch (urgency) {
    case 'urgent':
      return 'alert';
    case 'soon':
      return 'history';
    case 'normal':
      return null;
    default: {
      const unreachable: never = urgency;
      return unreachable;
    }
  }
}

export function UrgencyBadge({ urgency }: { urgency: ReferralUrgency }) {
  const { t } = useTranslation();
  const icon = urgencyIcon(urgency);
  return (
    <span className={`badge urgency-${urgency}`}>
      {icon && <Icon name={icon} />}
      {t(`enums.referralUrgency.${urgency}`)}
    </span>
  );
}

function statusIcon(status: ReferralStatus): IconName {
  switch (status) {
    case 'received':
      return 'info';
    case 'waiting':
      return 'history';
    case 'started':
      return 'check';
    case 'redirected':
      return 'arrowRight';
    case 'declined':
      return 'closed';
    default: {
      const unreachable: never = status;
      return unreachable;
    }
  }
}

/** Where the referral stands, in words, with a shape for the eye. */
export function ReferralStatusBadge({ status }: { status: ReferralStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge referral-status-${status}`}>
      <Icon name={statusIcon(status)} />
      {t(`enums.referralStatus.${status}`)}
    </span>
  );
}
