import { useQueryClient } from '@tanstack/react-query';
import { type ProcessTemplate, type TemplateView, zProcessTemplate } from '@verkosto/domain';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { saveTemplate, templatesKey } from '../../api/process';
import { ErrorSummary, ReloadButton, type SummaryField } from '../../components/ErrorSummary';
import { FormDialog } from '../../components/FormDialog';
import { CheckboxGroupInput, TextInput } from '../../components/fields';
import { noErrors } from '../../components/form-errors';
import { Icon } from '../../components/Icon';
import { StatusMessage } from '../../components/StatusMessage';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { ClocksEditor } from './ClocksEditor';
import { bodyOf, draftOf, optionalPhases, phasesOf, type TemplateDraft } from './template-draft';

interface Props {
  view: TemplateView;
  onSaved: (saved: TemplateView) => void;
  /** Reads the templates again, after another admin saved a newer version first. */
  onReload: () => Promise<TemplateView | undefined>;
}

/**
 * What the shared schema's "invalid" means on this form, where the rule broken is known by its place:
 * the plain "check this" would leave the admin guessing which rule.
 */
const invalidMeaning = [
  [/^phases$/, 'templates.error.phases'],
  [/^assessmentMeetings\.(min|max)$/, 'templates.error.meetings'],
  [/^(review|summary)IntervalWeeks$/, 'templates.error.weeks'],
  [/^clocks\.\d+\.workingDays$/, 'templates.error.workingDays'],
  [/^clocks\.\d+\.months$/, 'templates.error.months'],
  [/^clocks\.\d+\.metByPhase$/, 'templates.error.metByPhase'],
  [/^clocks$/, 'templates.error.clockKeys'],
] as const;

/** Editing a service type's process template; saving makes a new version, which new cases take. */
export function TemplateForm({ view, onSaved, onReload }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [isOpen, setOpen] = useState(false);
  const [draft, setDraft] = useState<TemplateDraft>(() => draftOf(view));
  const [base, setBase] = useState(view.version);
  const [reloaded, setReloaded] = useState(false);
  const serviceType = view.template.serviceType;
  const { errors, setErrors, clearFieldErrors, attempt, submit, fieldError, isPending } = useCheckedSubmit({
    schema: zProcessTemplate,
    send: (template: ProcessTemplate) => saveTemplate(serviceType, { baseVersion: base, template }),
    errorPrefix: 'template',
    onSuccess: (saved) => {
      queryClient.setQueryData<{ templates: TemplateView[] }>(templatesKey, (list) =>
        list
          ? { templates: list.templates.map((x) => (x.template.serviceType === serviceType ? saved : x)) }
          : list,
      );
      setOpen(false);
      onSaved(saved);
    },
  });

  const openChange = (open: boolean) => {
    setOpen(open);
    if (open) {
      setDraft(draftOf(view));
      setBase(view.version);
      setErrors(noErrors);
      setReloaded(false);
    }
  };

  // Another admin saved first: their version comes into the form, to be changed again.
  const reload = async () => {
    const latest = await onReload();
    if (latest) {
      setDraft(draftOf(latest));
      setBase(latest.version);
    }
    setErrors(noErrors);
    setReloaded(true);
  };

  const change = (values: Partial<TemplateDraft>, paths: readonly string[]) => {
    setDraft((d) => ({ ...d, ...values }));
    clearFieldErrors(paths);
  };

  const errorOf = (path: string): string | undefined => {
    const code = errors.fields[path];
    if (code !== 'invalid') return fieldError(path);
    // A maximum below the minimum is the likelier slip than a number out of range.
    if (path === 'assessmentMeetings.max' && Number(draft.min) > Number(draft.max)) {
      return t('templates.error.minOverMax');
    }
    const meaning = invalidMeaning.find(([pattern]) => pattern.test(path));
    return meaning ? t(meaning[1]) : fieldError(path);
  };

  const fields: SummaryField[] = [
    { path: 'phases', controlId: 'template-phases', label: t('templates.form.phases') },
    { path: 'assessmentMeetings.min', controlId: 'template-min', label: t('templates.form.min') },
    { path: 'assessmentMeetings.max', controlId: 'template-max', label: t('templates.form.max') },
    { path: 'reviewIntervalWeeks', controlId: 'template-review', label: t('templates.form.reviewWeeks') },
    { path: 'summaryIntervalWeeks', controlId: 'template-summary', label: t('templates.form.summaryWeeks') },
    { path: 'clocks', controlId: 'template-clocks', label: t('templates.form.clocks') },
    ...draft.clocks.flatMap((_, i) => {
      const clock = t('templates.form.clockN', { n: i + 1 });
      const id = `template-clock-${i}`;
      return [
        {
          path: `clocks.${i}.label`,
          controlId: `${id}-label`,
          label: `${clock}: ${t('templates.form.clockLabel')}`,
        },
        {
          path: `clocks.${i}.key`,
          controlId: `${id}-label`,
          label: `${clock}: ${t('templates.form.clockLabel')}`,
        },
        {
          path: `clocks.${i}.source`,
          controlId: `${id}-source`,
          label: `${clock}: ${t('templates.form.clockSource')}`,
        },
        {
          path: `clocks.${i}.workingDays`,
          controlId: `${id}-amount`,
          label: `${clock}: ${t('templates.form.deadline')}`,
        },
        {
          path: `clocks.${i}.months`,
          controlId: `${id}-amount`,
          label: `${clock}: ${t('templates.form.deadline')}`,
        },
        {
          path: `clocks.${i}.metByPhase`,
          controlId: `${id}-met-by`,
          label: `${clock}: ${t('templates.form.clockMetBy')}`,
        },
      ];
    }),
  ];
  const serviceName = t(`enums.serviceType.${serviceType}`);
  return (
    <FormDialog
      trigger={
        <Button
          className="button button-secondary"
          aria-label={t('templates.editFor', { serviceType: serviceName })}
        >
          <Icon name="edit" />
          {t('templates.edit')}
        </Button>
      }
      isOpen={isOpen}
      onOpenChange={openChange}
      pending={isPending}
      wide
      title={t('templates.form.title', { serviceType: serviceName })}
      header={
        <>
          <p>{t('templates.form.intro', { version: base })}</p>
          <StatusMessage>{reloaded ? t('form.reloaded') : null}</StatusMessage>
          <ErrorSummary
            errors={errors}
            fields={fields}
            focusKey={attempt}
            fieldText={errorOf}
            action={errors.general === 'stale_version' ? <ReloadButton onReload={reload} /> : undefined}
          />
        </>
      }
      onSubmit={(e) => submit(e, bodyOf(draft))}
      submitText={t('templates.form.submit')}
    >
      <CheckboxGroupInput
        id="template-phases"
        label={t('templates.form.phases')}
        description={t('templates.form.phasesHint', {
          first: t('enums.casePhase.referral'),
          last: t('enums.casePhase.closed'),
        })}
        value={draft.phases}
        onChange={(phases) => change({ phases }, ['phases'])}
        options={optionalPhases.map((p) => ({ value: p, label: t(`enums.casePhase.${p}`) }))}
        error={errorOf('phases')}
      />
      <fieldset className="fieldset">
        <legend>{t('templates.form.assessmentMeetings')}</legend>
        <p className="field-description">{t('templates.form.assessmentMeetingsHint')}</p>
        <div className="field-row">
          <TextInput
            id="template-min"
            label={t('templates.form.min')}
            value={draft.min}
            onChange={(min) => change({ min }, ['assessmentMeetings.min', 'assessmentMeetings.max'])}
            inputMode="numeric"
            maxLength={2}
            size="short"
            error={errorOf('assessmentMeetings.min')}
            isRequired
          />
          <TextInput
            id="template-max"
            label={t('templates.form.max')}
            value={draft.max}
            onChange={(max) => change({ max }, ['assessmentMeetings.max'])}
            inputMode="numeric"
            maxLength={2}
            size="short"
            error={errorOf('assessmentMeetings.max')}
            isRequired
          />
        </div>
      </fieldset>
      <div className="field-row">
        <TextInput
          id="template-review"
          label={t('templates.form.reviewWeeks')}
          description={t('templates.form.reviewWeeksHint')}
          value={draft.reviewWeeks}
          onChange={(reviewWeeks) => change({ reviewWeeks }, ['reviewIntervalWeeks'])}
          inputMode="numeric"
          maxLength={3}
          size="short"
          error={errorOf('reviewIntervalWeeks')}
          isRequired
        />
        <TextInput
          id="template-summary"
          label={t('templates.form.summaryWeeks')}
          description={t('templates.form.summaryWeeksHint')}
          value={draft.summaryWeeks}
          onChange={(summaryWeeks) => change({ summaryWeeks }, ['summaryIntervalWeeks'])}
          inputMode="numeric"
          maxLength={3}
          size="short"
          error={errorOf('summaryIntervalWeeks')}
          isRequired
        />
      </div>
      <ClocksEditor
        clocks={draft.clocks}
        phases={phasesOf(draft)}
        onChange={(clocks, paths) => change({ clocks }, paths)}
        errorOf={errorOf}
      />
    </FormDialog>
  );
}
