import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { NetworkMember } from '@verkosto/domain';
import { useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { refreshNetwork, removeMember } from '../../api/network';
import { Icon } from '../../components/Icon';
import { PendingButton } from '../../components/PendingButton';

interface Props {
  member: NetworkMember;
  caseId: string;
  onRemoved: () => void;
}

/** Removing a member from the network, confirmed first; saved maps keep them. */
export function RemoveMemberDialog({ member, caseId, onRemoved }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [isOpen, setOpen] = useState(false);
  const mutation = useMutation({
    mutationFn: () => removeMember(member.id),
    onSuccess: async () => {
      await refreshNetwork(queryClient, caseId);
      setOpen(false);
      onRemoved();
    },
  });

  const openChange = (open: boolean) => {
    setOpen(open);
    if (open) mutation.reset();
  };

  const error = mutation.error
    ? t(`errors.code.${isApiError(mutation.error) ? mutation.error.code : 'internal_error'}`)
    : null;

  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={openChange}>
      <Button
        className="button button-secondary button-small"
        aria-label={t('network.remove.openFor', { name: member.name })}
      >
        {t('network.remove.open')}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable={!mutation.isPending}>
        <Modal className="modal">
          <Dialog className="dialog" role="alertdialog">
            <Heading slot="title" className="dialog-title">
              {t('network.remove.title')}
            </Heading>
            <p>
              <strong>
                {member.name} ({member.relation})
              </strong>
            </p>
            <p>{t('network.remove.intro')}</p>
            {error && (
              <div className="notice notice-error" role="alert">
                <Icon name="alert" />
                <p>{error}</p>
              </div>
            )}
            <div className="form-actions">
              <PendingButton
                className="button button-primary"
                pending={mutation.isPending}
                onPress={() => {
                  if (!mutation.isPending) mutation.mutate();
                }}
              >
                {t('network.remove.confirm')}
              </PendingButton>
              <Button slot="close" className="button button-secondary" isDisabled={mutation.isPending}>
                {t('common.cancel')}
              </Button>
            </div>
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
