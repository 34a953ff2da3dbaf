import type { PersonDetail } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';

/**
 * Open cases of the person that the user may not see: only which service is involved and whom to
 * contact there. What those cases hold opens only with the client's consent.
 */
export function OtherServices({ services }: { services: PersonDetail['otherServices'] }) {
  const { t } = useTranslation();
  if (services.length === 0) return null;
  return (
    <section className="notice notice-info section" aria-labelledby="other-services">
      <Icon name="info" />
      <div>
        <h2 id="other-services" className="notice-title">
          {t('persons.otherServices.title')}
        </h2>
        <p>{t('persons.otherServices.intro')}</p>
        <ul>
          {services.map((s) => (
            <li key={`${s.unit}-${s.contact}`}>
              {t('persons.otherServices.item', {
                unit: s.unit,
                organisation: s.organisation,
                contact: s.contact,
                title: s.contactTitle,
              })}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
