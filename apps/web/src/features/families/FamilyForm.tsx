import type { FamilyInput } from '@verkosto/domain';
import { zFamilyInput } from '@verkosto/domain';
import { useEffect, useRef, useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, ReloadButton, type SummaryField } from '../../components/ErrorSummary';
import { TextInput } from '../../components/fields';
import { noErrors } from '../../components/form-errors';
import { listName } from '../../components/names';
import { StatusMessage } from '../../components/StatusMessage';
import { SubmitOrCancel } from '../../components/SubmitOrCancel';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
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
  const { errors, setErrors, clearFieldErrors, attempt, submit, fieldError, isPending } = useCheckedSubmit({
    schema: zFamilyInput,
    send: (family) => onSave(family),
    errorPrefix: 'family',
  });
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

  const changeMember = (index: number, patch: Partial<MemberRow>) => {
    setValues((v) => ({ ...v, members: v.members.map((m, i) => (i === index ? { ...m, ...patch } : m)) }));
    clearFieldErrors(Object.keys(patch).map((key) => `members.${index}.${key}`));
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
  const membersError = fieldError('members');

  return (
    <>
      <StatusMessage>{announcement}</StatusMessage>
      <ErrorSummary
        errors={errors}
        fields={fields}
        focusKey={attempt}
        action={
          errors.general === 'stale_version' && onReload ? <ReloadButton onReload={onReload} /> : undefined
        }
      />
      <Form
        onSubmit={(event) => submit(event, draftFromValues(values))}
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
            clearFieldErrors(['name']);
          }}
          error={fieldError('name')}
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
              clearFieldErrors(['members']);
              setFocusRole(values.members.length);
              setAnnouncement(t('families.form.added', { name: listName(person) }));
            }}
          />
        </section>
        <SubmitOrCancel
          pending={isPending}
          submitText={mode === 'create' ? t('families.form.create') : t('form.save')}
          cancelTo={cancelTo}
        />
      </Form>
    </>
  );
}
