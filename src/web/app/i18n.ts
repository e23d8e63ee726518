import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../contracts/common';
import en from '../i18n/en.json';
import nl from '../i18n/nl.json';
import { withFeatureCatalogues } from './i18n-catalogues';

const STORAGE_KEY = 'wijkwijs.locale';
export const LOCALES: readonly Locale[] = ['nl', 'en'];

function storedLocale(): Locale {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

export function currentLocale(): Locale {
  return i18n.language === 'en' ? 'en' : 'nl';
}

/** Switches the UI language, remembers it in this browser and sets <html lang>. */
export async function setLocale(locale: Locale): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  document.documentElement.lang = locale;
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
}

void i18n.use(initReactI18next).init({
  resources: { nl: { translation: withFeatureCatalogues('nl', nl) }, en: { translation: withFeatureCatalogues('en', en) } },
  lng: storedLocale(),
  fallbackLng: 'nl',
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});
document.documentElement.lang = currentLocale();

export { i18n };
