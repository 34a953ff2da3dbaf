import { useQueryClient } from '@tanstack/react-query';
import type { Consent } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { refreshAfterConsent, withdrawConsent } from '../../api/consents';
import { ConfirmDialog } from '../../components/ConfirmDialog';

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
  return (
    <ConfirmDialog
      openText={t('consents.withdraw.open')}
      openLabel={t('consents.withdraw.openFor', { name: title })}
      title={t('consents.withdraw.title')}
      confirmText={t('consents.withdraw.confirm')}
      action={() => withdrawConsent(consent.id)}
      refresh={() => refreshAfterConsent(queryClient, consent.caseId)}
      onDone={onWithdrawn}
    >
      <p>
        <strong>{title}</strong>
      </p>
      <p>{t('consents.withdraw.intro')}</p>
    </ConfirmDialog>
  );
}
