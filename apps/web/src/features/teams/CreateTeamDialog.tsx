import { useQueryClient } from '@tanstack/react-query';
import { type TeamSummary, zTeamInput } from '@verkosto/domain';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useCaseFormOptions } from '../../api/cases';
import { createTeam, teamsKey } from '../../api/teams';
import { ErrorSummary, type SummaryField } from '../../components/ErrorSummary';
import { FormDialog } from '../../components/FormDialog';
import { CheckboxGroupInput, RadioGroupInput, SelectInput, TextInput } from '../../components/fields';
import { noErrors } from '../../components/form-errors';
import { Icon } from '../../components/Icon';
import { Loading } from '../../components/QueryState';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { parseTime } from '../meetings/when';
import { type Weekday, weekdays } from './team-words';

const cadences = ['1', '2'] as const;
type Cadence = (typeof cadences)[number];

interface Draft {
  name: string;
  cadence: Cadence | null;
  weekday: Weekday | null;
  time: string;
  memberIds: string[];
}

const emptyDraft = (): Draft => ({ name: '', cadence: null, weekday: null, time: '', memberIds: [] });

/** "9.30", "9:30" or "9" as the API takes it, "09:30"; anything else goes as typed, for the check to say. */
function apiTime(text: string): string {
  const parsed = parseTime(text);
  if (!parsed) return text.trim();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(parsed.hours)}:${pad(parsed.minutes)}`;
}

const inputOf = (d: Draft) => ({
  name: d.name,
  cadencePerMonth: d.cadence === null ? undefined : Number(d.cadence),
  weekday: d.weekday === null ? undefined : Number(d.weekday),
  time: apiTime(d.time),
  memberIds: d.memberIds,
});

/** A team lead sets up a multi-agency team: its name, when it meets and who belongs to it. */
export function CreateTeamDialog({ onCreated }: { onCreated: (team: TeamSummary) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const options = useCaseFormOptions();
  const [isOpen, setOpen] = useState(false);
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const { errors, setErrors, clearFieldErrors, attempt, submit, fieldError, isPending } = useCheckedSubmit({
    schema: zTeamInput,
    send: (body) => createTeam(body),
    onSuccess: (team) => {
      void queryClient.invalidateQueries({ queryKey: teamsKey, exact: true });
      setOpen(false);
      onCreated(team);
    },
  });

  const openChange = (open: boolean) => {
    setOpen(open);
    if (open) {
      setDraft(emptyDraft());
      setErrors(noErrors);
    }
  };
  const change = <K extends keyof Draft>(key: K, value: Draft[K], path: string) => {
    setDraft((d) => ({ ...d, [key]: value }));
    clearFieldErrors([path]);
  };

  // A worker of two units is listed once, with both units.
  const workers = new Map<string, { name: string; units: string[] }>();
  for (const w of options.data?.pairWorkers ?? []) {
    const known = workers.get(w.id);
    workers.set(w.id, { name: w.displayName, units: [...(known?.units ?? []), w.unitName] });
  }

  const fields: SummaryField[] = [
    { path: 'name', controlId: 'team-name', label: t('teams.create.name') },
    { path: 'cadencePerMonth', controlId: 'team-cadence', label: t('teams.create.cadence') },
    { path: 'weekday', controlId: 'team-weekday', label: t('teams.create.weekday') },
    { path: 'time', controlId: 'team-time', label: t('teams.create.time') },
    { path: 'memberIds', controlId: 'team-members', label: t('teams.create.members') },
  ];

  return (
    <FormDialog
      trigger={
        <Button className="button button-primary">
          <Icon name="plus" />
          {t('teams.create.open')}
        </Button>
      }
      isOpen={isOpen}
      onOpenChange={openChange}
      pending={isPending}
      wide
      title={t('teams.create.title')}
      header={
        <>
          <p>{t('teams.create.intro')}</p>
          <ErrorSummary errors={errors} fields={fields} focusKey={attempt} />
        </>
      }
      onSubmit={(event) => submit(event, inputOf(draft))}
      submitText={t('teams.create.submit')}
    >
      <TextInput
        id="team-name"
        label={t('teams.create.name')}
        value={draft.name}
        onChange={(value) => change('name', value, 'name')}
        maxLength={120}
        error={fieldError('name')}
        isRequired
      />
      <RadioGroupInput
        id="team-cadence"
        label={t('teams.create.cadence')}
        value={draft.cadence}
        onChange={(value) => change('cadence', value, 'cadencePerMonth')}
        options={cadences.map((c) => ({
          value: c,
          label: t(`teams.create.cadenceOption.${c}`),
          detail: t(`teams.create.cadenceDetail.${c}`),
        }))}
        error={fieldError('cadencePerMonth')}
        isRequired
      />
      <div className="field-row">
        <SelectInput
          id="team-weekday"
          label={t('teams.create.weekday')}
          placeholder={t('form.choose')}
          value={draft.weekday}
          onChange={(value) => change('weekday', value, 'weekday')}
          options={weekdays.map((w) => ({ value: w, label: t(`teams.weekday.${w}`) }))}
          error={fieldError('weekday')}
          isRequired
        />
        <TextInput
          id="team-time"
          size="short"
          label={t('teams.create.time')}
          description={t('teams.create.timeHint')}
          inputMode="numeric"
          value={draft.time}
          onChange={(value) => change('time', value, 'time')}
          error={fieldError('time')}
          isRequired
        />
      </div>
      {options.data ? (
        <CheckboxGroupInput
          id="team-members"
          label={t('teams.create.members')}
          description={t('teams.create.membersHint')}
          value={draft.memberIds}
          onChange={(value) => change('memberIds', value, 'memberIds')}
          options={[...workers].map(([id, w]) => ({
            value: id,
            label: t('teams.create.memberOption', { name: w.name, units: w.units.join(', ') }),
          }))}
          error={fieldError('memberIds')}
        />
      ) : (
        <Loading />
      )}
    </FormDialog>
  );
}
