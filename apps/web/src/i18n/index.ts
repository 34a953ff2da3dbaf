import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type fi from './fi.json';

export const languages = ['fi', 'sv', 'en'] as const;
export type Language = (typeof languages)[number];

const storageKey = 'verkosto.language';

/** Each language is its own chunk: the first load carries only the one in use. */
const loaders: Record<Language, () => Promise<{ default: typeof fi }>> = {
  fi: () => import('./fi.json'),
  sv: () => import('./sv.json'),
  en: () => import('./en.json'),
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

function storedLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(storageKey);
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage can be off (private mode, policy); Finnish is the default.
  }
  return 'fi';
}

function remember(language: Language): void {
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Not remembered across visits, but the switch still works.
  }
}

async function ensureLoaded(language: Language): Promise<void> {
  if (i18n.hasResourceBundle(language, 'translation')) return;
  const resources = await loaders[language]();
  i18n.addResourceBundle(language, 'translation', resources.default);
}

export async function setupI18n(): Promise<void> {
  const language = storedLanguage();
  const resources = await loaders[language]();
  await i18n.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    supportedLngs: [...languages],
    resources: { [language]: { translation: resources.default } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
}

export async function changeLanguage(language: Language): Promise<void> {
  await ensureLoaded(language);
  await i18n.changeLanguage(language);
  remember(language);
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'fi';
}
