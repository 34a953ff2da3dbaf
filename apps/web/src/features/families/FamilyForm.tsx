import { useMutation } from '@tanstack/react-query';
import type { FamilyInput } from '@verkosto/domain';
import { zFamilyInput } from '@verkosto/domain';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary, type SummaryField } from '../../components/ErrorSummary';
import { TextInput } from '../../components/fields';
import {
  type FormErrors,
  fromApiError,
  fromIssues,
  noErrors,
  withoutFields,
} from '../../components/form-errors';
import { listName } from '../../components/names';
import { PendingButton } from '../../components/PendingButton';
import { StatusMessage } from '../../components/StatusMessage';
import { PersonPicker } from '../persons/PersonPicker';
import {
  draftFromValues,
  type FamilyFormValues,
  type MemberRow,
  memberFromPerson,
} from './family-form-values';
import { MemberList } from './MemberList';

interface Props {
  mode: 'create' | 'edit';
  initial: FamilyFormValues;
  /** A member to add once known, e.g. the person the user came from. */
  preselected?: MemberRow | null;
  onSave: (input: FamilyInput) => Promise<void>;
  onReload?: () => Promise<void>;
  notice?: string | null;
  cancelTo: string;
}

export function FamilyForm({ mode, initial, preselected, onSave, onReload, notice, cancelTo }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState<FamilyFormValues>(initial);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [attempt, setAttempt] = useState(0);
  const [announcement, setAnnouncement] = useState<string | null>(notice ?? null);
  const membersHeading = useRef<HTMLHeadingElement>(null);
  const added = useRef(false);
  const [focusRole, setFocusRole] = useState<number | null>(null);

  // After adding a member, the next thing to do is to choose their role.
  useEffect(() => {
    if (focusRole === null) return;
    document.getElementById(`member-${focusRole}-role`)?.focus();
    setFocusRole(null);
  }, [focusRole]);

  useEffect(() => {
    if (!preselected || added.current) return;
    added.current = true;
    setValues((v) =>
      v.members.some((m) => m.personId === preselected.personId)
        ? v
        : { ...v, members: [preselected, ...v.members] },
    );
  }, [preselected]);

  const mutation = useMutation({
    mutationFn: onSave,
    onError: (error) => {
      setErrors(fromApiError(error, 'family'));
      setAttempt((n) => n + 1);
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const draft = draftFromValues(values);
    const parsed = zFamilyInput.safeParse(draft);
    if (!parsed.success) {
      setErrors(fromIssues(parsed.error.issues, draft));
      setAttempt((n) => n + 1);
      return;
    }
    setErrors(noErrors);
    mutation.mutate(parsed.data);
  };

  const changeMember = (index: number, patch: Partial<MemberRow>) => {
    setValues((v) => ({ ...v, members: v.members.map((m, i) => (i === index ? { ...m, ...patch } : m)) }));
    setErrors((e) =>
      withoutFields(
        e,
        Object.keys(patch).map((key) => `members.${index}.${key}`),
      ),
    );
  };

  const removeMember = (index: number) => {
    const removed = values.members[index];
    setValues((v) => ({ ...v, members: v.members.filter((_, i) => i !== index) }));
    // Field errors point at positions that just moved: clear them rather than show them on the wrong person.
    setErrors(noErrors);
    if (removed) setAnnouncement(t('families.form.removed', { name: listName(removed) }));
    membersHeading.current?.focus();
  };

  const fields: SummaryField[] = [
    { path: 'name', controlId: 'family-name', label: t('families.form.name') },
    { path: 'members', controlId: 'family-picker-name', label: t('families.form.members') },
    ...values.members.flatMap((m, i) => [
      { path: `members.${i}.personId`, controlId: `member-${i}-remove`, label: listName(m) },
      {
        path: `members.${i}.role`,
        controlId: `member-${i}-role`,
        label: `${listName(m)}, ${t('families.form.role')}`,
      },
    ]),
  ];
  const nameError = errors.fields.name ? t(`errors.field.${errors.fields.name}`) : undefined;
  const membersError = errors.fields.members ? t(`errors.field.${errors.fields.members}`) : undefined;

  return (
    <>
      <StatusMessage>{announcement}</StatusMessage>
      <ErrorSummary
        errors={errors}
        fields={fields}
        focusKey={attempt}
        action={
          errors.general === 'stale_version' && onReload ? (
            <Button className="button button-secondary" onPress={() => void onReload()}>
              {t('form.reload')}
            </Button>
          ) : undefined
        }
      />
      <Form
        onSubmit={submit}
        validationBehavior="aria"
        className="form"
        aria-label={t('families.form.formLabel')}
      >
        <TextInput
          id="family-name"
          label={t('families.form.name')}
          description={t('families.form.nameHint')}
          value={values.name}
          onChange={(name) => {
            setValues((v) => ({ ...v, name }));
            setErrors((e) => withoutFields(e, ['name']));
          }}
          error={nameError}
          isRequired
          autoComplete="off"
          size="medium"
        />
        <section aria-labelledby="family-members-title" className="fieldset">
          <h2 id="family-members-title" ref={membersHeading} tabIndex={-1}>
            {t('families.form.members')}
          </h2>
          {membersError && (
            <p className="field-error">
              {membersError} {t('families.form.membersHint')}
            </p>
          )}
          <MemberList
            members={values.members}
            errors={errors}
            onChange={changeMember}
            onRemove={removeMember}
          />
          <PersonPicker
            idPrefix="family-picker"
            heading={t('families.form.addMember')}
            pickText={t('families.form.add')}
            pickLabel={(name) => t('families.form.addNamed', { name })}
            isPicked={(id) => values.members.some((m) => m.personId === id)}
            onPick={(person) => {
              setValues((v) => ({ ...v, members: [...v.members, memberFromPerson(person)] }));
              setErrors((e) => withoutFields(e, ['members']));
              setFocusRole(values.members.length);
              setAnnouncement(t('families.form.added', { name: listName(person) }));
            }}
          />
        </section>
        <div className="form-actions">
          <PendingButton type="submit" className="button button-primary" pending={mutation.isPending}>
            {mode === 'create' ? t('families.form.create') : t('form.save')}
          </PendingButton>
          <Link to={cancelTo} className="button button-secondary">
            {t('common.cancel')}
          </Link>
        </div>
      </Form>
    </>
  );
}
