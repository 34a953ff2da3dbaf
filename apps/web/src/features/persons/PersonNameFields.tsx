import { useTranslation } from 'react-i18next';
import { TextInput } from '../../components/fields';

interface NameValues {
  firstNames: string;
  lastName: string;
  dateOfBirth: string;
}

interface Props {
  /** Prefix of the fields' ids, so the error summary can point at them. */
  idPrefix: string;
  values: NameValues;
  onChange: (patch: Partial<NameValues>) => void;
  fieldError: (path: string) => string | undefined;
}

/** Who a person is: first names and last name on one row, the date of birth below. */
export function PersonNameFields({ idPrefix, values, onChange, fieldError }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <div className="field-row">
        <TextInput
          id={`${idPrefix}-firstNames`}
          label={t('persons.form.firstNames')}
          value={values.firstNames}
          onChange={(firstNames) => onChange({ firstNames })}
          error={fieldError('firstNames')}
          isRequired
          autoComplete="off"
          spellCheck={false}
          size="medium"
        />
        <TextInput
          id={`${idPrefix}-lastName`}
          label={t('persons.form.lastName')}
          value={values.lastName}
          onChange={(lastName) => onChange({ lastName })}
          error={fieldError('lastName')}
          isRequired
          autoComplete="off"
          spellCheck={false}
          size="medium"
        />
      </div>
      <TextInput
        id={`${idPrefix}-dateOfBirth`}
        type="date"
        label={t('persons.form.dateOfBirth')}
        value={values.dateOfBirth}
        onChange={(dateOfBirth) => onChange({ dateOfBirth })}
        error={fieldError('dateOfBirth')}
        isRequired
        size="short"
      />
    </>
  );
}
