import { useQueryClient } from '@tanstack/react-query';
import { type AgendaMode, agendaModes, type TeamDetail, zAgendaItemInput } from '@verkosto/domain';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { addAgendaItem, refreshTeam } from '../../api/teams';
import { ErrorSummary, type SummaryField } from '../../components/ErrorSummary';
import { FormDialog } from '../../components/FormDialog';
import { RadioGroupInput, SelectInput, TextAreaInput } from '../../components/fields';
import { noErrors } from '../../components/form-errors';
import { Icon } from '../../components/Icon';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';

interface Draft {
  mode: AgendaMode | null;
  caseId: string | null;
  description: string;
  question: string;
}

const emptyDraft = (): Draft => ({ mode: null, caseId: null, description: '', question: '' });

/** Only the chosen way's field is sent: a name never travels with an anonymous item, nor the reverse. */
const inputOf = (d: Draft) => ({
  mode: d.mode ?? undefined,
  caseId: d.mode === 'named' ? d.caseId : null,
  description: d.mode === 'anonymous' ? d.description : null,
  question: d.question,
});

/**
 * Bringing a client to the team's agenda: by name, only for the worker's own clients whose guardian
 * has consented to this team, or anonymously, described so that the family cannot be recognised.
 */
export function BringClientDialog({ team, onAdded }: { team: TeamDetail; onAdded: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [isOpen, setOpen] = useState(false);
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const { errors, setErrors, clearFieldErrors, attempt, submit, fieldError, isPending } = useCheckedSubmit({
    schema: zAgendaItemInput,
    send: (body) => addAgendaItem(team.id, body),
    onSuccess: () => {
      void refreshTeam(queryClient, team.id);
      setOpen(false);
      onAdded();
    },
  });

  const openChange = (open: boolean) => {
    setOpen(open);
    if (open) {
      setDraft(emptyDraft());
      setErrors(noErrors);
    }
  };
  const change = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    clearFieldErrors([key]);
  };

  const fields: SummaryField[] = [
    { path: 'mode', controlId: 'agenda-mode', label: t('teams.bring.mode') },
    { path: 'caseId', controlId: 'agenda-case', label: t('teams.bring.case') },
    { path: 'description', controlId: 'agenda-description', label: t('teams.bring.description') },
    { path: 'question', controlId: 'agenda-question', label: t('teams.bring.question') },
  ];

  return (
    <FormDialog
      trigger={
        <Button className="button button-primary">
          <Icon name="plus" />
          {t('teams.bring.open')}
        </Button>
      }
      isOpen={isOpen}
      onOpenChange={openChange}
      pending={isPending}
      wide
      title={t('teams.bring.title')}
      header={
        <>
          <p>{t('teams.bring.intro')}</p>
          <ErrorSummary errors={errors} fields={fields} focusKey={attempt} />
        </>
      }
      onSubmit={(event) => submit(event, inputOf(draft))}
      submitText={t('teams.bring.submit')}
    >
      <RadioGroupInput
        id="agenda-mode"
        label={t('teams.bring.mode')}
        value={draft.mode}
        onChange={(mode) => {
          setDraft((d) => ({ ...d, mode }));
          clearFieldErrors(['mode', 'caseId', 'description']);
        }}
        options={agendaModes.map((m) => ({
          value: m,
          label: t(`enums.agendaMode.${m}`),
          detail: t(`teams.bring.modeDetail.${m}`),
        }))}
        error={fieldError('mode')}
        isRequired
      />
      {draft.mode === 'named' &&
        (team.namedCandidates.length > 0 ? (
          <SelectInput
            id="agenda-case"
            label={t('teams.bring.case')}
            description={t('teams.bring.caseHint')}
            placeholder={t('form.choose')}
            value={draft.caseId}
            onChange={(value) => change('caseId', value)}
            options={team.namedCandidates.map((c) => ({ value: c.caseId, label: c.client, detail: c.unit }))}
            error={fieldError('caseId')}
            isRequired
          />
        ) : (
          // Focusable, so that the error summary's link to the missing choice lands on the reason.
          <div id="agenda-case" className="notice notice-info" tabIndex={-1}>
            <Icon name="info" />
            <p>{t('teams.bring.noCandidates')}</p>
          </div>
        ))}
      {draft.mode === 'anonymous' && (
        <TextAreaInput
          id="agenda-description"
          label={t('teams.bring.description')}
          description={t('teams.bring.descriptionHint')}
          value={draft.description}
          onChange={(value) => change('description', value)}
          maxLength={1000}
          rows={4}
          error={fieldError('description')}
          isRequired
        />
      )}
      <TextAreaInput
        id="agenda-question"
        label={t('teams.bring.question')}
        description={t('teams.bring.questionHint')}
        value={draft.question}
        onChange={(value) => change('question', value)}
        maxLength={1000}
        rows={3}
        error={fieldError('question')}
        isRequired
      />
    </FormDialog>
  );
}
