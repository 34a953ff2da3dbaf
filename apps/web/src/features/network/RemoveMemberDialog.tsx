import { useQueryClient } from '@tanstack/react-query';
import type { NetworkMember } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { refreshNetwork, removeMember } from '../../api/network';
import { ConfirmDialog } from '../../components/ConfirmDialog';

interface Props {
  member: NetworkMember;
  caseId: string;
  onRemoved: () => void;
}

/** Removing a member from the network, confirmed first; saved maps keep them. */
export function RemoveMemberDialog({ member, caseId, onRemoved }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <ConfirmDialog
      openText={t('network.remove.open')}
      openLabel={t('network.remove.openFor', { name: member.name })}
      title={t('network.remove.title')}
      confirmText={t('network.remove.confirm')}
      action={() => removeMember(member.id)}
      refresh={() => refreshNetwork(queryClient, caseId)}
      onDone={onRemoved}
    >
      <p>
        <strong>
          {member.name} ({member.relation})
        </strong>
      </p>
      <p>{t('network.remove.intro')}</p>
    </ConfirmDialog>
  );
}
