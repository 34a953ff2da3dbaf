import type { PersonInput, PersonKeptField } from '@verkosto/domain';
import { languageCodes, zPersonInput } from '@verkosto/domain';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, ReloadButton, type SummaryField } from '../../components/ErrorSummary';
import { CheckboxGroupInput, CheckboxInput, TextInput } from '../../components/fields';
import { StatusMessage } from '../../components/StatusMessage';
import { SubmitOrCancel } from '../../components/SubmitOrCancel';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { AddressFields } from './AddressFields';
import { IdentityCodeField } from './IdentityCodeField';
import { PersonNameFields } from './PersonNameFields';
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
  const { errors, clearFieldErrors, attempt, submit, fieldError, isPending } = useCheckedSubmit({
    schema: zPersonInput,
    // The input goes as the user left it, with what they did not see to be kept as stored.
    send: (_checked, input: PersonInput) => onSave(input, keptFromValues(values)),
    errorPrefix: 'person',
  });
  const change = (patch: Partial<PersonFormValues>) => {
    setValues((v) => ({ ...v, ...patch }));
    const paths: string[] = Object.keys(patch);
    if ('identityCodeMode' in patch) paths.push('identityCode');
    clearFieldErrors(paths);
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
        action={conflict ? <ReloadButton onReload={onReload} /> : undefined}
      />
      <Form
        onSubmit={(event) => submit(event, inputFromValues(values))}
        validationBehavior="aria"
        className="form"
        aria-label={t('persons.form.formLabel')}
      >
        <fieldset className="fieldset">
          <legend>{t('persons.form.basicSection')}</legend>
          <PersonNameFields idPrefix="person" values={values} onChange={change} fieldError={fieldError} />
          <IdentityCodeField
            values={values}
            onChange={change}
            maskedCode={mode === 'edit' ? maskedCode : null}
            error={fieldError('identityCode')}
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
            error={fieldError('languages')}
          />
          <CheckboxInput
            id="person-interpreterNeeded"
            label={t('persons.form.interpreterNeeded')}
            isSelected={values.interpreterNeeded}
            onChange={(interpreterNeeded) => change({ interpreterNeeded })}
            error={fieldError('interpreterNeeded')}
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
              error={fieldError('phone')}
              autoComplete="off"
              size="medium"
            />
            <TextInput
              id="person-email"
              type="email"
              label={t('persons.form.email')}
              value={values.email}
              onChange={(email) => change({ email })}
              error={fieldError('email')}
              autoComplete="off"
              spellCheck={false}
              size="medium"
            />
          </div>
        </fieldset>

        <AddressFields values={values} onChange={change} personId={personId} error={fieldError} />

        <SubmitOrCancel
          pending={isPending}
          submitText={mode === 'create' ? t('persons.form.create') : t('form.save')}
          cancelTo={cancelTo}
        />
      </Form>
    </>
  );
}
