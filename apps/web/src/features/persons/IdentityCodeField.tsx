import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { TextInput } from '../../components/fields';
import type { PersonFormValues } from './person-form-values';

interface Props {
  values: PersonFormValues;
  onChange: (patch: Partial<PersonFormValues>) => void;
  /** The stored code, masked; null when the person has none. */
  maskedCode: string | null;
  error: string | undefined;
}

/**
 * The identity code is never filled in from the server. A stored code is kept as it is unless the
 * user chooses to replace it; an empty replacement removes it.
 */
export function IdentityCodeField({ values, onChange, maskedCode, error }: Props) {
  const { t } = useTranslation();
  if (values.identityCodeMode === 'keep' && maskedCode) {
    return (
      <div className="field" id="person-identityCode-kept">
        <p className="field-label">{t('persons.form.identityCode')}</p>
        <p className="kept-value">
          <span className="code">{maskedCode}</span>
          <Button
            id="person-identityCode"
            className="button button-secondary button-small"
            onPress={() => onChange({ identityCodeMode: 'edit', identityCode: '' })}
          >
            {t('persons.form.changeIdentityCode')}
          </Button>
        </p>
        {error && <p className="field-error">{error}</p>}
      </div>
    );
  }
  return (
    <div className="field-with-action">
      <TextInput
        id="person-identityCode"
        label={t('persons.form.identityCode')}
        description={
          maskedCode ? t('persons.form.identityCodeReplaceHint') : t('persons.form.identityCodeHint')
        }
        value={values.identityCode}
        onChange={(identityCode) => onChange({ identityCode })}
        error={error}
        autoComplete="off"
        spellCheck={false}
        maxLength={11}
        size="short"
      />
      {maskedCode && (
        <Button
          className="button button-quiet button-small"
          onPress={() => onChange({ identityCodeMode: 'keep', identityCode: '' })}
        >
          {t('persons.form.keepIdentityCode')}
        </Button>
      )}
    </div>
  );
}
