import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';
import { isAccessBasis } from './access-bases';

/** "Why you see this": the care relationship that opens the case to this user. */
export function AccessBasisNote({ basis }: { basis: string }) {
  const { t } = useTranslation();
  return (
    <section className="notice notice-info access-basis" aria-labelledby="access-basis-title">
      <Icon name="info" />
      <div>
        <h2 id="access-basis-title" className="notice-title">
          {t('cases.detail.whyTitle')}
        </h2>
        <p>{isAccessBasis(basis) ? t(`enums.accessBasis.${basis}`) : t('cases.detail.whyUnknown')}</p>
        <p className="muted">{t('cases.detail.whyLogged')}</p>
      </div>
    </section>
  );
}
