/// <reference types="vite/client" />
import nl from '../i18n/nl.json';
import { mergeCatalogues, type Catalogue } from './i18n-catalogues';

const featureFiles = import.meta.glob<Catalogue>('../i18n/features/*.nl.json', { eager: true, import: 'default' });

/** Dutch: the default language and the fallback, part of the shell. */
export const dutch = mergeCatalogues(nl, Object.entries(featureFiles));
