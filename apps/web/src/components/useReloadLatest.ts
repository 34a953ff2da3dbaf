import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * An edit page after a save was refused because someone else saved first: `reload` fetches the
 * latest details (the page then shows a fresh form with them), and `notice` says it was done.
 */
export function useReloadLatest(query: { refetch: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const [reloaded, setReloaded] = useState(false);
  const reload = async () => {
    await query.refetch();
    setReloaded(true);
  };
  return { reload, notice: reloaded ? t('form.reloaded') : null };
}
