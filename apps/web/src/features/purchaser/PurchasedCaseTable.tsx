import { meetingSettings, type PurchasedCase } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../i18n/format';
import { PdfLink, useSummaryName } from '../summaries/SummaryBits';

/**
 * One row per bought service: who provides it, where it stands, the meetings delivered in the period
 * and the signed summaries a consent lets the purchaser receive. The client's name is not a link: the
 * purchaser does not read the case itself.
 */
export function PurchasedCaseTable({ cases, caption }: { cases: readonly PurchasedCase[]; caption: string }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table purchaser-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('purchaser.cases.client')}</th>
            <th scope="col">{t('purchaser.cases.provider')}</th>
            <th scope="col">{t('purchaser.cases.serviceType')}</th>
            <th scope="col">{t('purchaser.cases.phase')}</th>
            <th scope="col">{t('purchaser.cases.meetings')}</th>
            <th scope="col">{t('purchaser.cases.summaries')}</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => (
            <tr key={c.caseId}>
              <th scope="row">
                {c.client}
                <span className="cell-detail">
                  {c.closedOn
                    ? t('purchaser.cases.openedClosed', {
                        opened: formatDate(c.openedOn),
                        closed: formatDate(c.closedOn),
                      })
                    : t('purchaser.cases.opened', { opened: formatDate(c.openedOn) })}
                </span>
              </th>
              <td>
                {c.unit}
                <span className="cell-detail">{c.provider}</span>
              </td>
              <td>{t(`enums.serviceType.${c.serviceType}`)}</td>
              <td>
                {t(`enums.casePhase.${c.phase}`)}
                {c.status === 'closed' && c.phase !== 'closed' && (
                  <span className="cell-detail">{t('enums.caseStatus.closed')}</span>
                )}
              </td>
              <td>
                <Meetings meetings={c.meetings} />
              </td>
              <td>
                <Summaries row={c} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Meetings({ meetings }: { meetings: PurchasedCase['meetings'] }) {
  const { t } = useTranslation();
  const settings = meetingSettings.filter((s) => (meetings.bySetting[s] ?? 0) > 0);
  return (
    <>
      <span className="purchaser-held">{t('purchaser.cases.held', { count: meetings.held })}</span>
      {settings.length > 0 && (
        <ul className="purchaser-settings">
          {settings.map((s) => (
            <li key={s}>
              {t('purchaser.cases.bySetting', {
                setting: t(`enums.meetingSetting.${s}`),
                n: meetings.bySetting[s] ?? 0,
              })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Summaries({ row }: { row: PurchasedCase }) {
  const { t } = useTranslation();
  const name = useSummaryName();
  if (!row.consent) return <span>{t('purchaser.cases.noConsent')}</span>;
  if (row.summaries.length === 0) return <span className="muted">{t('purchaser.cases.noSummaries')}</span>;
  return (
    <ul className="purchaser-summaries">
      {row.summaries.map((s) => (
        <li key={s.id}>
          <Link to={`/summaries/${s.id}`}>{name(s)}</Link>
          <span className="cell-detail">
            {t('purchaser.cases.signedOn', { date: formatDate(s.signedAt) })} · <PdfLink summary={s} />
          </span>
        </li>
      ))}
    </ul>
  );
}
