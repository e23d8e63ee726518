export type Catalogue = Record<string, unknown>;

/**
 * Each feature may keep its texts in `i18n/features/<feature>.<locale>.json`, so features can grow
 * their catalogues side by side. Their top-level keys join the main catalogue; a key that two files
 * both define is a mistake and stops the app at start (and the i18n test) instead of silently winning.
 *
 * One module per language (i18n-nl.ts, i18n-en.ts) globs its own files, so a language is one chunk:
 * Dutch is in the shell (the default and the fallback), English loads when someone chooses it.
 */
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

