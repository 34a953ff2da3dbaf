import type { FormEvent, ReactNode } from 'react';
import { Button, Dialog, DialogTrigger, Form, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { PendingButton } from './PendingButton';

interface Props {
  /** The button that opens the dialog. */
  trigger: ReactNode;
  isOpen: boolean;
  /** Opening is where the form resets its draft and errors; the form closes itself on success. */
  onOpenChange: (open: boolean) => void;
  /** The form is being sent: it cannot be dismissed or cancelled, and a second submit does nothing. */
  pending: boolean;
  /** A wider dialog, for a form of many fields. */
  wide?: boolean;
  title: string;
  /** What comes between the title and the form: the intro, status and the error summary. */
  header?: ReactNode;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  submitText: string;
  /** The form's fields. */
  children: ReactNode;
}

/** A form in a dialog over the page: title, the form's fields, then send it or cancel. */
export function FormDialog({
  trigger,
  isOpen,
  onOpenChange,
  pending,
  wide = false,
  title,
  header,
  onSubmit,
  submitText,
  children,
}: Props) {
  const { t } = useTranslation();
  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={onOpenChange}>
      {trigger}
      <ModalOverlay className="modal-overlay" isDismissable={!pending}>
        <Modal className={wide ? 'modal modal-wide' : 'modal'}>
          <Dialog className="dialog">
            <Heading slot="title" className="dialog-title">
              {title}
            </Heading>
            {header}
            <Form onSubmit={onSubmit} validationBehavior="aria" className="form">
              {children}
              <div className="form-actions">
                <PendingButton type="submit" className="button button-primary" pending={pending}>
                  {submitText}
                </PendingButton>
                <Button slot="close" className="button button-secondary" isDisabled={pending}>
                  {t('common.cancel')}
                </Button>
              </div>
            </Form>
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
