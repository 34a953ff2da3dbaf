import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type SummaryListItem, useSummaries } from '../../api/summaries';
import { Loading } from '../../components/QueryState';
import { formatDate, formatTime } from '../../i18n/format';
import { DraftSummaryDialog } from './DraftSummaryDialog';
import { PdfLink, SummaryStatusBadge, useSummaryName } from './SummaryBits';
import { nextPeriodStart } from './summary-period';
import '../../styles/summaries.css';

interface Props {
  caseId: string;
  /** The case's first day: the first period starts there. */
  openedOn: string;
  /** The organisation that buys the service, if it is bought; only then is sharing with it told. */
  purchaser: string | null;
}

/**
 * Period summaries (kausiyhteenveto) and the final evaluation (loppuarviointi) on the case page: each
 * drafted from the record, edited and signed on its own page, and printable as a PDF.
 */
export function SummariesPanel({ caseId, openedOn, purchaser }: Props) {
  const { t } = useTranslation();
  const query = useSummaries(caseId);
  if (query.isError) return null;
  const summaries = query.data?.summaries;
  // The case's own workers draft summaries while it is open; a reader let in by a consent does not.
  const canDraft = query.data?.canDraft ?? false;
  const hasFinal = summaries?.some((s) => s.kind === 'final') ?? false;

  return (
    <section aria-labelledby="summaries-title" className="panel summaries">
      <div className="panel-header">
        <h2 id="summaries-title">{t('summaries.title')}</h2>
        {canDraft && summaries && (
          <div className="summaries-actions">
            <DraftSummaryDialog
              caseId={caseId}
              kind="period"
              defaultStart={nextPeriodStart(summaries, openedOn)}
            />
            {/* One final evaluation per case: an existing one is opened from the list instead. */}
            {!hasFinal && <DraftSummaryDialog caseId={caseId} kind="final" defaultStart={openedOn} />}
          </div>
        )}
      </div>
      <p className="summaries-intro">{t('summaries.intro')}</p>
      {!summaries ? (
        <Loading />
      ) : summaries.length === 0 ? (
        <p className="muted">{canDraft ? t('summaries.emptyCanDraft') : t('summaries.empty')}</p>
      ) : (
        <SummaryTable summaries={summaries} purchaser={purchaser} />
      )}
    </section>
  );
}

function SummaryTable({
  summaries,
  purchaser,
}: {
  summaries: readonly SummaryListItem[];
  purchaser: string | null;
}) {
  const { t } = useTranslation();
  const name = useSummaryName();
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t('summaries.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('summaries.list.summary')}</th>
            <th scope="col">{t('summaries.list.status')}</th>
            {purchaser && <th scope="col">{t('summaries.list.purchaser', { name: purchaser })}</th>}
            <th scope="col">
              <span className="visually-hidden">{t('summaries.pdf')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {summaries.map((s) => (
            <tr key={s.id}>
              <th scope="row">
                <Link to={`/summaries/${s.id}`} className="cell-link">
                  {name(s)}
                </Link>
              </th>
              <td>
                <SummaryStatusBadge status={s.status} />
                {s.status === 'signed' && s.signedAt && (
                  <span className="cell-detail">
                    {t('summaries.signedByShort', {
                      name: s.signedBy ?? '',
                      date: formatDate(s.signedAt),
                      time: formatTime(s.signedAt),
                    })}
                  </span>
                )}
              </td>
              {purchaser && (
                <td>
                  <Sharing summary={s} />
                </td>
              )}
              <td className="cell-action">
                <PdfLink summary={s} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Only signed summaries ever reach the purchaser, and only under a consent in force. */
function Sharing({ summary }: { summary: SummaryListItem }) {
  const { t } = useTranslation();
  if (!summary.purchaserConsent) return t('summaries.sharing.noConsent');
  return summary.status === 'signed' ? t('summaries.sharing.shared') : t('summaries.sharing.whenSigned');
}
