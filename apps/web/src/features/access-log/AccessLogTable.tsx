import type { AccessLogEntry } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';

interface Props {
  entries: readonly AccessLogEntry[];
  /** Admins, who answer the client's request, see who it was; others see the role. */
  workerNamesShown: boolean;
  caption: string;
}

/** What the server leaves out (a user since removed from a unit, say) reads as "not recorded". */
function Missing() {
  const { t } = useTranslation();
  return <span className="muted">{t('common.notRecorded')}</span>;
}

/** One row per use of the person's data, newest first as the server sends them. */
export function AccessLogTable({ entries, workerNamesShown, caption }: Props) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table table-compact">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('accessLog.columns.date')}</th>
            <th scope="col">{t('accessLog.columns.organisation')}</th>
            <th scope="col">{t('accessLog.columns.unit')}</th>
            <th scope="col">{t('accessLog.columns.role')}</th>
            {workerNamesShown && <th scope="col">{t('accessLog.columns.worker')}</th>}
            <th scope="col">{t('accessLog.columns.action')}</th>
            <th scope="col">{t('accessLog.columns.record')}</th>
            <th scope="col">{t('accessLog.columns.basis')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry, index) => (
            // Entries have no id of their own, and two of a day can be alike: their place is their key.
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced whole, never reordered
            <tr key={index}>
              <td className="cell-nowrap">{formatDate(entry.on)}</td>
              <td>{entry.organisation ?? <Missing />}</td>
              <td>{entry.unit ?? <Missing />}</td>
              <td>{entry.role ? t(`enums.userRole.${entry.role}`) : <Missing />}</td>
              {workerNamesShown && <td>{entry.worker ?? <Missing />}</td>}
              <td>{t(`accessLog.action.${entry.action}`)}</td>
              <td>{t(`accessLog.record.${entry.record}`)}</td>
              <td>
                {t(`accessLog.basis.${entry.basis}`)}
                {entry.legalBasis && (
                  <span className="cell-detail">
                    {t('accessLog.legalBasis', { basis: t(`enums.legalBasis.${entry.legalBasis}`) })}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
