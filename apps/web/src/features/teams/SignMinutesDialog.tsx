import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ClientErrorCode } from '../../api/client';
import { Icon } from '../../components/Icon';
import { PendingButton } from '../../components/PendingButton';

interface Props {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  pending: boolean;
  /** Items with changes not saved: they are not in the minutes unless saved first. */
  unsaved: readonly string[];
  /** How many items are marked decided, and so leave the agenda. */
  decidedCount: number;
  errorCode: ClientErrorCode | null;
  onConfirm: () => void;
  /** After a 409: read the meeting again and look before signing. */
  onReload: () => void;
}

/**
 * The last check before signing: the minutes stay as they are, decided items leave the agenda, and
 * the named ones' decisions go to each unit's own case of the child.
 */
export function SignMinutesDialog(props: Props) {
  const { t } = useTranslation();
  const { errorCode, pending } = props;
  const conflict = errorCode === 'stale_version' || errorCode === 'record_signed';
  return (
    <DialogTrigger isOpen={props.isOpen} onOpenChange={props.onOpenChange}>
      <Button className="button button-primary">
        <Icon name="lock" />
        {t('teams.sign.open')}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable={!pending}>
        <Modal className="modal">
          <Dialog className="dialog" role="alertdialog">
            <Heading slot="title" className="dialog-title">
              {t('teams.sign.title')}
            </Heading>
            <p>{t('teams.sign.intro')}</p>
            <ul>
              <li>{t('teams.sign.locked')}</li>
              <li>{t('teams.sign.decided', { count: props.decidedCount })}</li>
              <li>{t('teams.sign.cases')}</li>
              <li>{t('teams.sign.openStay')}</li>
            </ul>
            {props.unsaved.length > 0 && (
              <div className="notice notice-warning">
                <Icon name="alert" />
                <p>{t('teams.sign.unsaved', { items: props.unsaved.join(', ') })}</p>
              </div>
            )}
            {errorCode && (
              <div className="notice notice-error" role="alert">
                <Icon name="alert" />
                <div>
                  <p>{conflict ? t('teams.sign.stale') : t(`errors.code.${errorCode}`)}</p>
                  {conflict && (
                    <Button className="button button-secondary" onPress={props.onReload}>
                      {t('teams.sign.reload')}
                    </Button>
                  )}
                </div>
              </div>
            )}
            <div className="form-actions">
              {!conflict && (
                <PendingButton className="button button-primary" pending={pending} onPress={props.onConfirm}>
                  {t('teams.sign.confirm')}
                </PendingButton>
              )}
              <Button slot="close" className="button button-secondary" isDisabled={pending}>
                {t('common.cancel')}
              </Button>
            </div>
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
