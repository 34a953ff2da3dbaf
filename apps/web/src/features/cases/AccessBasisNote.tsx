import type { AccessBasis } from '@verkosto/domain/codes';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';

/** "Why you see this": the care relationship that opens the case to this user. */
export function AccessBasisNote({ basis }: { basis: AccessBasis }) {
  const { t } = useTranslation();
  return (
    <section className="notice notice-info access-basis" aria-labelledby="access-basis-title">
      <Icon name="info" />
      <div>
        <h2 id="access-basis-title" className="notice-title">
          {t('cases.detail.whyTitle')}
        </h2>
        <p>{t(`enums.accessBasis.${basis}`)}</p>
        <p className="muted">{t('cases.detail.whyLogged')}</p>
      </div>
    </section>
  );
}
