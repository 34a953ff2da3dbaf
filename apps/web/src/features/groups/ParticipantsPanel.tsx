import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { GroupDetail, PersonIdentity } from '@verkosto/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { addGroupParticipant, groupKey, unitGroupsKey } from '../../api/groups';
import { fromApiError } from '../../components/form-errors';
import { Icon } from '../../components/Icon';
import { fullName } from '../../components/names';
import { StatusMessage } from '../../components/StatusMessage';
import { formatDate } from '../../i18n/format';
import { PersonPicker } from '../persons/PersonPicker';

/**
 * The group's registered participants, and registering one more: a person found with the person
 * search. Those who come to an open group without registering are only counted, per session.
 */
export function ParticipantsPanel({ group }: { group: GroupDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [added, setAdded] = useState<string | null>(null);
  const registered = new Set(group.participantList.map((p) => p.id));
  const add = useMutation({
    mutationFn: (person: PersonIdentity) => addGroupParticipant(group.id, person.id),
    onMutate: () => setAdded(null),
    onSuccess: (detail, person) => {
      queryClient.setQueryData(groupKey(detail.id), detail);
      void queryClient.invalidateQueries({ queryKey: unitGroupsKey(detail.unit.id) });
      setAdded(fullName(person));
    },
  });
  const failure = add.isError ? fromApiError(add.error).general : null;

  return (
    <section aria-labelledby="group-participants-heading" className="panel">
      <h2 id="group-participants-heading">{t('groups.participants.title')}</h2>
      <p className="group-intro">{t('groups.participants.intro')}</p>
      {group.participantList.length === 0 ? (
        <p className="muted">{t('groups.participants.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table table-compact">
            <caption className="visually-hidden">{t('groups.participants.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('groups.participants.name')}</th>
                <th scope="col">{t('groups.participants.dateOfBirth')}</th>
              </tr>
            </thead>
            <tbody>
              {group.participantList.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{p.name}</th>
                  <td className="cell-nowrap">{formatDate(p.dateOfBirth)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <StatusMessage>{added ? t('groups.participants.added', { name: added }) : null}</StatusMessage>
      {failure && (
        <div className="notice notice-error" role="alert">
          <Icon name="alert" />
          <p>{t(`errors.code.${failure}`)}</p>
        </div>
      )}
      {group.canEdit && (
        <>
          <PersonPicker
            idPrefix="group-participant"
            heading={t('groups.participants.register')}
            pickText={t('groups.participants.pick')}
            pickLabel={(name) => t('groups.participants.pickLabel', { name })}
            isPicked={(id) => registered.has(id)}
            onPick={(person) => {
              // One registration at a time: a second press while one is sent would only repeat it.
              if (!add.isPending) add.mutate(person);
            }}
          />
          <p className="field-description">
            {t('groups.participants.newPersonHint')}{' '}
            <Link to="/persons/new">{t('groups.participants.newPerson')}</Link>
          </p>
        </>
      )}
    </section>
  );
}
