import type { CaseSummary } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listName } from '../../components/names';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDate } from '../../i18n/format';

/** The client of a case as one line: the person, the family, or both. */
export function ClientName({ subject }: { subject: CaseSummary['subject'] }) {
  const { t } = useTranslation();
  if (subject.person && subject.family) {
    return (
      <>
        {listName(subject.person)}
        <span className="cell-detail">{t('cases.familyPrefix', { name: subject.family.name })}</span>
      </>
    );
  }
  if (subject.person) return <>{listName(subject.person)}</>;
  if (subject.family) return <>{subject.family.name}</>;
  return <>{t('cases.noClient')}</>;
}

/** Open cases first, newest first within each. */
export function sortCases(cases: readonly CaseSummary[]): CaseSummary[] {
  return [...cases].sort((a, b) => {
    if (a.status !== b.status) return a.status === 'open' ? -1 : 1;
    return b.openedOn.localeCompare(a.openedOn);
  });
}

export function CaseTable({ cases, caption }: { cases: readonly CaseSummary[]; caption: string }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cases.columns.client')}</th>
            <th scope="col">{t('cases.columns.unit')}</th>
            <th scope="col">{t('cases.columns.serviceType')}</th>
            <th scope="col">{t('cases.columns.phase')}</th>
            <th scope="col">{t('cases.columns.responsibleWorker')}</th>
            <th scope="col">{t('cases.columns.openedOn')}</th>
          </tr>
        </thead>
        <tbody>
          {sortCases(cases).map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <Link to={`/cases/${c.id}`} className="cell-link">
                  <ClientName subject={c.subject} />
                </Link>
                {c.subject.person && (
                  <span className="cell-detail">{formatDate(c.subject.person.dateOfBirth)}</span>
                )}
              </th>
              <td>{c.unit.name}</td>
              <td>{t(`enums.serviceType.${c.serviceType}`)}</td>
              <td>
                {c.status === 'closed' ? <StatusBadge status="closed" /> : t(`enums.casePhase.${c.phase}`)}
              </td>
              <td>
                {c.responsibleWorker.displayName}
                {c.pairWorker && (
                  <span className="cell-detail">
                    {t('cases.pairPrefix', { name: c.pairWorker.displayName })}
                  </span>
                )}
              </td>
              <td className="cell-nowrap">{formatDate(c.openedOn)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
