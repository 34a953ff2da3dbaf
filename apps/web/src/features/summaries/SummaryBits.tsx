import type { SummaryKind, SummaryView } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { summaryPdfUrl } from '../../api/summaries';
import { Icon } from '../../components/Icon';
import { formatDate } from '../../i18n/format';

type Period = { kind: SummaryKind; periodStart: string; periodEnd: string };

/** "Period summary 1.1.2027–31.3.2027": how a summary is named in lists, links and headings. */
export function useSummaryName() {
  const { t } = useTranslation();
  return (s: Period) =>
    t('summaries.name', {
      kind: t(`enums.summaryKind.${s.kind}`),
      start: formatDate(s.periodStart),
      end: formatDate(s.periodEnd),
    });
}

/** Draft or signed, told by word and icon as well as by colour. */
export function SummaryStatusBadge({ status }: { status: SummaryView['status'] }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-summary-${status}`}>
      <Icon name={status === 'signed' ? 'lock' : 'edit'} />
      {t(`enums.summaryStatus.${status}`)}
    </span>
  );
}

/**
 * The summary as a PDF file. A plain link, so the browser downloads it as it does any file; the
 * visible text is short, and the hidden rest says which summary it is when several are listed.
 */
export function PdfLink({ summary, className }: { summary: Period & { id: string }; className?: string }) {
  const { t } = useTranslation();
  const name = useSummaryName();
  return (
    <a href={summaryPdfUrl(summary.id)} download className={className ?? 'summary-pdf-link'}>
      <Icon name="download" />
      {t('summaries.pdf')}
      <span className="visually-hidden"> – {name(summary)}</span>
    </a>
  );
}
