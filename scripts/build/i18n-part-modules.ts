import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { mergeCatalogues, type Catalogue } from '../../src/web/app/i18n-catalogues';
import { cataloguePart, type CataloguePart } from '../../src/web/app/i18n-parts';

const PREFIX = 'virtual:wijkwijs-i18n/';
const MODULE = /^virtual:wijkwijs-i18n\/(nl|en)\/(public|staff)$/;

/** The files of a language's catalogue: `i18n/<locale>.json` and `i18n/features/*.<locale>.json`. */
export function catalogueFiles(i18nDir: string, locale: string): string[] {
  const features = readdirSync(join(i18nDir, 'features')).filter((file) => file.endsWith(`.${locale}.json`)).sort();
  return [join(i18nDir, `${locale}.json`), ...features.map((file) => join(i18nDir, 'features', file))];
}

/** One part of a language's catalogue, read from disk (the feature catalogues merged in as the app does). */
export function readCataloguePart(i18nDir: string, locale: string, part: CataloguePart): Catalogue {
  const [main = '', ...features] = catalogueFiles(i18nDir, locale);
  const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Catalogue;
  return cataloguePart(mergeCatalogues(read(main), features.map((file) => [file, read(file)])), part);
}

/**
 * `import texts from 'virtual:wijkwijs-i18n/nl/public'`: one part of a language's catalogue (see
 * src/web/app/i18n-parts.ts) as a module of its own, so the shell carries the public texts only.
 * The texts go out as `JSON.parse('…')`, which browsers read faster than an object literal.
 */
export function i18nPartModules(i18nDir: string): Plugin {
  return {
    name: 'wijkwijs:i18n-parts',
    resolveId(id) {
      return MODULE.test(id) ? `\0${id}` : null;
    },
    load(id) {
      const match = id.startsWith(`\0${PREFIX}`) ? MODULE.exec(id.slice(1)) : null;
      if (!match) return null;
      const [, locale = '', part = ''] = match;
      for (const file of catalogueFiles(i18nDir, locale)) this.addWatchFile(file);
      const texts = readCataloguePart(i18nDir, locale, part as CataloguePart);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(texts))});\n`;
    },
  };
}
