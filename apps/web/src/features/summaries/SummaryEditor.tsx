import { useQueryClient } from '@tanstack/react-query';
import {
  type SummarySection,
  type SummaryTexts,
  type SummaryView,
  summarySections,
  zSummarySave,
} from '@verkosto/domain';
import { useRef, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { refreshSummaries, saveSummary, signSummary, summaryKey } from '../../api/summaries';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorSummary, type SummaryField } from '../../components/ErrorSummary';
import { TextAreaInput } from '../../components/fields';
import { noErrors } from '../../components/form-errors';
import { PendingButton } from '../../components/PendingButton';
import { StatusMessage } from '../../components/StatusMessage';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { formatTime } from '../../i18n/format';
import { changedSections, keptText } from './summary-draft';

interface Props {
  summary: SummaryView;
  /** Reads the summary again, after someone else saved or signed it first. */
  onReload: () => Promise<SummaryView | undefined>;
  /** Saved or reloaded here: what the page said before ("the draft was just made") is old news. */
  onSavedOrLoaded: () => void;
  /** Signed here: the page turns to reading. */
  onSigned: () => void;
  /** Someone else signed it while this text was unsaved: the page keeps the text in view. */
  onSignedElsewhere: (unsaved: Partial<SummaryTexts>) => void;
}

type Saved = { at: string } | null;

/**
 * The summary's sections as the worker edits them: each drafted from the record, saved over the
 * version seen. If someone else saved first, the worker's text stays on screen, and loading theirs
 * keeps the worker's own words beside each field that differs.
 */
export function SummaryEditor({ summary, onReload, onSavedOrLoaded, onSigned, onSignedElsewhere }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [base, setBase] = useState<SummaryView>(summary);
  const [texts, setTexts] = useState<SummaryTexts>(summary.sections);
  const [kept, setKept] = useState<Partial<SummaryTexts> | null>(null);
  const [saved, setSaved] = useState<Saved>(null);
  const [loaded, setLoaded] = useState(false);
  const signedRef = useRef<SummaryView | null>(null);

  const stored = (next: SummaryView) => {
    queryClient.setQueryData(summaryKey(next.id), next);
    setBase(next);
  };

  const { errors, setErrors, clearFieldErrors, attempt, submit, fieldError, isPending } = useCheckedSubmit({
    schema: zSummarySave,
    send: (body) => saveSummary(summary.id, body),
    onSuccess: (next) => {
      stored(next);
      setTexts(next.sections);
      setSaved({ at: new Date().toISOString() });
      setLoaded(false);
      onSavedOrLoaded();
      void refreshSummaries(queryClient, summary.caseId);
    },
  });

  const dirty = changedSections(texts, base.sections).length > 0;
  const conflict = errors.general === 'stale_version' || errors.general === 'record_signed';

  // Someone saved (or signed) first: their version comes into the fields, the worker's words stay beside them.
  const loadTheirs = async () => {
    const latest = await onReload();
    if (!latest) return;
    const mine = keptText(texts, latest.sections);
    if (latest.status === 'signed' || !latest.canEdit) {
      queryClient.setQueryData(summaryKey(latest.id), latest);
      if (mine) onSignedElsewhere(mine);
      return;
    }
    setKept(mine);
    setBase(latest);
    setTexts(latest.sections);
    setErrors(noErrors);
    setSaved(null);
    setLoaded(true);
    onSavedOrLoaded();
  };

  const change = (section: SummarySection, text: string) => {
    setTexts((current) => ({ ...current, [section]: text }));
    clearFieldErrors([`sections.${section}`]);
    setSaved(null);
  };

  const fields: SummaryField[] = summarySections.map((s) => ({
    path: `sections.${s}`,
    controlId: `summary-${s}`,
    label: t(`enums.summarySection.${s}`),
  }));

  return (
    <section aria-labelledby="summary-text-title" className="summary-text">
      <h2 id="summary-text-title">{t('summaries.text.title')}</h2>
      <p>{t('summaries.text.intro')}</p>
      <StatusMessage>
        {saved
          ? t('summaries.text.savedAt', { time: formatTime(saved.at) })
          : loaded
            ? t('summaries.text.theirsLoaded')
            : null}
      </StatusMessage>
      <ErrorSummary
        errors={errors}
        fields={fields}
        focusKey={attempt}
        message={
          errors.general === 'stale_version'
            ? t('summaries.text.stale')
            : errors.general === 'record_signed'
              ? t('summaries.text.signedMeanwhile')
              : undefined
        }
        action={
          conflict ? (
            <Button className="button button-secondary" onPress={() => void loadTheirs()}>
              {t('summaries.text.loadTheirs')}
            </Button>
          ) : undefined
        }
      />
      <Form
        className="form summary-form"
        validationBehavior="aria"
        onSubmit={(event) => submit(event, { version: base.version, sections: texts })}
      >
        {summarySections.map((section) => {
          const label = t(`enums.summarySection.${section}`);
          const mine = kept?.[section];
          return (
            <div key={section} className="summary-section-field">
              <TextAreaInput
                id={`summary-${section}`}
                label={label}
                description={t(`summaries.sectionHint.${section}`)}
                value={texts[section]}
                onChange={(text) => change(section, text)}
                maxLength={8000}
                rows={section === 'evaluation' || section === 'nextSteps' ? 6 : 4}
                error={fieldError(`sections.${section}`)}
              />
              {mine !== undefined && mine !== texts[section] && (
                <div className="summary-earlier">
                  <p className="summary-earlier-title">{t('summaries.text.yourEarlier')}</p>
                  <p className="prewrap">{mine}</p>
                  <Button
                    className="button button-secondary button-small"
                    aria-label={t('summaries.text.useEarlierFor', { field: label })}
                    onPress={() => change(section, mine)}
                  >
                    {t('summaries.text.useEarlier')}
                  </Button>
                </div>
              )}
            </div>
          );
        })}
        <div className="form-actions summary-form-actions">
          <PendingButton type="submit" className="button button-primary" pending={isPending}>
            {t('summaries.text.save')}
          </PendingButton>
          <p className="muted summary-dirty" aria-live="polite">
            {dirty ? t('summaries.text.unsaved') : ''}
          </p>
        </div>
      </Form>
      <div className="summary-sign">
        <h3>{t('summaries.sign.heading')}</h3>
        <p>{t('summaries.sign.lead')}</p>
        <ConfirmDialog
          openText={t('summaries.sign.open')}
          openLabel={t('summaries.sign.open')}
          title={t('summaries.sign.title')}
          confirmText={t('summaries.sign.confirm')}
          action={async () => {
            // Unsaved text is saved first, so that what is signed is what the worker sees.
            let version = base.version;
            if (dirty) {
              const next = await saveSummary(summary.id, { version, sections: texts });
              stored(next);
              version = next.version;
            }
            signedRef.current = await signSummary(summary.id, version);
          }}
          refresh={() => refreshSummaries(queryClient, summary.caseId)}
          onDone={() => {
            if (signedRef.current) queryClient.setQueryData(summaryKey(summary.id), signedRef.current);
            onSigned();
          }}
        >
          <p>{t('summaries.sign.intro')}</p>
          {dirty && <p>{t('summaries.sign.savesFirst')}</p>}
        </ConfirmDialog>
      </div>
    </section>
  );
}
