import { useQueryClient } from '@tanstack/react-query';
import { type PersonDetail, type PersonInput, type ReferralView, zPersonInput } from '@verkosto/domain';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { createPerson } from '../../api/persons';
import { ErrorSummary, type SummaryField } from '../../components/ErrorSummary';
import { FormDialog } from '../../components/FormDialog';
import { TextInput } from '../../components/fields';
import { noErrors } from '../../components/form-errors';
import { Icon } from '../../components/Icon';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { rememberPerson } from '../persons/identity';
import { PersonNameFields } from '../persons/PersonNameFields';

interface Values {
  firstNames: string;
  lastName: string;
  dateOfBirth: string;
  identityCode: string;
}

const fromReferral = (r: ReferralView): Values => ({
  firstNames: r.childFirstNames,
  lastName: r.childLastName,
  dateOfBirth: r.childDateOfBirth,
  identityCode: '',
});

/** The smallest registration that names the child; the rest is added on the person page later. */
function toInput(v: Values): PersonInput {
  return {
    firstNames: v.firstNames,
    lastName: v.lastName,
    dateOfBirth: v.dateOfBirth,
    identityCode: v.identityCode.trim() || null,
    languages: [],
    interpreterNeeded: false,
    phone: '',
    email: '',
    addressProtection: false,
  };
}

/**
 * Registering the child the referral is about, when the duplicate check found nobody who is them:
 * the names and date of birth come from the referral, the worker checks them and may add the
 * identity code.
 */
export function RegisterChildDialog({
  referral,
  onRegistered,
}: {
  referral: ReferralView;
  onRegistered: (person: PersonDetail) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [isOpen, setOpen] = useState(false);
  const [values, setValues] = useState<Values>(() => fromReferral(referral));
  const { errors, setErrors, clearFieldErrors, attempt, submit, fieldError, isPending } = useCheckedSubmit({
    schema: zPersonInput,
    send: (_checked, input: PersonInput) => createPerson(input),
    onSuccess: (person) => {
      rememberPerson(queryClient, person);
      void queryClient.invalidateQueries({ queryKey: ['persons', 'search'] });
      setOpen(false);
      onRegistered(person);
    },
  });

  const openChange = (open: boolean) => {
    setOpen(open);
    if (open) {
      setValues(fromReferral(referral));
      setErrors(noErrors);
    }
  };
  const change = (patch: Partial<Values>) => {
    setValues((v) => ({ ...v, ...patch }));
    clearFieldErrors(Object.keys(patch));
  };

  const fields: SummaryField[] = [
    { path: 'firstNames', controlId: 'register-firstNames', label: t('persons.form.firstNames') },
    { path: 'lastName', controlId: 'register-lastName', label: t('persons.form.lastName') },
    { path: 'dateOfBirth', controlId: 'register-dateOfBirth', label: t('persons.form.dateOfBirth') },
    { path: 'identityCode', controlId: 'register-identityCode', label: t('persons.form.identityCode') },
  ];

  return (
    <FormDialog
      trigger={
        <Button className="button button-secondary">
          <Icon name="plus" />
          {t('referrals.register.open')}
        </Button>
      }
      isOpen={isOpen}
      onOpenChange={openChange}
      pending={isPending}
      title={t('referrals.register.title')}
      header={
        <>
          <p>{t('referrals.register.intro')}</p>
          <ErrorSummary errors={errors} fields={fields} focusKey={attempt} />
        </>
      }
      onSubmit={(event) => submit(event, toInput(values))}
      submitText={t('referrals.register.submit')}
    >
      <PersonNameFields idPrefix="register" values={values} onChange={change} fieldError={fieldError} />
      <TextInput
        id="register-identityCode"
        label={t('persons.form.identityCode')}
        description={t('referrals.register.identityCodeHint')}
        value={values.identityCode}
        onChange={(identityCode) => change({ identityCode })}
        error={fieldError('identityCode')}
        autoComplete="off"
        spellCheck={false}
        size="medium"
      />
    </FormDialog>
  );
}
