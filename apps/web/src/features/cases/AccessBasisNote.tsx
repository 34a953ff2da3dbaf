import type { CaseDetail } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';
import { formatDate, formatTime } from '../../i18n/format';

type Detail = Pick<CaseDetail, 'accessBasis' | 'sharedByConsent' | 'statedBasis' | 'unit'>;

/** A case the user only reads: another unit's records, opened by a consent or a stated legal basis. */
export function readOnlyForMe(detail: Pick<CaseDetail, 'accessBasis'>): boolean {
  return detail.accessBasis === 'consent' || detail.accessBasis === 'stated_legal_basis';
}

/**
 * "Why you see this": the care relationship, the consent, or the legal basis the user stated, that
 * opens the case to this user. A stated basis is a warning: it is the user's own responsibility.
 */
export function AccessBasisNote({ detail }: { detail: Detail }) {
  const { t } = useTranslation();
  const stated = detail.accessBasis === 'stated_legal_basis' ? detail.statedBasis : null;
  const shared = detail.accessBasis === 'consent' ? detail.sharedByConsent : null;
  return (
    <section
      className={`notice ${stated ? 'notice-warning' : 'notice-info'} access-basis`}
      aria-labelledby="access-basis-title"
    >
      <Icon name={stated ? 'alert' : 'info'} />
      <div>
        <h2 id="access-basis-title" className="notice-title">
          {t('cases.detail.whyTitle')}
        </h2>
        {stated ? (
          <>
            <p>
              {t('cases.detail.statedBasis', { unit: detail.unit.name })}{' '}
              <strong>{t(`enums.legalBasis.${stated.legalBasis}`)}</strong>
              <span className="dd-detail">{t(`enums.legalBasisLaw.${stated.legalBasis}`)}</span>
            </p>
            <p>
              <strong>
                {t('cases.detail.statedUntil', {
                  date: formatDate(stated.expiresAt),
                  time: formatTime(stated.expiresAt),
                })}
              </strong>{' '}
              {t('cases.detail.statedReview')}
            </p>
          </>
        ) : shared ? (
          <>
            <p>
              {t('cases.detail.sharedByConsent', { unit: detail.unit.name, givenBy: shared.givenBy })}{' '}
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
