import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '../../components/Icon';

/** Beside sign-out: the user changes their own password whenever they want to. */
export function ChangePasswordLink() {
  const { t } = useTranslation();
  return (
    <Link to="/change-password" className="button button-quiet">
      <Icon name="lock" />
      {t('passwordChange.link')}
    </Link>
  );
}
