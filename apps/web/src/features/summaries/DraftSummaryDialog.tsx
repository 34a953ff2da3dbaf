import { useQueryClient } from '@tanstack/react-query';
import {
  type SummaryKind,
  type SummaryLanguage,
  summaryLanguages,
  zSummaryDraftInput,
} from '@verkosto/domain';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { draftSummary, refreshSummaries, summaryKey } from '../../api/summaries';
import { ErrorSummary, type SummaryField } from '../../components/ErrorSummary';
import { FormDialog } from '../../components/FormDialog';
import { TextInput } from '../../components/fields';
import { noErrors } from '../../components/form-errors';
import { Icon } from '../../components/Icon';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { todayIso } from '../../i18n/format';

interface Props {
  caseId: string;
  kind: SummaryKind;
  /** The first day the dialog offers; the last is today. */
  defaultStart: string;
}

/** Where the summary page says what was just done. */
export interface SummaryDraftedState {
  drafted: true;
}

/** The draft is written in the language the worker is using; anything else falls back to Finnish. */
function draftLanguage(language: string): SummaryLanguage {
  return summaryLanguages.find((l) => l === language) ?? 'fi';
}

/**
 * Drafting a period summary or the final evaluation: the worker picks the period, and the server
 * writes each section from what the record holds for it. The draft then opens on its own page.
 */
export function DraftSummaryDialog({ caseId, kind, defaultStart }: Props) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [isOpen, setOpen] = useState(false);
  const [periodStart, setStart] = useState(defaultStart);
  const [periodEnd, setEnd] = useState(todayIso);
  const { errors, setErrors, clearFieldErrors, attempt, submit, fieldError, isPending } = useCheckedSubmit({
    schema: zSummaryDraftInput,
    send: (body) => draftSummary(caseId, body),
    onSuccess: (summary) => {
      queryClient.setQueryData(summaryKey(summary.id), summary);
      void refreshSummaries(queryClient, caseId);
      setOpen(false);
      const state: SummaryDraftedState = { drafted: true };
      void navigate(`/summaries/${summary.id}`, { state });
    },
  });

  const openChange = (open: boolean) => {
    setOpen(open);
    if (open) {
      setStart(defaultStart);
      setEnd(todayIso());
      setErrors(noErrors);
    }
  };

  const prefix = `summary-draft-${kind}`;
  const fields: SummaryField[] = [
    { path: 'periodStart', controlId: `${prefix}-start`, label: t('summaries.draft.start') },
    { path: 'periodEnd', controlId: `${prefix}-end`, label: t('summaries.draft.end') },
  ];

  return (
    <FormDialog
      trigger={
        <Button className={kind === 'period' ? 'button button-primary' : 'button button-secondary'}>
          <Icon name="plus" />
          {t(`summaries.draft.open.${kind}`)}
        </Button>
      }
      isOpen={isOpen}
      onOpenChange={openChange}
      pending={isPending}
      title={t(`summaries.draft.title.${kind}`)}
      header={
        <>
          <p>{t(`summaries.draft.intro.${kind}`)}</p>
          <ErrorSummary errors={errors} fields={fields} focusKey={attempt} />
        </>
      }
      onSubmit={(e) => submit(e, { kind, periodStart, periodEnd, language: draftLanguage(i18n.language) })}
      submitText={t('summaries.draft.submit')}
    >
      <div className="field-row">
        <TextInput
          id={`${prefix}-start`}
          type="date"
          label={t('summaries.draft.start')}
          value={periodStart}
          onChange={(value) => {
            setStart(value);
            clearFieldErrors(['periodStart']);
          }}
          error={fieldError('periodStart')}
          size="medium"
          isRequired
        />
        <TextInput
          id={`${prefix}-end`}
          type="date"
          label={t('summaries.draft.end')}
          value={periodEnd}
          onChange={(value) => {
            setEnd(value);
            clearFieldErrors(['periodEnd']);
          }}
          error={fieldError('periodEnd')}
          size="medium"
          isRequired
        />
      </div>
      <p className="field-description">{t('summaries.draft.languageNote')}</p>
    </FormDialog>
  );
}
