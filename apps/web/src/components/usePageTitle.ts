import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Sets document.title to "<page> – Verkosto". Titles name the kind of page only, never a person:
 * the browser keeps titles in its history.
 */
export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  const product = t('app.name');
  useEffect(() => {
    document.title = `${title} – ${product}`;
  }, [title, product]);
}
