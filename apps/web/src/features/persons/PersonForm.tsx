import { useMutation } from '@tanstack/react-query';
import type { PersonInput, PersonKeptField } from '@verkosto/domain';
import { languageCodes, zPersonInput } from '@verkosto/domain';
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary, type SummaryField } from '../../components/ErrorSummary';
import { CheckboxGroupInput, CheckboxInput, TextInput } from '../../components/fields';
import {
  type FormErrors,
  fromApiError,
  fromIssues,
  noErrors,
  withoutFields,
} from '../../components/form-errors';
import { PendingButton } from '../../components/PendingButton';
import { StatusMessage } from '../../components/StatusMessage';
import { AddressFields } from './AddressFields';
import { IdentityCodeField } from './IdentityCodeField';
import { inputFromValues, keptFromValues, type PersonFormValues } from './person-form-values';

interface Props {
  mode: 'create' | 'edit';
  initial: PersonFormValues;
  personId?: string;
  /** The stored identity code, masked, when editing a person who has one. */
  maskedCode?: string | null;
  /** `keep` names the stored fields the editor did not see, to be left as they are. */
  onSave: (input: PersonInput, keep: PersonKeptField[]) => Promise<void>;
  /** After a conflict: fetch the latest details (the page then shows the form with them). */
  onReload?: () => Promise<void>;
  /** A polite message above the form, e.g. after reloading. */
  notice?: string | null;
  cancelTo: string;
}

export function PersonForm({
  mode,
  initial,
  personId,
  maskedCode = null,
  onSave,
  onReload,
  notice,
  cancelTo,
}: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState<PersonFormValues>(initial);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [attempt, setAttempt] = useState(0);
  const change = (patch: Partial<PersonFormValues>) => {
    setValues((v) => ({ ...v, ...patch }));
    const paths: string[] = Object.keys(patch);
    if ('identityCodeMode' in patch) paths.push('identityCode');
    setErrors((e) => withoutFields(e, paths));
  };

  const mutation = useMutation({
    mutationFn: ({ input, keep }: { input: PersonInput; keep: PersonKeptField[] }) => onSave(input, keep),
    onError: (error) => {
      setErrors(fromApiError(error, 'person'));
      setAttempt((n) => n + 1);
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const input = inputFromValues(values);
    const parsed = zPersonInput.safeParse(input);
    if (!parsed.success) {
      setErrors(fromIssues(parsed.error.issues, input));
      setAttempt((n) => n + 1);
      return;
    }
    setErrors(noErrors);
    mutation.mutate({ input, keep: keptFromValues(values) });
  };

  const error = (path: string) => {
    const code = errors.fields[path];
    return code ? t(`errors.field.${code}`) : undefined;
  };

  const fields: SummaryField[] = [
    { path: 'firstNames', controlId: 'person-firstNames', label: t('persons.form.firstNames') },
    { path: 'lastName', controlId: 'person-lastName', label: t('persons.form.lastName') },
    { path: 'dateOfBirth', controlId: 'person-dateOfBirth', label: t('persons.form.dateOfBirth') },
    { path: 'identityCode', controlId: 'person-identityCode', label: t('persons.form.identityCode') },
    { path: 'languages', controlId: 'person-languages', label: t('persons.form.languages') },
    {
      path: 'interpreterNeeded',
      controlId: 'person-interpreterNeeded',
      label: t('persons.form.interpreterNeeded'),
    },
    { path: 'phone', controlId: 'person-phone', label: t('persons.form.phone') },
    { path: 'email', controlId: 'person-email', label: t('persons.form.email') },
    { path: 'streetAddress', controlId: 'person-streetAddress', label: t('persons.form.streetAddress') },
    { path: 'postalCode', controlId: 'person-postalCode', label: t('persons.form.postalCode') },
    { path: 'city', controlId: 'person-city', label: t('persons.form.city') },
    {
      path: 'addressProtection',
      controlId: 'person-addressProtection',
      label: t('persons.form.addressProtection'),
    },
  ];

  const conflict = errors.general === 'stale_version' && onReload;

  return (
    <>
      <StatusMessage>{notice}</StatusMessage>
      <ErrorSummary
        errors={errors}
        fields={fields}
        focusKey={attempt}
        action={
          conflict ? (
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
        aria-label={t('persons.form.formLabel')}
      >
        <fieldset className="fieldset">
          <legend>{t('persons.form.basicSection')}</legend>
          <div className="field-row">
            <TextInput
              id="person-firstNames"
              label={t('persons.form.firstNames')}
              value={values.firstNames}
              onChange={(firstNames) => change({ firstNames })}
              error={error('firstNames')}
              isRequired
              autoComplete="off"
              spellCheck={false}
              size="medium"
            />
            <TextInput
              id="person-lastName"
              label={t('persons.form.lastName')}
              value={values.lastName}
              onChange={(lastName) => change({ lastName })}
              error={error('lastName')}
              isRequired
              autoComplete="off"
              spellCheck={false}
              size="medium"
            />
          </div>
          <TextInput
            id="person-dateOfBirth"
            type="date"
            label={t('persons.form.dateOfBirth')}
            value={values.dateOfBirth}
            onChange={(dateOfBirth) => change({ dateOfBirth })}
            error={error('dateOfBirth')}
            isRequired
            size="short"
          />
          <IdentityCodeField
            values={values}
            onChange={change}
            maskedCode={mode === 'edit' ? maskedCode : null}
            error={error('identityCode')}
          />
        </fieldset>

        <fieldset className="fieldset">
          <legend>{t('persons.form.languageSection')}</legend>
          <CheckboxGroupInput
            id="person-languages"
            label={t('persons.form.languages')}
            description={t('persons.form.languagesHint')}
            value={values.languages}
            onChange={(languages) => change({ languages })}
            options={languageCodes.map((code) => ({ value: code, label: t(`enums.language.${code}`) }))}
            error={error('languages')}
          />
          <CheckboxInput
            id="person-interpreterNeeded"
            label={t('persons.form.interpreterNeeded')}
            isSelected={values.interpreterNeeded}
            onChange={(interpreterNeeded) => change({ interpreterNeeded })}
            error={error('interpreterNeeded')}
          />
        </fieldset>

        <fieldset className="fieldset">
          <legend>{t('persons.form.contactSection')}</legend>
          <div className="field-row">
            <TextInput
              id="person-phone"
              type="tel"
              label={t('persons.form.phone')}
              description={t('persons.form.phoneHint')}
              value={values.phone}
              onChange={(phone) => change({ phone })}
              error={error('phone')}
              autoComplete="off"
              size="medium"
            />
            <TextInput
              id="person-email"
              type="email"
              label={t('persons.form.email')}
              value={values.email}
              onChange={(email) => change({ email })}
              error={error('email')}
              autoComplete="off"
              spellCheck={false}
              size="medium"
            />
          </div>
        </fieldset>

        <AddressFields values={values} onChange={change} personId={personId} error={error} />

        <div className="form-actions">
          <PendingButton type="submit" className="button button-primary" pending={mutation.isPending}>
            {mode === 'create' ? t('persons.form.create') : t('form.save')}
          </PendingButton>
          <Link to={cancelTo} className="button button-secondary">
            {t('common.cancel')}
          </Link>
        </div>
      </Form>
    </>
  );
}
