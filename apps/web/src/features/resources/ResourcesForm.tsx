import { useQueryClient } from '@tanstack/react-query';
import { type ResourcesPanel, type RiskFactor, riskFactors, zResourcesInput } from '@verkosto/domain';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { refreshResources, resourcesKey, saveResources } from '../../api/resources';
import { ErrorSummary, ReloadButton, type SummaryField } from '../../components/ErrorSummary';
import { FormDialog } from '../../components/FormDialog';
import { CheckboxInput, TextAreaInput, TextInput } from '../../components/fields';
import { noErrors } from '../../components/form-errors';
import { Icon } from '../../components/Icon';
import { StatusMessage } from '../../components/StatusMessage';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { bodyOf, draftOf, newMember, ownWords, type ResourcesDraft } from './resources-draft';

interface Props {
  caseId: string;
  panel: ResourcesPanel;
  onSaved: () => void;
  /** Reads the panel again, after someone else saved first. */
  onReload: () => Promise<ResourcesPanel | undefined>;
}

/** Writing down the family's strengths, the risks named and what protects, in a dialog over the case page. */
export function ResourcesForm({ caseId, panel, onSaved, onReload }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [isOpen, setOpen] = useState(false);
  const [draft, setDraft] = useState<ResourcesDraft>(() => draftOf(panel.resources));
  const [version, setVersion] = useState(panel.resources?.version ?? 0);
  const [reloaded, setReloaded] = useState(false);
  const [kept, setKept] = useState<string[]>([]);
  // The risks as sent, in the checklist's order: the server's paths `risks.N.note` count these.
  const named = riskFactors.filter((f) => draft.risks[f] !== undefined);
  const { errors, setErrors, clearFieldErrors, attempt, submit, fieldError, isPending } = useCheckedSubmit({
    schema: zResourcesInput,
    send: (body) => saveResources(caseId, body),
    onSuccess: (saved) => {
      queryClient.setQueryData(resourcesKey(caseId), saved);
      void refreshResources(queryClient, caseId);
      setOpen(false);
      onSaved();
    },
  });

  const openChange = (open: boolean) => {
    setOpen(open);
    if (open) {
      setDraft(draftOf(panel.resources));
      setVersion(panel.resources?.version ?? 0);
      setErrors(noErrors);
      setReloaded(false);
      setKept([]);
    }
  };

  // Someone else saved first: their version comes into the form, and the words written here stay in view.
  const reload = async () => {
    const latest = await onReload();
    if (!latest) {
      setOpen(false);
      return;
    }
    const theirs = draftOf(latest.resources);
    setKept(ownWords(draft, theirs));
    setDraft(theirs);
    setVersion(latest.resources?.version ?? 0);
    setErrors(noErrors);
    setReloaded(true);
  };

  const update = (next: Partial<ResourcesDraft>, paths: string[]) => {
    setDraft((d) => ({ ...d, ...next }));
    clearFieldErrors(paths);
  };
  const setMember = (index: number, key: 'name' | 'strengths', value: string) => {
    setDraft((d) => ({ ...d, members: d.members.map((m, i) => (i === index ? { ...m, [key]: value } : m)) }));
    clearFieldErrors([`memberStrengths.${index}.${key}`]);
  };
  const removeMember = (index: number) => {
    const paths = draft.members.flatMap((_, i) => [
      `memberStrengths.${i}.name`,
      `memberStrengths.${i}.strengths`,
    ]);
    update({ members: draft.members.filter((_, i) => i !== index) }, paths);
  };
  const toggleRisk = (factor: RiskFactor, on: boolean) => {
    const risks = { ...draft.risks };
    if (on) risks[factor] = '';
    else delete risks[factor];
    update({ risks }, ['risks', ...named.map((_, i) => `risks.${i}.note`)]);
  };
  const riskLabel = (f: RiskFactor) => t(`enums.riskFactor.${f}`);

  const fields: SummaryField[] = [
    { path: 'familyStrengths', controlId: 'resources-family', label: t('resources.form.familyStrengths') },
    ...draft.members.flatMap((m, i) => [
      {
        path: `memberStrengths.${i}.name`,
        controlId: `resources-member-${m.key}-name`,
        label: t('resources.form.memberName'),
      },
      {
        path: `memberStrengths.${i}.strengths`,
        controlId: `resources-member-${m.key}-strengths`,
        label: t('resources.form.memberStrengthsOf', { name: m.name || String(i + 1) }),
      },
    ]),
    { path: 'risks', controlId: 'resources-risks', label: t('resources.form.risks') },
    ...named.map((f, i) => ({
      path: `risks.${i}.note`,
      controlId: `resources-risk-${f}-note`,
      label: t('resources.form.riskNoteFor', { risk: riskLabel(f) }),
    })),
    { path: 'protectiveFactors', controlId: 'resources-protective', label: t('resources.form.protective') },
  ];

  return (
    <FormDialog
      trigger={
        <Button className={panel.resources ? 'button button-secondary' : 'button button-primary'}>
          <Icon name={panel.resources ? 'edit' : 'plus'} />
          {panel.resources ? t('resources.edit') : t('resources.add')}
        </Button>
      }
      isOpen={isOpen}
      onOpenChange={openChange}
      pending={isPending}
      wide
      title={t('resources.form.title')}
      header={
        <>
          <p>{t('resources.form.intro')}</p>
          <StatusMessage>{reloaded ? t('form.reloaded') : null}</StatusMessage>
          {kept.length > 0 && (
            <div className="notice notice-info resources-kept">
              <Icon name="info" />
              <div>
                <p>{t('resources.form.keptIntro')}</p>
                {kept.map((text) => (
                  <p key={text} className="prewrap">
                    {text}
                  </p>
                ))}
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
      onSubmit={(e) => submit(e, bodyOf(draft, version))}
      submitText={t('resources.form.submit')}
    >
      <TextAreaInput
        id="resources-family"
        label={t('resources.form.familyStrengths')}
        description={t('resources.form.familyStrengthsHint')}
        value={draft.familyStrengths}
        onChange={(value) => update({ familyStrengths: value }, ['familyStrengths'])}
        maxLength={2000}
        rows={3}
        error={fieldError('familyStrengths')}
      />
      <fieldset className="fieldset resources-members">
        <legend>{t('resources.form.members')}</legend>
        <p className="field-description">{t('resources.form.membersHint')}</p>
        {draft.members.map((m, i) => (
          <div key={m.key} className="resources-member-row">
            <TextInput
              id={`resources-member-${m.key}-name`}
              label={t('resources.form.memberName')}
              value={m.name}
              onChange={(value) => setMember(i, 'name', value)}
              maxLength={120}
              size="medium"
              autoComplete="off"
              error={fieldError(`memberStrengths.${i}.name`)}
              isRequired
            />
            <TextAreaInput
              id={`resources-member-${m.key}-strengths`}
              label={t('resources.form.memberStrengthsOf', { name: m.name.trim() || String(i + 1) })}
              value={m.strengths}
              onChange={(value) => setMember(i, 'strengths', value)}
              maxLength={1000}
              rows={2}
              error={fieldError(`memberStrengths.${i}.strengths`)}
              isRequired
            />
            <Button
              className="button button-secondary button-small"
              onPress={() => removeMember(i)}
              aria-label={t('resources.form.removeMemberFor', { name: m.name.trim() || String(i + 1) })}
            >
              <Icon name="close" />
              {t('resources.form.removeMember')}
            </Button>
          </div>
        ))}
        {draft.members.length < 20 && (
          <Button
            className="button button-secondary"
            onPress={() => update({ members: [...draft.members, newMember()] }, [])}
          >
            <Icon name="plus" />
            {t('resources.form.addMember')}
          </Button>
        )}
      </fieldset>
      <fieldset className="fieldset resources-risks" id="resources-risks">
        <legend>{t('resources.form.risks')}</legend>
        <p className="field-description">{t('resources.form.risksHint')}</p>
        {fieldError('risks') && <p className="field-error">{fieldError('risks')}</p>}
        <ul className="resources-checklist">
          {riskFactors.map((f) => {
            const index = named.indexOf(f);
            const note = draft.risks[f];
            return (
              <li key={f}>
                <CheckboxInput
                  id={`resources-risk-${f}`}
                  label={riskLabel(f)}
                  isSelected={note !== undefined}
                  onChange={(on) => toggleRisk(f, on)}
                />
                {note !== undefined && (
                  <TextInput
                    id={`resources-risk-${f}-note`}
                    className="resources-risk-note"
                    label={t('resources.form.riskNoteFor', { risk: riskLabel(f) })}
                    value={note}
                    onChange={(value) =>
                      update({ risks: { ...draft.risks, [f]: value } }, [`risks.${index}.note`])
                    }
                    maxLength={500}
                    autoComplete="off"
                    error={fieldError(`risks.${index}.note`)}
                  />
                )}
              </li>
            );
          })}
        </ul>
      </fieldset>
      <TextAreaInput
        id="resources-protective"
        label={t('resources.form.protective')}
        description={t('resources.form.protectiveHint')}
        value={draft.protectiveFactors}
        onChange={(value) => update({ protectiveFactors: value }, ['protectiveFactors'])}
        maxLength={2000}
        rows={3}
        error={fieldError('protectiveFactors')}
      />
    </FormDialog>
  );
}
