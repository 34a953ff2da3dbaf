import { useQueryClient } from '@tanstack/react-query';
import type { DirectoryService } from '@verkosto/domain';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { refreshDirectory, retireDirectoryService } from '../../api/resources';
import { ConfirmDialog } from '../../components/ConfirmDialog';

interface Props {
  service: DirectoryService;
  /** `already`: someone else had retired it first, which is what the admin wanted anyway. */
  onRetired: (name: string, already: boolean) => void;
}

const codeOf = (error: unknown) => (isApiError(error) ? error.code : null);

/** Retiring a service, confirmed first: it leaves the directory and the suggestions, past guidance keeps it. */
export function RetireServiceDialog({ service, onRetired }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const already = useRef(false);

  const retire = async () => {
    already.current = false;
    try {
      await retireDirectoryService(service.id, service.version);
    } catch (error) {
      if (codeOf(error) === 'not_found') {
        already.current = true;
        return;
      }
      // Changed meanwhile: the table shows the change before the admin confirms again over it.
      if (codeOf(error) === 'stale_version') await refreshDirectory(queryClient);
      throw error;
    }
  };

  return (
    <ConfirmDialog
      openText={t('directory.retire.open')}
      openLabel={t('directory.retire.openFor', { name: service.name })}
      title={t('directory.retire.title')}
      confirmText={t('directory.retire.confirm')}
      action={retire}
      refresh={() => refreshDirectory(queryClient)}
      onDone={() => onRetired(service.name, already.current)}
      errorText={(error) => (codeOf(error) === 'stale_version' ? t('directory.retire.stale') : undefined)}
    >
      <p>
        <strong>{service.name}</strong>
      </p>
      <p>{t('directory.retire.intro')}</p>
    </ConfirmDialog>
  );
}
