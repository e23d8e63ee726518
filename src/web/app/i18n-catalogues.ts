/// <reference types="vite/client" />
import type { Locale } from '../../contracts/common';

type Catalogue = Record<string, unknown>;

/**
 * Each feature may keep its texts in `i18n/features/<feature>.<locale>.json`, so features can grow
 * their catalogues side by side. Their top-level keys join the main catalogue; a key that two files
 * both define is a mistake and stops the app at start (and the i18n test) instead of silently winning.
 */
const featureFiles = import.meta.glob<Catalogue>('../i18n/features/*.json', { eager: true, import: 'default' });

export function featureCataloguesFor(locale: Locale): [string, Catalogue][] {
  return Object.entries(featureFiles).filter(([path]) => path.endsWith(`.${locale}.json`));
}

export function withFeatureCatalogues(locale: Locale, main: Catalogue): Catalogue {
  return mergeCatalogues(main, featureCataloguesFor(locale));
}

export function mergeCatalogues(main: Catalogue, features: [string, Catalogue][]): Catalogue {
  const merged: Catalogue = { ...main };
  for (const [path, catalogue] of features) {
    for (const [key, value] of Object.entries(catalogue)) {
      if (key in merged) throw new Error(`i18n: ${path} defines "${key}", which another catalogue already has`);
      merged[key] = value;
    }
  }
  return merged;
}
