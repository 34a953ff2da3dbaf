import { useQueryClient } from '@tanstack/react-query';
import {
  type AdminOrganisation,
  type AdminUnit,
  type AdminUser,
  type UserInput,
  userRoles,
  zUserInput,
} from '@verkosto/domain';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { addAccount, changeAccount, refreshStructure } from '../../api/admin';
import { ErrorSummary, ReloadButton, type SummaryField } from '../../components/ErrorSummary';
import { FormDialog } from '../../components/FormDialog';
import { CheckboxGroupInput, RadioGroupInput, SelectInput, TextInput } from '../../components/fields';
import { noErrors } from '../../components/form-errors';
import { StatusMessage } from '../../components/StatusMessage';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import {
  type AccountDraft,
  type AccountField,
  accountBody,
  accountDraftOf,
  needsUnits,
  unitsOfOrganisation,
  withOrganisation,
} from './account-draft';
import { RecordFormTrigger } from './RecordFormTrigger';
import { useRecordForm } from './useRecordForm';

interface Props {
  /** The account to change; null to add a new one. */
  user: AdminUser | null;
  organisations: readonly AdminOrganisation[];
  units: readonly AdminUnit[];
  /** `oneTimePassword` only for a new account: the page shows it once and keeps it nowhere else. */
  onSaved: (saved: AdminUser, oneTimePassword: string | null) => void;
  /** Reads the list again and gives this account as it is now. */
  onReload: (id: string) => Promise<AdminUser | undefined>;
}

const order: AccountField[] = [
  'username',
  'displayName',
  'title',
  'role',
  'organisationId',
  'unitIds',
  'email',
  'oidcSubject',
];

/**
 * A new account, or a change over the version the admin saw. The username and organisation are set
 * once, when the account is made; a new role or units end the account's sessions on the server.
 */
export function AccountForm({ user, organisations, units, onSaved, onReload }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useRecordForm(user, accountDraftOf);
  const { draft, setDraft } = form;
  // Between the server's answer and the page: never in the mutation's result, so in no cache.
  const password = useRef<string | null>(null);
  const idPrefix = user ? `account-${user.id}` : 'account-new';
  const { errors, setErrors, clearFieldErrors, attempt, submit, fieldError, isPending } = useCheckedSubmit({
    schema: zUserInput,
    send: async (input: UserInput) => {
      if (user) return changeAccount(user.id, { version: form.base, user: input });
      const created = await addAccount(input);
      password.current = created.oneTimePassword;
      return created.user;
    },
    errorPrefix: 'user',
    onSuccess: (saved) => {
      const issued = password.current;
      password.current = null;
      void refreshStructure(queryClient);
      form.setOpen(false);
      onSaved(saved, issued);
    },
  });

  const reload = async () => {
    if (!user) return;
    const latest = await onReload(user.id);
    if (!latest) {
      form.setOpen(false);
      return;
    }
    form.applyLatest(latest);
    setErrors(noErrors);
  };

  const change = (next: (d: AccountDraft) => AccountDraft, field: AccountField) => {
    setDraft(next);
    clearFieldErrors([field]);
  };

  const label: Record<AccountField, string> = {
    username: t('admin.users.form.username'),
    displayName: t('admin.users.form.displayName'),
    title: t('admin.users.form.title'),
    role: t('admin.users.form.role'),
    organisationId: t('admin.users.form.organisation'),
    unitIds: t('admin.users.form.units'),
    email: t('admin.users.form.email'),
    oidcSubject: t('admin.users.form.oidcSubject'),
  };
  const fields: SummaryField[] = order.map((path) => ({
    path,
    controlId: `${idPrefix}-${path}`,
    label: label[path],
  }));
  const unitChoices = unitsOfOrganisation(units, draft.organisationId);
  const organisationName = organisations.find((o) => o.id === draft.organisationId)?.name ?? '';

  return (
    <FormDialog
      trigger={
        <RecordFormTrigger
          editFor={user ? t('admin.users.editFor', { name: user.displayName }) : null}
          add={t('admin.users.add')}
        />
      }
      isOpen={form.isOpen}
      onOpenChange={(open) => form.openChange(open, () => setErrors(noErrors))}
      pending={isPending}
      wide
      title={
        user ? t('admin.users.form.editTitle', { name: user.displayName }) : t('admin.users.form.addTitle')
      }
      header={
        <>
          <p>{user ? t('admin.users.form.editIntro') : t('admin.users.form.addIntro')}</p>
          {user && (
            <dl className="facts">
              <div>
                <dt>{label.username}</dt>
                <dd className="code">{user.username}</dd>
              </div>
              <div>
                <dt>{label.organisationId}</dt>
                <dd>{user.organisation.name}</dd>
              </div>
            </dl>
          )}
          <StatusMessage>{form.reloaded ? t('form.reloaded') : null}</StatusMessage>
          <ErrorSummary
            errors={errors}
            fields={fields}
            focusKey={attempt}
            action={
              user && errors.general === 'stale_version' ? <ReloadButton onReload={reload} /> : undefined
            }
          />
        </>
      }
      onSubmit={(e) => submit(e, accountBody(draft, units))}
      submitText={user ? t('form.save') : t('admin.users.form.addSubmit')}
    >
      {!user && (
        <TextInput
          id={`${idPrefix}-username`}
          label={label.username}
          description={t('admin.users.form.usernameHint')}
          value={draft.username}
          onChange={(username) => change((d) => ({ ...d, username }), 'username')}
          maxLength={100}
          size="medium"
          autoComplete="off"
          spellCheck={false}
          error={fieldError('username')}
          isRequired
        />
      )}
      <TextInput
        id={`${idPrefix}-displayName`}
        label={label.displayName}
        description={t('admin.users.form.displayNameHint')}
        value={draft.displayName}
        onChange={(displayName) => change((d) => ({ ...d, displayName }), 'displayName')}
        maxLength={160}
        autoComplete="off"
        error={fieldError('displayName')}
        isRequired
      />
      <TextInput
        id={`${idPrefix}-title`}
        label={label.title}
        description={t('admin.users.form.titleHint')}
        value={draft.title}
        onChange={(title) => change((d) => ({ ...d, title }), 'title')}
        maxLength={120}
        autoComplete="off"
        error={fieldError('title')}
      />
      <RadioGroupInput
        id={`${idPrefix}-role`}
        label={label.role}
        value={draft.role}
        onChange={(role) => change((d) => ({ ...d, role }), 'role')}
        options={userRoles.map((r) => ({
          value: r,
          label: t(`enums.userRole.${r}`),
          detail: t(`admin.users.roleDetail.${r}`),
        }))}
        error={fieldError('role')}
        isRequired
      />
      {!user && (
        <SelectInput
          id={`${idPrefix}-organisationId`}
          label={label.organisationId}
          description={t('admin.users.form.organisationHint')}
          value={draft.organisationId}
          onChange={(organisationId) =>
            change((d) => withOrganisation(d, organisationId, units), 'organisationId')
          }
          options={organisations.map((o) => ({ value: o.id, label: o.name }))}
          placeholder={t('form.choose')}
          error={fieldError('organisationId')}
          isRequired
        />
      )}
      {draft.organisationId === null ? (
        <p className="muted" id={`${idPrefix}-unitIds`}>
          {t('admin.users.form.unitsFirstOrganisation')}
        </p>
      ) : unitChoices.length === 0 ? (
        <p className="muted" id={`${idPrefix}-unitIds`}>
          {t('admin.users.form.noUnits', { organisation: organisationName })}
        </p>
      ) : (
        <CheckboxGroupInput
          id={`${idPrefix}-unitIds`}
          label={label.unitIds}
          description={
            needsUnits(draft.role)
              ? t('admin.users.form.unitsRequired', { organisation: organisationName })
              : t('admin.users.form.unitsHint', { organisation: organisationName })
          }
          value={draft.unitIds}
          onChange={(unitIds) => change((d) => ({ ...d, unitIds }), 'unitIds')}
          options={unitChoices.map((u) => ({ value: u.id, label: u.name }))}
          error={fieldError('unitIds')}
        />
      )}
      <TextInput
        id={`${idPrefix}-email`}
        label={label.email}
        description={t('admin.users.form.emailHint')}
        value={draft.email}
        onChange={(email) => change((d) => ({ ...d, email }), 'email')}
        type="email"
        inputMode="email"
        maxLength={200}
        autoComplete="off"
        spellCheck={false}
        error={fieldError('email')}
      />
      <TextInput
        id={`${idPrefix}-oidcSubject`}
        label={label.oidcSubject}
        description={t('admin.users.form.oidcSubjectHint')}
        value={draft.oidcSubject}
        onChange={(oidcSubject) => change((d) => ({ ...d, oidcSubject }), 'oidcSubject')}
        maxLength={300}
        autoComplete="off"
        spellCheck={false}
        error={fieldError('oidcSubject')}
      />
    </FormDialog>
  );
}
