import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * Shared Playwright fixtures. Import `test` and `expect` from here instead of @playwright/test:
 *
 *   test('coach sees the household', async ({ page, signIn }) => {
 *     await signIn('coach@voorbeeld.nl');
 *     await page.goto('/');
 *     await expectNoAxeViolations(page);
 *   });
 */
export const DEMO_PASSWORD = 'Wijkwijs-demo-2026';

/** `<role>@voorbeeld.nl`, the demo accounts of Gemeente Voorbeeld. */
export const demoAccount = (role: string) => `${role}@voorbeeld.nl`;

export interface Fixtures {
  /**
   * Signs in through the API (`POST /api/v1/sessions` with the Origin header the server checks)
   * and puts the session cookie into this test's browser context, so `page` is signed in.
   * Demo mode has no TOTP; pass `totp` for an account that has it.
   */
  signIn: (email: string, options?: { password?: string; totp?: string }) => Promise<void>;
}

export const test = base.extend<Fixtures>({
  signIn: async ({ page, playwright, baseURL }, use) => {
    if (!baseURL) throw new Error('signIn needs use.baseURL (see playwright.config.ts)');
    const origin = new URL(baseURL).origin;
    await use(async (email, options = {}) => {
      const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Origin: origin } });
      try {
        const res = await api.post('/api/v1/sessions', {
          data: { email, password: options.password ?? DEMO_PASSWORD, ...(options.totp ? { totp: options.totp } : {}) },
        });
        expect(res.status(), `sign-in as ${email}: ${await res.text()}`).toBe(201);
        const state = await api.storageState();
        await page.context().addCookies(state.cookies);
      } finally {
        await api.dispose();
      }
    });
  },
});

export { expect };

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Fails the test when axe finds WCAG 2.1 A/AA violations on the page as it is now, listing each
 * rule, its impact and the elements. `exclude` takes CSS selectors of parts that are not ours.
 */
export async function expectNoAxeViolations(page: Page, options: { exclude?: string[] } = {}): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  const summary = violations
    .map((v) => `- ${v.id} (${v.impact ?? 'unknown'}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s*\n\s*/g, ' ') ?? ''}`).join('\n')}\n  ${v.helpUrl}`)
    .join('\n');
  // Compare rule ids only, so a failure shows the readable summary above and not axe's raw objects.
  expect(violations.map((v) => v.id), `axe found ${violations.length} WCAG A/AA violation(s) on ${page.url()}:\n${summary}`).toEqual([]);
}
