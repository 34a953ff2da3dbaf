import { useQueryClient } from '@tanstack/react-query';
import type { PersonDetail, PersonInput } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { createPerson, personKey, updatePerson, usePerson } from '../../api/persons';
import { BackLink } from '../../components/BackLink';
import { fullName } from '../../components/names';
import { QueryGate } from '../../components/QueryState';
import { usePageTitle } from '../../components/usePageTitle';
import { useReloadLatest } from '../../components/useReloadLatest';
import { rememberPerson } from './identity';
import { PersonForm } from './PersonForm';
import { emptyPerson, valuesFromDetail } from './person-form-values';

function useSaved() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return (detail: PersonDetail, saved: 'created' | 'updated') => {
    queryClient.setQueryData(personKey(detail.id), detail);
    rememberPerson(queryClient, detail);
    void queryClient.invalidateQueries({ queryKey: ['persons', 'search'] });
    void navigate(`/persons/${detail.id}`, { state: { saved } });
  };
}

export function PersonCreatePage() {
  const { t } = useTranslation();
  usePageTitle(t('persons.form.createTitle'));
  const saved = useSaved();
  return (
    <div className="page-form">
      <h1>{t('persons.form.createTitle')}</h1>
      <p className="lead">{t('persons.form.createIntro')}</p>
      <PersonForm
        mode="create"
        initial={emptyPerson}
        cancelTo="/persons"
        onSave={async (input: PersonInput) => saved(await createPerson(input), 'created')}
      />
    </div>
  );
}

export function PersonEditPage() {
  const { t } = useTranslation();
  usePageTitle(t('persons.form.editTitle'));
  const { personId = '' } = useParams();
  const query = usePerson(personId);
  const saved = useSaved();
  const latest = useReloadLatest(query);

  return (
    <QueryGate query={query}>
      {(detail) => (
        <div className="page-form">
          <BackLink to={`/persons/${detail.id}`}>{fullName(detail)}</BackLink>
          <h1>{t('persons.form.editTitle')}</h1>
          <p className="lead">{fullName(detail)}</p>
          <PersonForm
            // A fresh form for fresh details: after reloading, the latest saved values are shown.
            key={`${detail.version}-${detail.updatedAt}`}
            mode="edit"
            personId={detail.id}
            initial={valuesFromDetail(detail)}
            maskedCode={detail.identityCodeMasked}
            cancelTo={`/persons/${detail.id}`}
            notice={latest.notice}
            onSave={async (input, keep) =>
              saved(
                await updatePerson(detail.id, { version: detail.version, person: input, keep }),
                'updated',
              )
            }
            onReload={latest.reload}
          />
        </div>
      )}
    </QueryGate>
  );
}
