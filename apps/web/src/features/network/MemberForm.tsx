import { useQueryClient } from '@tanstack/react-query';
import {
  clientChoices,
  memberKinds,
  type Network,
  type NetworkMember,
  networkSectors,
  relationshipQualities,
  supportDirections,
  zNetworkMemberInput,
} from '@verkosto/domain';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { addMember, refreshNetwork, updateMember } from '../../api/network';
import { ErrorSummary, ReloadButton, type SummaryField } from '../../components/ErrorSummary';
import { FormDialog } from '../../components/FormDialog';
import { CheckboxInput, SelectInput, TextAreaInput, TextInput } from '../../components/fields';
import { noErrors } from '../../components/form-errors';
import { Icon } from '../../components/Icon';
import { StatusMessage } from '../../components/StatusMessage';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { LinkedUserField } from './LinkedUserField';
import { bodyOf, draftOf, emptyDraft, type MemberDraft, ringChoices, withUser } from './member-draft';

interface Props {
  caseId: string;
  /** The member to edit; without one the form adds a new member. */
  member?: NetworkMember;
  onSaved: () => void;
  /** Reads the network again, after someone else saved the member first. */
  onReload: () => Promise<Network | undefined>;
}

/** Adding a network member, or editing one, in a dialog over the case page. */
export function MemberForm({ caseId, member, onSaved, onReload }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [isOpen, setOpen] = useState(false);
  const [draft, setDraft] = useState<MemberDraft>(emptyDraft);
  const [version, setVersion] = useState(member?.version ?? 0);
  const [reloaded, setReloaded] = useState(false);
  const { errors, setErrors, clearFieldErrors, attempt, submit, fieldError, isPending } = useCheckedSubmit({
    schema: zNetworkMemberInput,
    send: (body) => (member ? updateMember(member.id, version, body) : addMember(caseId, body)),
    errorPrefix: 'member',
    onSuccess: () => {
      void refreshNetwork(queryClient, caseId);
      setOpen(false);
      onSaved();
    },
  });

  const openChange = (open: boolean) => {
    setOpen(open);
    if (open) {
      setDraft(member ? draftOf(member) : emptyDraft());
      setVersion(member?.version ?? 0);
      setErrors(noErrors);
      setReloaded(false);
    }
  };

  const reload = async () => {
    const latest = (await onReload())?.members.find((m) => m.id === member?.id);
    if (!latest) {
      setOpen(false);
      return;
    }
    setDraft(draftOf(latest));
    setVersion(latest.version);
    setErrors(noErrors);
    setReloaded(true);
  };

  const change = <K extends keyof MemberDraft>(key: K, value: MemberDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    clearFieldErrors([key]);
  };

  const fields: SummaryField[] = [
    ['kind', 'network-kind', t('network.form.kind')],
    ['userId', 'network-user', t('network.form.user')],
    ['name', 'network-name', t('network.form.name')],
    ['relation', 'network-relation', t('network.form.relation')],
    ['sector', 'network-sector', t('network.form.sector')],
    ['ring', 'network-ring', t('network.form.ring')],
    ['quality', 'network-quality', t('network.form.quality')],
    ['supportDirection', 'network-support', t('network.form.support')],
    ['clientChoice', 'network-choice', t('network.form.clientChoice')],
    ['invited', 'network-invited', t('network.form.invited')],
    ['sharedWithFamily', 'network-shared', t('network.form.shared')],
    ['roleInWork', 'network-role', t('network.form.roleInWork')],
    ['organisation', 'network-organisation', t('network.form.organisation')],
    ['title', 'network-job-title', t('network.form.title')],
    ['phone', 'network-phone', t('network.form.phone')],
    ['email', 'network-email', t('network.form.email')],
  ].map(([path, controlId, label]) => ({ path, controlId, label }) as SummaryField);

  return (
    <FormDialog
      trigger={
        member ? (
          <Button
            className="button button-secondary button-small"
            aria-label={t('network.edit.openFor', { name: member.name })}
          >
            <Icon name="edit" />
            {t('network.edit.open')}
          </Button>
        ) : (
          <Button className="button button-primary">
            <Icon name="plus" />
            {t('network.add')}
          </Button>
        )
      }
      isOpen={isOpen}
      onOpenChange={openChange}
      pending={isPending}
      wide
      title={member ? t('network.form.editTitle') : t('network.form.addTitle')}
      header={
        <>
          <p>{t('network.form.intro')}</p>
          <StatusMessage>{reloaded ? t('form.reloaded') : null}</StatusMessage>
          <ErrorSummary
            errors={errors}
            fields={fields}
            focusKey={attempt}
            action={errors.general === 'stale_version' ? <ReloadButton onReload={reload} /> : undefined}
          />
        </>
      }
      onSubmit={(event) => submit(event, bodyOf(draft))}
      submitText={member ? t('network.form.submitEdit') : t('network.form.submitAdd')}
    >
      <SelectInput
        id="network-kind"
        label={t('network.form.kind')}
        placeholder={t('form.choose')}
        value={draft.kind}
        onChange={(value) => value && change('kind', value)}
        options={memberKinds.map((value) => ({ value, label: t(`enums.memberKind.${value}`) }))}
        error={fieldError('kind')}
        isRequired
      />
      {draft.kind === 'professional' && (
        <LinkedUserField
          value={draft.userId}
          memberName={draft.name}
          onChange={(userId, worker) => {
            const next = withUser(draft, userId, worker);
            setDraft(next);
            // The fields the user's details filled in stop saying they are empty.
            clearFieldErrors([
              'userId',
              ...(['name', 'title', 'organisation'] as const).filter((k) => next[k] !== draft[k]),
            ]);
          }}
          error={fieldError('userId')}
        />
      )}
      <TextInput
        id="network-name"
        label={t('network.form.name')}
        description={t('network.form.nameHint')}
        value={draft.name}
        onChange={(value) => change('name', value)}
        maxLength={120}
        spellCheck={false}
        error={fieldError('name')}
        isRequired
      />
      <TextInput
        id="network-relation"
        label={t('network.form.relation')}
        description={t('network.form.relationHint')}
        value={draft.relation}
        onChange={(value) => change('relation', value)}
        maxLength={80}
        size="medium"
        error={fieldError('relation')}
        isRequired
      />
      <div className="field-row">
        <SelectInput
          id="network-sector"
          label={t('network.form.sector')}
          placeholder={t('form.choose')}
          value={draft.sector}
          onChange={(value) => change('sector', value)}
          options={networkSectors.map((value) => ({
            value,
            label: t(`enums.networkSector.${value}`),
          }))}
          error={fieldError('sector')}
          isRequired
        />
        <SelectInput
          id="network-ring"
          label={t('network.form.ring')}
          description={t('network.form.ringHint')}
          placeholder={t('form.choose')}
          value={draft.ring}
          onChange={(value) => change('ring', value)}
          options={ringChoices.map((value) => ({ value, label: t(`network.ringOption.${value}`) }))}
          error={fieldError('ring')}
          isRequired
        />
      </div>
      <div className="field-row">
        <SelectInput
          id="network-quality"
          label={t('network.form.quality')}
          placeholder={t('form.choose')}
          value={draft.quality}
          onChange={(value) => change('quality', value)}
          options={relationshipQualities.map((value) => ({
            value,
            label: t(`enums.relationshipQuality.${value}`),
          }))}
          error={fieldError('quality')}
          isRequired
        />
        <SelectInput
          id="network-support"
          label={t('network.form.support')}
          placeholder={t('form.choose')}
          value={draft.supportDirection}
          onChange={(value) => change('supportDirection', value)}
          options={supportDirections.map((value) => ({
            value,
            label: t(`enums.supportDirection.${value}`),
          }))}
          error={fieldError('supportDirection')}
          isRequired
        />
      </div>
      <SelectInput
        id="network-choice"
        label={t('network.form.clientChoice')}
        description={t('network.form.clientChoiceHint')}
        placeholder={t('form.choose')}
        value={draft.clientChoice}
        onChange={(value) => {
          if (!value) return;
          // Someone the client does not want, or has not been asked about, is not invited.
          setDraft((d) => ({ ...d, clientChoice: value, invited: value === 'wanted' && d.invited }));
          clearFieldErrors(['clientChoice', 'invited']);
        }}
        options={clientChoices.map((value) => ({ value, label: t(`enums.clientChoice.${value}`) }))}
        error={fieldError('clientChoice')}
        isRequired
      />
      <div className="field">
        <CheckboxInput
          id="network-invited"
          label={t('network.form.invited')}
          isSelected={draft.invited}
          onChange={(value) => change('invited', value)}
          isDisabled={draft.clientChoice !== 'wanted'}
          describedBy="network-invited-hint"
          error={fieldError('invited')}
        />
        <p id="network-invited-hint" className="field-description">
          {t('network.form.invitedHint')}
        </p>
        {fieldError('invited') && (
          <p className="field-error">
            <Icon name="alert" />
            <span>{fieldError('invited')}</span>
          </p>
        )}
      </div>
      <div className="field">
        <CheckboxInput
          id="network-shared"
          label={t('network.form.shared')}
          isSelected={draft.sharedWithFamily}
          onChange={(value) => change('sharedWithFamily', value)}
          describedBy="network-shared-hint"
          error={fieldError('sharedWithFamily')}
        />
        <p id="network-shared-hint" className="field-description">
          {t('network.form.sharedHint')}
        </p>
      </div>
      <TextAreaInput
        id="network-role"
        label={t('network.form.roleInWork')}
        description={t('network.form.roleInWorkHint')}
        value={draft.roleInWork}
        onChange={(value) => change('roleInWork', value)}
        maxLength={300}
        rows={2}
        error={fieldError('roleInWork')}
      />
      {draft.kind === 'professional' && (
        <>
          <div className="field-row">
            <TextInput
              id="network-organisation"
              label={t('network.form.organisation')}
              value={draft.organisation}
              onChange={(value) => change('organisation', value)}
              maxLength={120}
              size="medium"
              error={fieldError('organisation')}
            />
            <TextInput
              id="network-job-title"
              label={t('network.form.title')}
              value={draft.title}
              onChange={(value) => change('title', value)}
              maxLength={120}
              size="medium"
              error={fieldError('title')}
            />
          </div>
          <div className="field-row">
            <TextInput
              id="network-phone"
              type="tel"
              label={t('network.form.phone')}
              value={draft.phone}
              onChange={(value) => change('phone', value)}
              maxLength={30}
              size="medium"
              autoComplete="off"
              error={fieldError('phone')}
            />
            <TextInput
              id="network-email"
              type="email"
              label={t('network.form.email')}
              value={draft.email}
              onChange={(value) => change('email', value)}
              maxLength={200}
              size="medium"
              autoComplete="off"
              error={fieldError('email')}
            />
          </div>
        </>
      )}
    </FormDialog>
  );
}
