import { type SummaryTexts, type SummaryView, summarySections } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';

/** The summary's sections to read: a signed summary, or a draft to someone who may not edit it. */
export function SummaryReadView({ summary }: { summary: SummaryView }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="summary-text-title" className="summary-text">
      <h2 id="summary-text-title">{t('summaries.text.title')}</h2>
      {summary.status === 'draft' && <p className="muted">{t('summaries.text.readOnlyDraft')}</p>}
      <dl className="summary-read-sections">
        {summarySections.map((s) => (
          <div key={s}>
            <dt>{t(`enums.summarySection.${s}`)}</dt>
            <dd className={summary.sections[s].trim() ? 'prewrap' : 'muted'}>
              {summary.sections[s].trim() ? summary.sections[s] : t('summaries.text.notWritten')}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/**
 * The worker's unsaved text after someone else signed the summary first: it can no longer go into
 * the summary, but it stays in view to copy, not lost.
 */
export function UnsavedText({ texts }: { texts: Partial<SummaryTexts> }) {
  const { t } = useTranslation();
  const written = summarySections.filter((s) => texts[s] !== undefined);
  return (
    <section aria-labelledby="summary-unsaved-title" className="notice notice-warning summary-unsaved">
      <Icon name="alert" />
      <div>
        <h2 id="summary-unsaved-title" className="notice-title">
          {t('summaries.text.unsavedTitle')}
        </h2>
        <p>{t('summaries.text.unsavedIntro')}</p>
        <dl className="summary-read-sections">
          {written.map((s) => (
            <div key={s}>
              <dt>{t(`enums.summarySection.${s}`)}</dt>
              <dd className="prewrap">{texts[s]}</dd>
            </div>
          ))}
        </dl>
      </div>
    </section>
  );
}
