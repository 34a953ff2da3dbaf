import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { revealPersonField } from '../../api/persons';
import { CheckboxInput, TextInput } from '../../components/fields';
import { Icon } from '../../components/Icon';
import { PendingButton } from '../../components/PendingButton';
import type { PersonFormValues } from './person-form-values';

interface Props {
  values: PersonFormValues;
  onChange: (patch: Partial<PersonFormValues>) => void;
  /** Set when editing: the person whose protected address may be revealed. */
  personId?: string;
  error: (path: string) => string | undefined;
}

export function AddressFields({ values, onChange, personId, error }: Props) {
  const { t } = useTranslation();
  const reveal = useMutation({
    mutationFn: () => revealPersonField(personId ?? '', 'address'),
    onSuccess: (result) => {
      onChange({
        addressHidden: false,
        streetAddress: result.address?.streetAddress ?? '',
        postalCode: result.address?.postalCode ?? '',
        city: result.address?.city ?? '',
      });
    },
  });

  return (
    <fieldset className="fieldset">
      <legend>{t('persons.form.addressSection')}</legend>
      {values.addressHidden ? (
        <div className="notice notice-protected">
          <Icon name="lock" />
          <div>
            <p>{t('persons.form.addressHidden')}</p>
            <PendingButton
              className="button button-secondary button-small"
              onPress={() => reveal.mutate()}
              pending={reveal.isPending}
            >
              <Icon name="eye" />
              {t('persons.reveal.showAddress')}
            </PendingButton>
            <p className="muted small">{t('persons.reveal.logged')}</p>
            <p role="status">{reveal.isError ? t('persons.reveal.failed') : ''}</p>
          </div>
        </div>
      ) : (
        <>
          <TextInput
            id="person-streetAddress"
            label={t('persons.form.streetAddress')}
            value={values.streetAddress}
            onChange={(streetAddress) => onChange({ streetAddress })}
            error={error('streetAddress')}
            autoComplete="off"
          />
          <div className="field-row">
            <TextInput
              id="person-postalCode"
              label={t('persons.form.postalCode')}
              value={values.postalCode}
              onChange={(postalCode) => onChange({ postalCode })}
              error={error('postalCode')}
              autoComplete="off"
              inputMode="numeric"
              maxLength={10}
              size="short"
            />
            <TextInput
              id="person-city"
              label={t('persons.form.city')}
              value={values.city}
              onChange={(city) => onChange({ city })}
              error={error('city')}
              autoComplete="off"
              size="medium"
            />
          </div>
        </>
      )}
      <CheckboxInput
        id="person-addressProtection"
        className="checkbox-emphasis"
        label={t('persons.form.addressProtection')}
        isSelected={values.addressProtection}
        onChange={(addressProtection) => onChange({ addressProtection })}
        describedBy="person-addressProtection-help"
        error={error('addressProtection')}
      />
      <p id="person-addressProtection-help" className="field-description checkbox-help">
        {t('persons.form.addressProtectionHelp')}
      </p>
    </fieldset>
  );
}
