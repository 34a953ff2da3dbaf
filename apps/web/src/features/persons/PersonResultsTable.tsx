import type { PersonIdentity } from '@verkosto/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';

interface Props {
  persons: readonly PersonIdentity[];
  caption: string;
  /** The name cell: a link to the person page, or plain text inside another form. */
  renderName: (person: PersonIdentity) => ReactNode;
  renderActions?: (person: PersonIdentity) => ReactNode;
}

/** The identity code as a search shows it, masked; or that the person has none. */
export function MaskedIdentityCode({ masked }: { masked: string | null }) {
  const { t } = useTranslation();
  return masked ? (
    <span className="code">{masked}</span>
  ) : (
    <span className="muted">{t('persons.noIdentityCode')}</span>
  );
}

export function PersonResultsTable({ persons, caption, renderName, renderActions }: Props) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('persons.columns.name')}</th>
            <th scope="col">{t('persons.columns.dateOfBirth')}</th>
            <th scope="col">{t('persons.columns.identityCode')}</th>
            {renderActions && (
              <th scope="col">
                <span className="visually-hidden">{t('persons.columns.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {persons.map((p) => (
            <tr key={p.id}>
              <th scope="row">{renderName(p)}</th>
              <td className="cell-nowrap">{formatDate(p.dateOfBirth)}</td>
              <td className="cell-nowrap">
                <MaskedIdentityCode masked={p.identityCodeMasked} />
              </td>
              {renderActions && <td className="cell-action">{renderActions(p)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
