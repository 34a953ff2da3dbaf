import { useQueryClient } from '@tanstack/react-query';
import { type CaseFormOptions, type GroupDetail, groupKinds, levelsOfWork } from '@verkosto/domain';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useCaseFormOptions } from '../../api/cases';
import { createGroup, groupKey, unitGroupsKey } from '../../api/groups';
import { ErrorSummary, type SummaryField } from '../../components/ErrorSummary';
import { FormDialog } from '../../components/FormDialog';
import { type Option, RadioGroupInput, SelectInput, TextAreaInput, TextInput } from '../../components/fields';
import { noErrors } from '../../components/form-errors';
import { Icon } from '../../components/Icon';
import { Loading } from '../../components/QueryState';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { useUser } from '../session/user-context';
import { emptyGroupDraft, type GroupDraft, groupDraftSchema } from './group-drafts';

interface Props {
  unit: { id: string; name: string };
  onCreated: (group: GroupDetail) => void;
}

/**
 * The client workers who may facilitate, each once with all their units; the unit's own workers
 * first, since a group is usually run by two of them.
 */
function facilitatorOptions(workers: CaseFormOptions['pairWorkers'], unitName: string): Option<string>[] {
  const byId = new Map<string, { name: string; title: string; units: string[] }>();
  for (const w of workers) {
    const known = byId.get(w.id);
    byId.set(w.id, { name: w.displayName, title: w.title, units: [...(known?.units ?? []), w.unitName] });
  }
  const own = (units: readonly string[]) => (units.includes(unitName) ? 0 : 1);
  return [...byId]
    .sort(([, a], [, b]) => own(a.units) - own(b.units))
    .map(([id, w]) => ({ value: id, label: w.name, detail: `${w.title}, ${w.units.join(', ')}` }));
}

/** Starting a group in the unit: what it is, its level of work and its pair of facilitators. */
export function StartGroupDialog({ unit, onCreated }: Props) {
  const { t } = useTranslation();
  const user = useUser();
  const queryClient = useQueryClient();
  const options = useCaseFormOptions();
  const [isOpen, setOpen] = useState(false);
  const [draft, setDraft] = useState<GroupDraft>(() => emptyGroupDraft(user.id));
  const { errors, setErrors, clearFieldErrors, attempt, submit, fieldError, isPending } = useCheckedSubmit({
    schema: groupDraftSchema,
    send: (body) => createGroup(unit.id, body),
    onSuccess: (group) => {
      queryClient.setQueryData(groupKey(group.id), group);
      void queryClient.invalidateQueries({ queryKey: unitGroupsKey(unit.id) });
      setOpen(false);
      onCreated(group);
    },
  });

  const openChange = (open: boolean) => {
    setOpen(open);
    if (open) {
      setDraft(emptyGroupDraft(user.id));
      setErrors(noErrors);
    }
  };
  const change = (values: Partial<GroupDraft>, paths: readonly string[] = Object.keys(values)) => {
    setDraft((d) => ({ ...d, ...values }));
    clearFieldErrors(paths);
  };
  // The server names the list; the form shows it on the pair's select, as the check does.
  const pairError = fieldError('pairFacilitatorId') ?? fieldError('facilitatorIds');

  const fields: SummaryField[] = [
    ['name', 'group-name', t('groups.form.name')],
    ['kind', 'group-kind', t('groups.form.kind')],
    ['level', 'group-level', t('groups.form.level')],
    ['facilitatorId', 'group-facilitator', t('groups.form.facilitator')],
    ['pairFacilitatorId', 'group-pair-facilitator', t('groups.form.pairFacilitator')],
    ['facilitatorIds', 'group-pair-facilitator', t('groups.form.pairFacilitator')],
    ['description', 'group-description', t('groups.form.description')],
  ].map(([path, controlId, label]) => ({ path, controlId, label }) as SummaryField);

  const workers = options.data ? facilitatorOptions(options.data.pairWorkers, unit.name) : [];

  return (
    <FormDialog
      trigger={
        <Button className="button button-primary">
          <Icon name="plus" />
          {t('groups.form.open')}
        </Button>
      }
      isOpen={isOpen}
      onOpenChange={openChange}
      pending={isPending}
      wide
      title={t('groups.form.title')}
      header={
        <>
          <p>{t('groups.form.intro', { unit: unit.name })}</p>
          <ErrorSummary errors={errors} fields={fields} focusKey={attempt} />
        </>
      }
      onSubmit={(event) => submit(event, draft)}
      submitText={t('groups.form.submit')}
    >
      <TextInput
        id="group-name"
        label={t('groups.form.name')}
        description={t('groups.form.nameHint')}
        value={draft.name}
        onChange={(name) => change({ name })}
        maxLength={120}
        error={fieldError('name')}
        isRequired
      />
      <SelectInput
        id="group-kind"
        label={t('groups.form.kind')}
        placeholder={t('form.choose')}
        value={draft.kind}
        onChange={(kind) => change({ kind })}
        options={groupKinds.map((k) => ({ value: k, label: t(`enums.groupKind.${k}`) }))}
        error={fieldError('kind')}
        isRequired
      />
      <RadioGroupInput
        id="group-level"
        label={t('groups.form.level')}
        description={t('groups.form.levelHint')}
        value={draft.level}
        onChange={(level) => change({ level })}
        options={levelsOfWork.map((l) => ({ value: l, label: t(`enums.levelOfWork.${l}`) }))}
        error={fieldError('level')}
        isRequired
      />
      {options.data ? (
        <div className="field-row">
          <SelectInput
            id="group-facilitator"
            label={t('groups.form.facilitator')}
            placeholder={t('form.choose')}
            value={draft.facilitatorId}
            onChange={(value) =>
              change(
                // The pair cannot be the same person twice.
                {
                  facilitatorId: value,
                  ...(value && value === draft.pairFacilitatorId ? { pairFacilitatorId: null } : {}),
                },
                ['facilitatorId', 'facilitatorIds'],
              )
            }
            options={workers}
            error={fieldError('facilitatorId')}
            isRequired
          />
          <SelectInput
            id="group-pair-facilitator"
            label={t('groups.form.pairFacilitator')}
            description={t('groups.form.pairFacilitatorHint')}
            placeholder={t('form.choose')}
            noneLabel={t('groups.form.noPair')}
            value={draft.pairFacilitatorId}
            onChange={(value) =>
              change({ pairFacilitatorId: value }, ['pairFacilitatorId', 'facilitatorIds'])
            }
            options={workers.filter((w) => w.value !== draft.facilitatorId)}
            error={pairError}
          />
        </div>
      ) : (
        <Loading />
      )}
      <TextAreaInput
        id="group-description"
        label={t('groups.form.description')}
        description={t('groups.form.descriptionHint')}
        value={draft.description}
        onChange={(description) => change({ description })}
        maxLength={1000}
        rows={3}
        error={fieldError('description')}
      />
    </FormDialog>
  );
}
