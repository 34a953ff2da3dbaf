import type { SummaryTexts, SummaryView } from '@verkosto/domain';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { useCase } from '../../api/cases';
import { useSummary } from '../../api/summaries';
import { BackLink } from '../../components/BackLink';
import { Icon } from '../../components/Icon';
import { QueryGate } from '../../components/QueryState';
import { StatusMessage } from '../../components/StatusMessage';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate, formatTime } from '../../i18n/format';
import { useUser } from '../session/user-context';
import { PdfLink, SummaryStatusBadge, useSummaryName } from './SummaryBits';
import { SummaryEditor } from './SummaryEditor';
import { SummaryFacts } from './SummaryFacts';
import { SummaryReadView, UnsavedText } from './SummaryReadView';
import '../../styles/summaries.css';

function draftedFlash(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'drafted' in state;
}

/** A period summary or the final evaluation: drafted from the record, edited, signed, printed. */
export function SummaryPage() {
  const { t } = useTranslation();
  // The title names the kind of page only: browsers keep titles in their history.
  usePageTitle(t('summaries.page.title'));
  const { summaryId } = useParams();
  const query = useSummary(summaryId);
  return (
    <QueryGate query={query}>
      {(summary) => <SummaryPageView summary={summary} onReload={async () => (await query.refetch()).data} />}
    </QueryGate>
  );
}

function SummaryPageView({
  summary,
  onReload,
}: {
  summary: SummaryView;
  onReload: () => Promise<SummaryView | undefined>;
}) {
  const { t } = useTranslation();
  const location = useLocation();
  const name = useSummaryName();
  const purchaser = useUser().role === 'purchaser';
  // A purchaser never reads the case itself: asking for it would only be a refused, logged read.
  const detail = useCase(purchaser ? undefined : summary.caseId).data;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [signedNow, setSignedNow] = useState(false);
  const [drafted, setDrafted] = useState(() => draftedFlash(location.state));
  const [unsaved, setUnsaved] = useState<Partial<SummaryTexts> | null>(null);
  const editable = summary.canEdit && summary.status === 'draft';

  // The editor and its sign button are gone once signed: focus goes to the heading, where the page starts.
  useEffect(() => {
    if (signedNow || unsaved) headingRef.current?.focus();
  }, [signedNow, unsaved]);

  const status = signedNow
    ? t('summaries.sign.done')
    : drafted && editable
      ? t('summaries.draft.done')
      : null;

  return (
    <article className="summary-page">
      {purchaser ? (
        <BackLink to="/purchaser">{t('purchaser.title')}</BackLink>
      ) : (
        <BackLink to={`/cases/${summary.caseId}`}>{summary.client}</BackLink>
      )}
      <div className="page-header">
        <div>
          <p className="eyebrow">{t(`enums.summaryKind.${summary.kind}`)}</p>
          <h1 ref={headingRef} tabIndex={-1}>
            {name(summary)}
          </h1>
          <p className="header-meta">
            <SummaryStatusBadge status={summary.status} />
            <span>{t('summaries.page.language', { language: t(`enums.language.${summary.language}`) })}</span>
          </p>
        </div>
        <div className="page-actions">
          <PdfLink summary={summary} className="button button-secondary" />
        </div>
      </div>
      <StatusMessage>{status}</StatusMessage>
      <SignedOrDraftLine summary={summary} purchaser={detail?.purchaser?.name ?? null} />
      {unsaved && <UnsavedText texts={unsaved} />}
      <div className="summary-layout">
        <SummaryFacts facts={summary.facts} />
        {editable ? (
          <SummaryEditor
            summary={summary}
            onReload={onReload}
            onSavedOrLoaded={() => setDrafted(false)}
            onSigned={() => setSignedNow(true)}
            onSignedElsewhere={setUnsaved}
          />
        ) : (
          <SummaryReadView summary={summary} />
        )}
      </div>
    </article>
  );
}

/**
 * Who made it and when, or once signed, who signed and that it no longer changes; and on a bought
 * service, whether its purchaser receives it.
 */
function SignedOrDraftLine({ summary, purchaser }: { summary: SummaryView; purchaser: string | null }) {
  const { t } = useTranslation();
  const when = (iso: string) => ({ date: formatDate(iso), time: formatTime(iso) });
  return (
    <div className="summary-meta">
      {summary.status === 'signed' && summary.signedAt ? (
        <p className="summary-signed">
          <Icon name="lock" />
          {t('summaries.page.signedBy', { name: summary.signedBy ?? '', ...when(summary.signedAt) })}
        </p>
      ) : (
        <p className="muted">
          {t('summaries.page.draftBy', { name: summary.createdBy, ...when(summary.createdAt) })}
        </p>
      )}
      {/* Known from the case, which a purchaser does not read: they see only what a consent lets them anyway. */}
      {purchaser && (
        <p>
          {summary.purchaserConsent
            ? t('summaries.sharing.sharedLong', { name: purchaser })
            : t('summaries.sharing.noConsentLong', { name: purchaser })}
        </p>
      )}
    </div>
  );
}
