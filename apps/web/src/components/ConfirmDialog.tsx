import { useMutation } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client';
import { Icon } from './Icon';
import { PendingButton } from './PendingButton';

interface Props {
  /** The text of the small button that opens the dialog. */
  openText: string;
  /** The opening button's accessible name, naming what it acts on. */
  openLabel: string;
  title: string;
  /** What is about to happen, under the title. */
  children: ReactNode;
  confirmText: string;
  /** The action itself; the dialog stays open with an error line if it fails. */
  action: () => Promise<unknown>;
  /** Reads again what the action changed, before the dialog closes. */
  refresh?: () => Promise<unknown>;
  /** Called once the action has succeeded and the dialog has closed. */
  onDone: () => void;
  /** The dialog's own words for a failure, where the error code's general text would mislead. */
  errorText?: (error: unknown) => string | undefined;
}

/** Confirming an action that takes effect at once: the action runs only on the confirm button. */
export function ConfirmDialog({
  openText,
  openLabel,
  title,
  children,
  confirmText,
  action,
  refresh,
  onDone,
  errorText,
}: Props) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const mutation = useMutation({
    mutationFn: action,
    onSuccess: async () => {
      await refresh?.();
      setOpen(false);
      onDone();
    },
  });

  const openChange = (open: boolean) => {
    setOpen(open);
    if (open) mutation.reset();
  };

  const error = mutation.error
    ? (errorText?.(mutation.error) ??
      t(`errors.code.${isApiError(mutation.error) ? mutation.error.code : 'internal_error'}`))
    : null;

  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={openChange}>
      <Button className="button button-secondary button-small" aria-label={openLabel}>
        {openText}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable={!mutation.isPending}>
        <Modal className="modal">
          <Dialog className="dialog" role="alertdialog">
            <Heading slot="title" className="dialog-title">
              {title}
            </Heading>
            {children}
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
                {confirmText}
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
