import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextInput } from '../../components/fields';
import type { FormErrors } from '../../components/form-errors';
import { useFieldError } from '../../components/useFieldError';
import type { SearchTerms } from './search-memory';

interface Props {
  idPrefix: string;
  terms: SearchTerms;
  onChange: (terms: SearchTerms) => void;
  errors: FormErrors;
  /** Enter in a field searches; used where the fields sit inside another form. */
  onEnter?: () => void;
}

/** Name, date of birth and identity code: the three ways to find a person. */
export function PersonSearchFields({ idPrefix, terms, onChange, errors, onEnter }: Props) {
  const { t } = useTranslation();
  const error = useFieldError(errors);
  const keyDown = onEnter
    ? (event: KeyboardEvent) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          onEnter();
        }
      }
    : undefined;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: catches Enter from the text fields inside
    <div className="search-fields" onKeyDown={keyDown}>
      <TextInput
        id={`${idPrefix}-name`}
        label={t('persons.search.name')}
        description={t('persons.search.nameHint')}
        value={terms.name}
        onChange={(name) => onChange({ ...terms, name })}
        error={error('name')}
        autoComplete="off"
        spellCheck={false}
        size="medium"
      />
      <TextInput
        id={`${idPrefix}-dateOfBirth`}
        type="date"
        label={t('persons.search.dateOfBirth')}
        description={t('persons.search.dateOfBirthHint')}
        value={terms.dateOfBirth}
        onChange={(dateOfBirth) => onChange({ ...terms, dateOfBirth })}
        error={error('dateOfBirth')}
        size="short"
      />
      <TextInput
        id={`${idPrefix}-identityCode`}
        label={t('persons.search.identityCode')}
        description={t('persons.search.identityCodeHint')}
        value={terms.identityCode}
        onChange={(identityCode) => onChange({ ...terms, identityCode })}
        error={error('identityCode')}
        autoComplete="off"
        spellCheck={false}
        maxLength={11}
        size="short"
      />
    </div>
  );
}
