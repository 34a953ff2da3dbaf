import type { PersonDetail } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';
import { handlesClients, useUser } from '../session/user-context';
import { StateLegalBasisDialog } from '../stated-access/StateLegalBasisDialog';

/**
 * Open cases of the person that the user may not see: only which service is involved and whom to
 * contact there. What those cases hold opens with the client's consent, or, when the law allows it,
 * on a legal basis the worker states (logged, and reviewed by their team lead).
 */
export function OtherServices({ services }: { services: PersonDetail['otherServices'] }) {
  const { t } = useTranslation();
  const user = useUser();
  if (services.length === 0) return null;
  const mayState = handlesClients(user);
  return (
    <section className="notice notice-info section" aria-labelledby="other-services">
      <Icon name="info" />
      <div>
        <h2 id="other-services" className="notice-title">
          {t('persons.otherServices.title')}
        </h2>
        <p>{t('persons.otherServices.intro')}</p>
        <ul className="other-services">
          {services.map((s) => (
            <li key={s.caseId}>
              <span>
                {t('persons.otherServices.item', {
                  unit: s.unit,
                  organisation: s.organisation,
                  contact: s.contact,
                  title: s.contactTitle,
                })}
              </span>
              {mayState && (
                <StateLegalBasisDialog caseId={s.caseId} unit={s.unit} organisation={s.organisation} />
              )}
            </li>
          ))}
        </ul>
        {mayState && <p className="muted small">{t('persons.otherServices.legalBasisHint')}</p>}
      </div>
    </section>
  );
}
