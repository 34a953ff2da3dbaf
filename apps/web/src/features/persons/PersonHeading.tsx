import type { PersonDetail } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { fullName } from '../../components/names';
import { ageInYears, formatDate } from '../../i18n/format';

export function PersonHeading({
  person,
}: {
  person: Pick<PersonDetail, 'firstNames' | 'lastName' | 'dateOfBirth'>;
}) {
  const { t } = useTranslation();
  const age = ageInYears(person.dateOfBirth);
  return (
    <>
      <p className="eyebrow">{t('persons.detail.eyebrow')}</p>
      <h1>{fullName(person)}</h1>
      <p className="header-meta">
        <span>
          {t('persons.detail.bornOn', { date: formatDate(person.dateOfBirth) })}
          {age !== null && ` (${t('persons.detail.age', { count: age })})`}
        </span>
      </p>
    </>
  );
}
