import { useTranslation } from 'react-i18next';
import type { FormErrors } from './form-errors';

/** The words for a field's error, by its dotted path; undefined while the field is fine. */
export function useFieldError(errors: FormErrors): (path: string) => string | undefined {
  const { t } = useTranslation();
  return (path) => {
    const code = errors.fields[path];
    return code ? t(`errors.field.${code}`) : undefined;
  };
}
