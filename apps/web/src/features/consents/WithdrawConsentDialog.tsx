import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Consent } from '@verkosto/domain';
import { useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { refreshAfterConsent, withdrawConsent } from '../../api/consents';
import { Icon } from '../../components/Icon';
import { PendingButton } from '../../components/PendingButton';

interface Props {
  consent: Consent;
  /** What the consent is, e.g. "Tietojen luovutus: Kehitykselliset palvelut", to name the button. */
  title: string;
  onWithdrawn: () => void;
}

/** Withdrawing a consent: it ends at once, so the worker confirms it first. */
export function WithdrawConsentDialog({ consent, title, onWithdrawn }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [isOpen, setOpen] = useState(false);
  const mutation = useMutation({
    mutationFn: () => withdrawConsent(consent.id),
    onSuccess: async () => {
      await refreshAfterConsent(queryClient, consent.caseId);
      setOpen(false);
      onWithdrawn();
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
        aria-label={t('consents.withdraw.openFor', { name: title })}
      >
        {t('consents.withdraw.open')}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable={!mutation.isPending}>
        <Modal className="modal">
          <Dialog className="dialog" role="alertdialog">
            <Heading slot="title" className="dialog-title">
              {t('consents.withdraw.title')}
            </Heading>
            <p>
              <strong>{title}</strong>
            </p>
            <p>{t('consents.withdraw.intro')}</p>
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
                {t('consents.withdraw.confirm')}
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
