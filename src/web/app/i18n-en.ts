/// <reference types="vite/client" />
import en from '../i18n/en.json';
import { mergeCatalogues, type Catalogue } from './i18n-catalogues';

const featureFiles = import.meta.glob<Catalogue>('../i18n/features/*.en.json', { eager: true, import: 'default' });

/** English: its own chunk, loaded only when it is the chosen language (see i18n.ts). */
export const english = mergeCatalogues(en, Object.entries(featureFiles));
