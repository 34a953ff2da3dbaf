import { useQueryClient } from '@tanstack/react-query';
import type { FamilyDetail, FamilyInput } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { createFamily, familyKey, updateFamily, useFamily } from '../../api/families';
import { BackLink } from '../../components/BackLink';
import { QueryGate } from '../../components/QueryState';
import { usePageTitle } from '../../components/usePageTitle';
import { useReloadLatest } from '../../components/useReloadLatest';
import { useKnownPerson } from '../persons/identity';
import { FamilyForm } from './FamilyForm';
import { emptyFamily, memberFromPerson, valuesFromDetail } from './family-form-values';

function useSaved() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return (detail: FamilyDetail, saved: 'created' | 'updated') => {
    queryClient.setQueryData(familyKey(detail.id), detail);
    // Members' pages list their families.
    void queryClient.invalidateQueries({ queryKey: ['persons'] });
    void navigate(`/families/${detail.id}`, { state: { saved } });
  };
}

export function FamilyCreatePage() {
  const { t } = useTranslation();
  usePageTitle(t('families.form.createTitle'));
  const [params] = useSearchParams();
  const personId = params.get('personId');
  const known = useKnownPerson(personId);
  const saved = useSaved();
  const preselected = known.person ? memberFromPerson(known.person) : null;

  return (
    <div className="page-form">
      <h1>{t('families.form.createTitle')}</h1>
      <p className="lead">{t('families.form.createIntro')}</p>
      <FamilyForm
        mode="create"
        initial={emptyFamily}
        preselected={preselected}
        cancelTo={personId ? `/persons/${personId}` : '/cases'}
        onSave={async (input: FamilyInput) => saved(await createFamily(input), 'created')}
      />
    </div>
  );
}

export function FamilyEditPage() {
  const { t } = useTranslation();
  usePageTitle(t('families.form.editTitle'));
  const { familyId = '' } = useParams();
  const query = useFamily(familyId);
  const saved = useSaved();
  const latest = useReloadLatest(query);

  return (
    <QueryGate query={query}>
      {(detail) => (
        <div className="page-form">
          <BackLink to={`/families/${detail.id}`}>{detail.name}</BackLink>
          <h1>{t('families.form.editTitle')}</h1>
          <FamilyForm
            key={detail.version}
            mode="edit"
            initial={valuesFromDetail(detail)}
            cancelTo={`/families/${detail.id}`}
            notice={latest.notice}
            onSave={async (input) =>
              saved(await updateFamily(detail.id, { version: detail.version, family: input }), 'updated')
            }
            onReload={latest.reload}
          />
        </div>
      )}
    </QueryGate>
  );
}
