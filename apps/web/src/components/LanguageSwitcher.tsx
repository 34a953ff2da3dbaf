import { ToggleButton } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage, languages } from '../i18n';

/** Each language named in itself, marked with its own lang so screen readers pronounce it right. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const current = currentLanguage();
  return (
    <fieldset className="language-switcher">
      <legend className="visually-hidden">{t('language.label')}</legend>
      {languages.map((language) => (
        <ToggleButton
          key={language}
          lang={language}
          className="language-button"
          isSelected={current === language}
          onChange={() => void changeLanguage(language)}
        >
          {t(`language.names.${language}`)}
        </ToggleButton>
      ))}
    </fieldset>
  );
}
