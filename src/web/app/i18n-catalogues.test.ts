import { describe, expect, it } from 'vitest';
import { mergeCatalogues } from './i18n-catalogues';
import { english } from './i18n-en';
import { dutch as dutchPublic } from './i18n-nl';
import { dutchStaffTexts } from './i18n-nl-staff';

/** Both parts of the Dutch catalogue (i18n-parts.ts): the shell's public texts and the staff chunk's. */
const dutch = { ...dutchPublic, ...dutchStaffTexts };

/** Every text path of a catalogue, e.g. `nav.households`. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keyPaths(inner, prefix ? `${prefix}.${key}` : key));
}

describe('i18n catalogues', () => {
  it('have the same texts in Dutch and English, feature catalogues included', () => {
    const nlKeys = new Set(keyPaths(dutch));
    const enKeys = new Set(keyPaths(english));
    expect([...nlKeys].filter((k) => !enKeys.has(k)).map((k) => `missing in English: ${k}`)).toEqual([]);
    expect([...enKeys].filter((k) => !nlKeys.has(k)).map((k) => `missing in Dutch: ${k}`)).toEqual([]);
  });

  it('include every feature catalogue of their own language only', () => {
    for (const key of ['signals', 'publicDirectory', 'meldcode', 'referrals', 'outreach', 'signalMatching', 'hsdsImport']) {
      expect(dutch).toHaveProperty(key);
      expect(english).toHaveProperty(key);
    }
    expect(dutch).toMatchObject({ layout: { language: 'Taal' } });
    expect(english).toMatchObject({ layout: { language: 'Language' } });
  });

  it('adds a feature catalogue\'s keys and refuses one that redefines a key', () => {
    expect(mergeCatalogues({ common: {} }, [['signals.nl.json', { signals: { title: 'Signalen' } }]])).toEqual({ common: {}, signals: { title: 'Signalen' } });
    expect(() => mergeCatalogues({ common: {} }, [['x.nl.json', { common: { save: 'Opslaan' } }]])).toThrow('i18n: x.nl.json defines "common", which another catalogue already has');
  });
});
