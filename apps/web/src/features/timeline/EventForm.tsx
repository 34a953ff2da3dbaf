import { useQueryClient } from '@tanstack/react-query';
import {
  eventSignificances,
  type LifeEvent,
  lifeEventKinds,
  type Timeline,
  zLifeEventInput,
} from '@verkosto/domain';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { addEvent, refreshTimeline, updateEvent } from '../../api/timeline';
import { ErrorSummary, ReloadButton, type SummaryField } from '../../components/ErrorSummary';
import { FormDialog } from '../../components/FormDialog';
import {
  CheckboxInput,
  RadioGroupInput,
  SelectInput,
  TextAreaInput,
  TextInput,
} from '../../components/fields';
import { noErrors } from '../../components/form-errors';
import { Icon } from '../../components/Icon';
import { StatusMessage } from '../../components/StatusMessage';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { bodyOf, draftOf, type EventDraft, emptyDraft, ownWords } from './event-draft';

interface Props {
  caseId: string;
  /** The event to edit; without one the form adds a new event. */
  event?: LifeEvent;
  onSaved: () => void;
  /** Reads the timeline again, after someone else saved the event first. */
  onReload: () => Promise<Timeline | undefined>;
}

const months = Array.from({ length: 12 }, (_, i) => String(i + 1));
const days = Array.from({ length: 31 }, (_, i) => String(i + 1));

/** Adding a life event to the timeline, or editing one, in a dialog over the case page. */
export function EventForm({ caseId, event, onSaved, onReload }: Props) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [isOpen, setOpen] = useState(false);
  const [draft, setDraft] = useState<EventDraft>(emptyDraft);
  const [version, setVersion] = useState(event?.version ?? 0);
  const [reloaded, setReloaded] = useState(false);
  const [kept, setKept] = useState<{ title: string; description: string } | null>(null);
  const { errors, setErrors, clearFieldErrors, attempt, submit, fieldError, isPending } = useCheckedSubmit({
    schema: zLifeEventInput,
    send: (body) => (event ? updateEvent(event.id, version, body) : addEvent(caseId, body)),
    errorPrefix: 'event',
    onSuccess: () => {
      void refreshTimeline(queryClient, caseId);
      setOpen(false);
      onSaved();
    },
  });

  const openChange = (open: boolean) => {
    setOpen(open);
    if (open) {
      setDraft(event ? draftOf(event) : emptyDraft());
      setVersion(event?.version ?? 0);
      setErrors(noErrors);
      setReloaded(false);
      setKept(null);
    }
  };

  // Someone else saved first: their version comes into the form, and the words written here stay in view.
  const reload = async () => {
    const latest = (await onReload())?.events.find((e) => e.id === event?.id);
    if (!latest) {
      setOpen(false);
      return;
    }
    const theirs = draftOf(latest);
    setKept(ownWords(draft, theirs));
    setDraft(theirs);
    setVersion(latest.version);
    setErrors(noErrors);
    setReloaded(true);
  };

  const change = <K extends keyof EventDraft>(key: K, value: EventDraft[K], path: string = key) => {
    setDraft((d) => ({ ...d, [key]: value }));
    clearFieldErrors([path]);
  };

  const monthName = (m: string) => {
    const name = new Intl.DateTimeFormat(i18n.language, { month: 'long' }).format(
      new Date(2000, Number(m) - 1, 1),
    );
    return name.charAt(0).toLocaleUpperCase(i18n.language) + name.slice(1);
  };

  const fields: SummaryField[] = [
    ['when.year', 'timeline-year', t('timeline.form.year')],
    ['when.month', 'timeline-month', t('timeline.form.month')],
    ['when.day', 'timeline-day', t('timeline.form.day')],
    ['when.approximate', 'timeline-approximate', t('timeline.form.approximate')],
    ['title', 'timeline-title', t('timeline.form.title')],
    ['kind', 'timeline-kind', t('timeline.form.kind')],
    ['significance', 'timeline-significance', t('timeline.form.significance')],
    ['description', 'timeline-description', t('timeline.form.description')],
    ['toldBy', 'timeline-told-by', t('timeline.form.toldBy')],
  ].map(([path, controlId, label]) => ({ path, controlId, label }) as SummaryField);

  return (
    <FormDialog
      trigger={
        event ? (
          <Button
            className="button button-secondary button-small"
            aria-label={t('timeline.edit.openFor', { title: event.title })}
          >
            <Icon name="edit" />
            {t('timeline.edit.open')}
          </Button>
        ) : (
          <Button className="button button-primary">
            <Icon name="plus" />
            {t('timeline.add')}
          </Button>
        )
      }
      isOpen={isOpen}
      onOpenChange={openChange}
      pending={isPending}
      wide
      title={event ? t('timeline.form.editTitle') : t('timeline.form.addTitle')}
      header={
        <>
          <p>{t('timeline.form.intro')}</p>
          <StatusMessage>{reloaded ? t('form.reloaded') : null}</StatusMessage>
          {kept && (
            <div className="notice notice-info timeline-kept">
              <Icon name="info" />
              <div>
                <p>{t('timeline.form.keptIntro')}</p>
                {kept.title && <p className="prewrap">{kept.title}</p>}
                {kept.description && <p className="prewrap">{kept.description}</p>}
              </div>
            </div>
          )}
          <ErrorSummary
            errors={errors}
            fields={fields}
            focusKey={attempt}
            action={errors.general === 'stale_version' ? <ReloadButton onReload={reload} /> : undefined}
          />
        </>
      }
      onSubmit={(e) => submit(e, bodyOf(draft))}
      submitText={event ? t('timeline.form.submitEdit') : t('timeline.form.submitAdd')}
    >
      <fieldset className="fieldset timeline-when">
        <legend>{t('timeline.form.when')}</legend>
        <p className="field-description">{t('timeline.form.whenHint')}</p>
        <div className="field-row">
          <TextInput
            id="timeline-year"
            label={t('timeline.form.year')}
            value={draft.year}
            onChange={(value) => change('year', value, 'when.year')}
            inputMode="numeric"
            maxLength={4}
            size="short"
            autoComplete="off"
            error={fieldError('when.year')}
            isRequired
          />
          <SelectInput
            id="timeline-month"
            label={t('timeline.form.month')}
            placeholder={t('form.choose')}
            noneLabel={t('timeline.form.unknown')}
            value={draft.month}
            onChange={(value) => change('month', value, 'when.month')}
            options={months.map((value) => ({ value, label: monthName(value) }))}
            error={fieldError('when.month')}
          />
          <SelectInput
            id="timeline-day"
            label={t('timeline.form.day')}
            placeholder={t('form.choose')}
            noneLabel={t('timeline.form.unknown')}
            value={draft.day}
            onChange={(value) => change('day', value, 'when.day')}
            options={days.map((value) => ({ value, label: value }))}
            error={fieldError('when.day')}
          />
        </div>
        <CheckboxInput
          id="timeline-approximate"
          label={t('timeline.form.approximate')}
          isSelected={draft.approximate}
          onChange={(value) => change('approximate', value, 'when.approximate')}
        />
      </fieldset>
      <TextInput
        id="timeline-title"
        label={t('timeline.form.title')}
        description={t('timeline.form.titleHint')}
        value={draft.title}
        onChange={(value) => change('title', value)}
        maxLength={120}
        error={fieldError('title')}
        isRequired
      />
      <SelectInput
        id="timeline-kind"
        label={t('timeline.form.kind')}
        placeholder={t('form.choose')}
        value={draft.kind}
        onChange={(value) => change('kind', value)}
        options={lifeEventKinds.map((value) => ({ value, label: t(`enums.lifeEventKind.${value}`) }))}
        error={fieldError('kind')}
        isRequired
      />
      <RadioGroupInput
        id="timeline-significance"
        label={t('timeline.form.significance')}
        description={t('timeline.form.significanceHint')}
        value={draft.significance}
        onChange={(value) => change('significance', value)}
        options={eventSignificances.map((value) => ({
          value,
          label: t(`enums.eventSignificance.${value}`),
          detail: t(`timeline.form.significanceDetail.${value}`),
        }))}
        error={fieldError('significance')}
        isRequired
      />
      <TextAreaInput
        id="timeline-description"
        label={t('timeline.form.description')}
        value={draft.description}
        onChange={(value) => change('description', value)}
        maxLength={2000}
        rows={3}
        error={fieldError('description')}
      />
      <TextInput
        id="timeline-told-by"
        label={t('timeline.form.toldBy')}
        description={t('timeline.form.toldByHint')}
        value={draft.toldBy}
        onChange={(value) => change('toldBy', value)}
        maxLength={120}
        size="medium"
        error={fieldError('toldBy')}
        isRequired
      />
    </FormDialog>
  );
}
