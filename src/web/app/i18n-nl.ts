import dutchPublic from 'virtual:wijkwijs-i18n/nl/public';

/** Dutch, the default language and the fallback: its public texts are part of the shell (i18n-parts.ts). */
export const dutch = dutchPublic;
