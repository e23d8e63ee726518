import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dutch } from './i18n-nl';
import { dutchStaffTexts } from './i18n-nl-staff';
import { PUBLIC_NAMESPACES } from './i18n-parts';

const web = resolve(import.meta.dirname, '..');

/**
 * What a visitor who is not signed in can open: the shell (main.tsx) and the public screens of
 * AppRoutes.tsx. Their imports are followed, static and dynamic (a public screen's own lazy parts,
 * such as the sociale kaart's service page and map), except AppRoutes' own lazy screens: the
 * signed-in ones load the staff texts with them.
 */
const PUBLIC_ENTRIES = [
  'main.tsx',
  'features/auth/SignInPage.tsx',
  'features/auth/ForgotPasswordPage.tsx',
  'features/auth/SetPasswordPage.tsx',
  'features/signals/PublicSignalPage.tsx',
  'features/public-directory/PublicDirectoryRoutes.tsx',
  'features/referrals/LinkPage.tsx',
];

const IMPORT = /(?:^|[;\s])(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

function resolveModule(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null;
}

/** Source files reachable from the public entries (web app only; contracts name no texts). */
function publicModules(): Map<string, string> {
  const seen = new Map<string, string>();
  const visit = (file: string) => {
    if (seen.has(file) || !file.startsWith(web)) return;
    const source = readFileSync(file, 'utf8');
    seen.set(file, source);
    if (file.endsWith(join('app', 'AppRoutes.tsx'))) {
      // Its lazy screens are listed as entries above or are signed-in screens; its static imports count.
      for (const match of source.replace(/import\(\s*['"][^'"]+['"]\s*\)/g, '').matchAll(IMPORT)) {
        const next = resolveModule(file, match[1] ?? match[2] ?? '');
        if (next) visit(next);
      }
      return;
    }
    for (const match of source.matchAll(IMPORT)) {
      const next = resolveModule(file, match[1] ?? match[2] ?? '');
      if (next) visit(next);
    }
  };
  for (const entry of PUBLIC_ENTRIES) visit(join(web, entry));
  return seen;
}

describe('the Dutch catalogue in two parts', () => {
  const namespaces = [...Object.keys(dutch), ...Object.keys(dutchStaffTexts)];

  it('puts every namespace in exactly one part, and every public one exists', () => {
    expect(Object.keys(dutch).filter((ns) => ns in dutchStaffTexts)).toEqual([]);
    expect(Object.keys(dutch).sort()).toEqual([...PUBLIC_NAMESPACES].sort());
    expect(Object.keys(dutchStaffTexts)).toContain('households');
    expect(Object.keys(dutchStaffTexts)).toContain('meldcode');
  });

  it('has every text the public screens and the shell name in the public part', () => {
    const modules = publicModules();
    expect(modules.size).toBeGreaterThan(40);
    // `'households.title'`, and a namespace that is one text itself (`'meldcodeNav'`) as a whole string.
    const catalogue: Record<string, unknown> = { ...dutch, ...dutchStaffTexts };
    const texts = namespaces.filter((ns) => typeof catalogue[ns] === 'string');
    const known = new RegExp(`['"\`](?:(${namespaces.join('|')})\\.[\\w$]|(${texts.join('|')})['"\`])`, 'g');
    const used = new Map<string, string>();
    for (const [file, source] of modules) {
      if (file.endsWith('.test.ts')) continue;
      for (const match of source.matchAll(known)) used.set(match[1] ?? match[2] ?? '', file.slice(web.length + 1));
    }
    expect(used.has('publicDirectory') && used.has('meldcodeNav')).toBe(true);
    const staffUsed = [...used].filter(([ns]) => !PUBLIC_NAMESPACES.has(ns)).map(([ns, file]) => `${file} names a text of "${ns}", which is not in PUBLIC_NAMESPACES (i18n-parts.ts)`);
    expect(staffUsed).toEqual([]);
  });
});
