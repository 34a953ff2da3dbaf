import { familyRoles } from '@verkosto/domain';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { CheckboxInput, SelectInput } from '../../components/fields';
import type { FormErrors } from '../../components/form-errors';
import { Icon } from '../../components/Icon';
import { listName } from '../../components/names';
import { useFieldError } from '../../components/useFieldError';
import { formatDate } from '../../i18n/format';
import type { MemberRow } from './family-form-values';

interface Props {
  members: readonly MemberRow[];
  errors: FormErrors;
  onChange: (index: number, patch: Partial<MemberRow>) => void;
  onRemove: (index: number) => void;
}

/** Each member in a fieldset named by the person, so every control says whose it is. */
export function MemberList({ members, errors, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const roleOptions = familyRoles.map((role) => ({ value: role, label: t(`enums.familyRole.${role}`) }));
  const error = useFieldError(errors);
  if (members.length === 0) return <p className="muted">{t('families.form.noMembers')}</p>;
  return (
    <ol className="member-list">
      {members.map((m, i) => {
        const name = listName(m);
        const personError = error(`members.${i}.personId`);
        return (
          <li key={m.personId}>
            <fieldset className="member" aria-describedby={personError ? `member-${i}-error` : undefined}>
              <legend>
                <span className="member-name">{name}</span>
                <span className="member-born">
                  {t('persons.detail.bornOn', { date: formatDate(m.dateOfBirth) })}
                </span>
              </legend>
              {personError && (
                <p className="field-error" id={`member-${i}-error`}>
                  <Icon name="alert" />
                  {personError}
                </p>
              )}
              <div className="member-controls">
                <SelectInput
                  id={`member-${i}-role`}
                  label={t('families.form.role')}
                  placeholder={t('form.choose')}
                  value={m.role}
                  onChange={(role) => onChange(i, { role })}
                  options={roleOptions}
                  error={error(`members.${i}.role`)}
                  isRequired
                />
                <CheckboxInput
                  id={`member-${i}-guardian`}
                  className="member-guardian"
                  label={t('families.form.guardian')}
                  isSelected={m.isGuardian}
                  onChange={(isGuardian) => onChange(i, { isGuardian })}
                />
                <Button
                  id={`member-${i}-remove`}
                  className="button button-quiet button-small member-remove"
                  onPress={() => onRemove(i)}
                  aria-label={t('families.form.removeMember', { name })}
                >
                  <Icon name="close" />
                  {t('families.form.remove')}
                </Button>
              </div>
            </fieldset>
          </li>
        );
      })}
    </ol>
  );
}
