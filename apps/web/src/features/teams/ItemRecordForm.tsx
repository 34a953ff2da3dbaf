import { useQueryClient } from '@tanstack/react-query';
import type { TeamMeetingView } from '@verkosto/domain';
import { useEffect, useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { saveItemRecord, teamMeetingChanged } from '../../api/teams';
import { ErrorSummary, ReloadButton, type SummaryField } from '../../components/ErrorSummary';
import { CheckboxInput, SelectInput, TextAreaInput, TextInput } from '../../components/fields';
import { noErrors } from '../../components/form-errors';
import { Icon } from '../../components/Icon';
import { PendingButton } from '../../components/PendingButton';
import { StatusMessage } from '../../components/StatusMessage';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { formatTime } from '../../i18n/format';
import { draftOf, inputOf, type RecordDraft, recordSchema, sameRecord, withFormPaths } from './record-draft';

type Entry = TeamMeetingView['items'][number];
type Member = TeamMeetingView['members'][number];

interface Props {
  meetingId: string;
  entry: Entry;
  units: TeamMeetingView['units'];
  members: TeamMeetingView['members'];
  /** Tells the page whether this item has changes not yet saved, for the signing dialog to say so. */
  onDirtyChange: (itemId: string, dirty: boolean) => void;
  /** Reads the meeting again, after someone else saved this item or signed the minutes first. */
  reload: () => Promise<TeamMeetingView | undefined>;
}

const shareUnit = (a: Member, b: Member) => a.units.some((u) => b.units.includes(u));

/** What the team records of one item, saved on its own over the version it was read at. */
export function ItemRecordForm({ meetingId, entry, units, members, onDirtyChange, reload }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { item } = entry;
  // The version the fields are based on: not the latest the page has heard of, or a colleague's save
  // in between would be overwritten without either of them knowing.
  const [baseVersion, setBaseVersion] = useState(entry.record?.version ?? 0);
  const [saved, setSaved] = useState(() => draftOf(entry.record));
  const [draft, setDraft] = useState<RecordDraft>(saved);
  const [status, setStatus] = useState<string | null>(null);
  const dirty = !sameRecord(draft, saved, units);

  useEffect(() => onDirtyChange(item.id, dirty), [item.id, dirty, onDirtyChange]);

  const { errors, setErrors, clearFieldErrors, attempt, submit, fieldError, isPending } = useCheckedSubmit({
    schema: recordSchema,
    send: async (body) => {
      try {
        return await saveItemRecord(meetingId, item.id, body);
      } catch (error) {
        throw withFormPaths(error, body);
      }
    },
    onSuccess: (view) => {
      teamMeetingChanged(queryClient, view);
      const record = view.items.find((e) => e.item.id === item.id)?.record ?? null;
      const now = draftOf(record);
      setBaseVersion(record?.version ?? 0);
      setSaved(now);
      setDraft(now);
      setStatus(t('teams.record.saved', { time: formatTime(new Date().toISOString()) }));
    },
  });

  const change = (values: Partial<RecordDraft>, paths: readonly string[]) => {
    setDraft((d) => ({ ...d, ...values }));
    setStatus(null);
    clearFieldErrors(paths);
  };

  const reloadLatest = async () => {
    const view = await reload();
    const record = view?.items.find((e) => e.item.id === item.id)?.record ?? null;
    const latest = draftOf(record);
    setBaseVersion(record?.version ?? 0);
    setSaved(latest);
    setDraft(latest);
    setErrors(noErrors);
    setStatus(t('form.reloaded'));
  };

  const idOf = (part: string) => `item-${item.id}-${part}`;
  const fields: SummaryField[] = [
    ...units.map((u) => ({
      path: `views.${u.id}`,
      controlId: idOf(`view-${u.id}`),
      label: `${t('teams.record.assessment')}: ${u.name}`,
    })),
    ...units.map((u) => ({
      path: `tasks.${u.id}`,
      controlId: idOf(`task-${u.id}`),
      label: `${t('teams.record.division')}: ${u.name}`,
    })),
    { path: 'responsibleUnitId', controlId: idOf('responsible'), label: t('teams.record.responsibleUnit') },
    { path: 'pair', controlId: idOf('pair-1'), label: t('teams.record.pair') },
    { path: 'nextReviewOn', controlId: idOf('next-review'), label: t('teams.record.nextReviewOn') },
  ];
  const conflict = errors.general === 'stale_version' || errors.general === 'record_signed';

  const [first, second] = draft.pair;
  const firstMember = members.find((m) => m.id === first);
  const memberOption = (m: Member) => ({ value: m.id, label: m.name, detail: m.units.join(', ') });
  // The pair works across units: the second worker comes from another unit than the first.
  const secondChoices = members.filter((m) => m.id !== first && !(firstMember && shareUnit(m, firstMember)));

  return (
    <Form
      className="form item-record"
      validationBehavior="aria"
      onSubmit={(event) =>
        // The unit texts and the pair go along for the error summary to find them; the schema drops them.
        submit(event, {
          ...inputOf(draft, baseVersion, units),
          views: draft.views,
          tasks: draft.tasks,
          pair: draft.pair,
        })
      }
    >
      <ErrorSummary
        errors={errors}
        fields={fields}
        focusKey={attempt}
        message={
          errors.general === 'stale_version'
            ? t('teams.record.stale')
            : errors.general === 'record_signed'
              ? t('teams.record.signedMeanwhile')
              : undefined
        }
        action={conflict ? <ReloadButton onReload={reloadLatest} /> : undefined}
      />
      <fieldset className="fieldset">
        <legend>{t('teams.record.assessment')}</legend>
        <p className="field-description">{t('teams.record.assessmentHint')}</p>
        {units.map((u) => (
          <TextAreaInput
            key={u.id}
            id={idOf(`view-${u.id}`)}
            label={u.name}
            value={draft.views[u.id] ?? ''}
            onChange={(value) => change({ views: { ...draft.views, [u.id]: value } }, [`views.${u.id}`])}
            maxLength={2000}
            rows={3}
            error={fieldError(`views.${u.id}`)}
          />
        ))}
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('teams.record.division')}</legend>
        <p className="field-description">{t('teams.record.divisionHint')}</p>
        {units.map((u) => (
          <TextAreaInput
            key={u.id}
            id={idOf(`task-${u.id}`)}
            label={u.name}
            value={draft.tasks[u.id] ?? ''}
            onChange={(value) => change({ tasks: { ...draft.tasks, [u.id]: value } }, [`tasks.${u.id}`])}
            maxLength={1000}
            rows={2}
            error={fieldError(`tasks.${u.id}`)}
          />
        ))}
      </fieldset>
      <SelectInput
        id={idOf('responsible')}
        label={t('teams.record.responsibleUnit')}
        description={t('teams.record.responsibleUnitHint')}
        placeholder={t('form.choose')}
        noneLabel={t('teams.record.notChosen')}
        value={draft.responsibleUnitId}
        onChange={(value) => change({ responsibleUnitId: value }, ['responsibleUnitId'])}
        options={units.map((u) => ({ value: u.id, label: u.name }))}
        error={fieldError('responsibleUnitId')}
      />
      <fieldset className="fieldset">
        <legend>{t('teams.record.pair')}</legend>
        <p className="field-description">{t('teams.record.pairHint')}</p>
        <div className="field-row">
          <SelectInput
            id={idOf('pair-1')}
            label={t('teams.record.pairFirst')}
            placeholder={t('form.choose')}
            noneLabel={t('teams.record.notChosen')}
            value={first}
            onChange={(value) => {
              const picked = members.find((m) => m.id === value);
              const secondMember = members.find((m) => m.id === second);
              const keep =
                !picked || !secondMember || (picked.id !== second && !shareUnit(picked, secondMember));
              change({ pair: [value, keep ? second : null] }, ['pair']);
            }}
            options={members.map(memberOption)}
            error={fieldError('pair')}
          />
          <SelectInput
            id={idOf('pair-2')}
            label={t('teams.record.pairSecond')}
            placeholder={t('form.choose')}
            noneLabel={t('teams.record.notChosen')}
            value={second}
            onChange={(value) => change({ pair: [first, value] }, ['pair'])}
            options={secondChoices.map(memberOption)}
          />
        </div>
      </fieldset>
      <TextInput
        id={idOf('next-review')}
        type="date"
        size="medium"
        label={t('teams.record.nextReviewOn')}
        description={t('teams.record.nextReviewHint')}
        value={draft.nextReviewOn}
        onChange={(value) => change({ nextReviewOn: value }, ['nextReviewOn'])}
        error={fieldError('nextReviewOn')}
      />
      <div className="field">
        <CheckboxInput
          id={idOf('decided')}
          className="checkbox-emphasis"
          label={t('teams.record.decided')}
          isSelected={draft.decided}
          onChange={(decided) => change({ decided }, ['decided'])}
          describedBy={idOf('decided-hint')}
        />
        <p id={idOf('decided-hint')} className="field-description">
          {t('teams.record.decidedHint')}
        </p>
      </div>
      <StatusMessage>{status}</StatusMessage>
      <div className="form-actions">
        <PendingButton type="submit" className="button button-primary" pending={isPending}>
          <Icon name="check" />
          {t('teams.record.save')}
        </PendingButton>
        {dirty && <span className="muted">{t('teams.record.unsaved')}</span>}
      </div>
    </Form>
  );
}
