import type { CaseDetail } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';
import { formatDate } from '../../i18n/format';

/** "Why you see this": the care relationship, or the consent, that opens the case to this user. */
export function AccessBasisNote({
  detail,
}: {
  detail: Pick<CaseDetail, 'accessBasis' | 'sharedByConsent' | 'unit'>;
}) {
  const { t } = useTranslation();
  const shared = detail.accessBasis === 'consent' ? detail.sharedByConsent : null;
  return (
    <section className="notice notice-info access-basis" aria-labelledby="access-basis-title">
      <Icon name="info" />
      <div>
        <h2 id="access-basis-title" className="notice-title">
          {t('cases.detail.whyTitle')}
        </h2>
        {shared ? (
          <>
            <p>
              {t('cases.detail.sharedByConsent', { unit: detail.unit.name })}{' '}
              <strong>
                {shared.validTo
                  ? t('cases.detail.sharedUntil', { date: formatDate(shared.validTo) })
                  : t('cases.detail.sharedUntilFurther')}
              </strong>
            </p>
            <p>{t('cases.detail.sharedEnds')}</p>
          </>
        ) : (
          <p>{t(`enums.accessBasis.${detail.accessBasis}`)}</p>
        )}
        <p className="muted">{t('cases.detail.whyLogged')}</p>
      </div>
    </section>
  );
}
