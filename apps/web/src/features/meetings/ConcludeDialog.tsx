import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ClientErrorCode } from '../../api/client';
import { Icon } from '../../components/Icon';
import { PendingButton } from '../../components/PendingButton';

interface Props {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  pending: boolean;
  /** Why the last attempt failed; the dialog stays open and says it. */
  errorCode: ClientErrorCode | null;
  onConfirm: () => void;
  /** After a 409: read the newer plan and lay this meeting's changes over it. */
  onReapply: () => void;
}

/**
 * The last check before signing: the note cannot change afterwards, and the plan version, the map
 * and the next meeting are saved with it, all together or not at all.
 */
export function ConcludeDialog({ isOpen, onOpenChange, pending, errorCode, onConfirm, onReapply }: Props) {
  const { t } = useTranslation();
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      isDismissable={!pending}
    >
      <Modal className="modal">
        <Dialog className="dialog" role="alertdialog">
          <Heading slot="title" className="dialog-title">
            {t('meetings.conclude.title')}
          </Heading>
          <p>{t('meetings.conclude.intro')}</p>
          <ul>
            <li>{t('meetings.conclude.note')}</li>
            <li>{t('meetings.conclude.plan')}</li>
            <li>{t('meetings.conclude.map')}</li>
            <li>{t('meetings.conclude.next')}</li>
          </ul>
          {errorCode && (
            <div className="notice notice-error" role="alert">
              <Icon name="alert" />
              <div>
                <p>
                  {errorCode === 'stale_version'
                    ? t('meetings.flow.stale')
                    : errorCode === 'validation_failed'
                      ? t('meetings.conclude.checkFields')
                      : t(`errors.code.${errorCode}`)}
                </p>
                {errorCode === 'stale_version' && (
                  <Button className="button button-secondary" onPress={onReapply}>
                    {t('meetings.flow.reapply')}
                  </Button>
                )}
              </div>
            </div>
          )}
          <div className="form-actions">
            {!errorCode && (
              <PendingButton className="button button-primary" pending={pending} onPress={onConfirm}>
                {t('meetings.conclude.confirm')}
              </PendingButton>
            )}
            <Button slot="close" className="button button-secondary" isDisabled={pending}>
              {errorCode ? t('meetings.conclude.close') : t('common.cancel')}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
