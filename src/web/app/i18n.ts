import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../contracts/common';
import { dutch } from './i18n-nl';

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

/**
 * Dutch ships with the shell (its public texts; the staff texts come with the signed-in screens, see
 * loadStaffTexts); English is a chunk of its own (≈19 kB gzipped) that only people who
 * choose English download. A language's texts are added before i18next switches to it, so the
 * screen goes from one complete language to the other, never through untranslated keys.
 */
async function ensureCatalogue(locale: Locale): Promise<void> {
  if (locale === 'nl' || i18n.hasResourceBundle(locale, 'translation')) return;
  const { english } = await import('./i18n-en');
  i18n.addResourceBundle(locale, 'translation', english);
}

let staffTexts: Promise<void> | undefined;

/**
 * Adds the Dutch texts of the signed-in screens (i18n-parts.ts): the shell carries the public ones
 * only. AppRoutes.tsx loads them with every signed-in screen's code; a text that is still missing
 * loads them too (see `missingKeyHandler` below), and the screen renders again once they are in.
 */
export function loadStaffTexts(): Promise<void> {
  return (staffTexts ??= import('./i18n-nl-staff').then(
    ({ dutchStaffTexts }) => {
      i18n.addResourceBundle('nl', 'translation', dutchStaffTexts, true, false);
    },
    (error: unknown) => {
      staffTexts = undefined; // A failed chunk (a new deploy, offline) may be tried again.
      throw error;
    },
  ));
}

/** Switches the UI language, remembers it in this browser and sets <html lang>. */
export async function setLocale(locale: Locale): Promise<void> {
  await ensureCatalogue(locale);
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  document.documentElement.lang = locale;
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
}

void i18n.use(initReactI18next).init({
  resources: { nl: { translation: dutch } },
  lng: 'nl',
  fallbackLng: 'nl',
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
  // A key the loaded texts lack: load the staff part, whose arrival renders the screens again
  // (`bindI18nStore: 'added'`). English is complete in its chunk; its fallback is Dutch.
  saveMissing: true,
  missingKeyHandler: () => void loadStaffTexts().catch(() => undefined),
  react: { bindI18nStore: 'added' },
});

/**
 * Resolves once the remembered language's texts are in: main.tsx renders after it, so someone who
 * chose English never sees a Dutch first frame (Dutch visitors wait for nothing).
 */
export const i18nReady: Promise<void> = (async () => {
  const locale = storedLocale();
  if (locale !== 'nl') {
    try {
      await ensureCatalogue(locale);
      await i18n.changeLanguage(locale);
    } catch {
      // The English chunk did not load (offline, a new deploy): Dutch it is, rather than no app.
    }
  }
  document.documentElement.lang = currentLocale();
})();

export { i18n };
