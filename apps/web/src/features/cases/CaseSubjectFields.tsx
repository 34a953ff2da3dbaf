import { useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useFamily } from '../../api/families';
import { SelectInput } from '../../components/fields';
import { Icon } from '../../components/Icon';
import { fullName } from '../../components/names';
import { Loading } from '../../components/QueryState';
import { formatDate } from '../../i18n/format';
import { useKnownPerson } from '../persons/identity';
import { PersonPicker } from '../persons/PersonPicker';

interface Props {
  personId: string | null;
  familyId: string | null;
  onChange: (patch: { personId?: string | null; familyId?: string | null }) => void;
  error: (path: string) => string | undefined;
}

/** Whom the case is for: a person, a family, or both. */
export function CaseSubjectFields({ personId, familyId, onChange, error }: Props) {
  const { t } = useTranslation();
  const known = useKnownPerson(personId);
  const family = useFamily(familyId ?? undefined);
  const personFamilies = known.person?.families ?? [];
  const familyFromPerson = personFamilies.some((f) => f.id === familyId);
  const subjectError = error('personId');
  const [lost, setLost] = useState(false);

  // A preselected person the user cannot see (a reloaded page, an old link) is not kept as a bare id:
  // the user picks the person again, so nobody gets a case opened without being named on screen.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reacts to the person going missing only
  useEffect(() => {
    if (!known.missing) return;
    setLost(true);
    onChange({ personId: null });
  }, [known.missing]);

  return (
    <fieldset className="fieldset" id="case-subject" aria-describedby="case-subject-hint">
      <legend>{t('cases.create.subject')}</legend>
      <p id="case-subject-hint" className="field-description">
        {t('cases.create.subjectHint')}
      </p>
      {subjectError && (
        <p className="field-error">
          <Icon name="alert" />
          {subjectError}
        </p>
      )}

      {personId ? (
        <div className="chosen">
          {known.isPending ? (
            <Loading />
          ) : known.person ? (
            <p className="chosen-name">
              <span className="chosen-label">{t('cases.create.person')}</span>
              {fullName(known.person)}
              <span className="dd-detail">
                {t('persons.detail.bornOn', { date: formatDate(known.person.dateOfBirth) })}
                {known.person.identityCodeMasked && ` · ${known.person.identityCodeMasked}`}
              </span>
            </p>
          ) : (
            <p>{t('cases.create.personUnavailable')}</p>
          )}
          <Button
            id="case-person-change"
            className="button button-secondary button-small"
            onPress={() => onChange({ personId: null, familyId: familyFromPerson ? null : familyId })}
          >
            {t('cases.create.changePerson')}
          </Button>
        </div>
      ) : (
        <>
          {lost && (
            <div className="notice notice-warning">
              <Icon name="alert" />
              <p>{t('cases.create.personUnavailable')}</p>
            </div>
          )}
          <PersonPicker
            idPrefix="case-picker"
            headingLevel={2}
            heading={t('cases.create.findPerson')}
            pickText={t('cases.create.choose')}
            pickLabel={(name) => t('cases.create.chooseNamed', { name })}
            isPicked={() => false}
            onPick={(person) => {
              setLost(false);
              onChange({ personId: person.id });
            }}
          />
        </>
      )}

      {personFamilies.length > 0 && (
        <SelectInput
          id="case-familyId"
          label={t('cases.create.family')}
          description={t('cases.create.familyHint')}
          placeholder={t('form.choose')}
          noneLabel={t('cases.create.noFamily')}
          value={familyFromPerson ? familyId : null}
          onChange={(id) => onChange({ familyId: id })}
          options={personFamilies.map((f) => ({
            value: f.id,
            label: f.name,
            detail: t(`enums.familyRole.${f.role}`),
          }))}
          error={error('familyId')}
        />
      )}

      {familyId && !familyFromPerson && (
        <div className="chosen">
          <p className="chosen-name">
            <span className="chosen-label">{t('cases.create.family')}</span>
            {family.data ? family.data.name : family.isPending ? '' : t('cases.create.familyUnavailable')}
          </p>
          <Button
            className="button button-secondary button-small"
            onPress={() => onChange({ familyId: null })}
          >
            {t('cases.create.removeFamily')}
          </Button>
        </div>
      )}
    </fieldset>
  );
}
