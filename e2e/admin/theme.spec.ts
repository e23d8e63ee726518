import { randomInt } from 'node:crypto';
import type { Locator, Page } from '@playwright/test';
import type { PublicTenantInfo, TenantTheme } from '../../src/contracts/auth';
import type { z } from 'zod';
import { demoAccount, expect, expectNoAxeViolations, test } from '../support/fixtures';

/** A dark colour (every channel at most 0x60), so white text on it stays above 6:1; new on every run. */
function darkColour(): { hex: string; rgb: string } {
  const channels = [randomInt(0x61), randomInt(0x61), randomInt(0x61)];
  return { hex: `#${channels.map((c) => c.toString(16).padStart(2, '0')).join('')}`, rgb: `rgb(${channels.join(', ')})` };
}

const background = (locator: Locator) => locator.evaluate((element) => getComputedStyle(element).backgroundColor);

async function expectPrimaryColour(page: Page, rgb: string, button: Locator) {
  await expect.poll(() => background(page.getByRole('banner'))).toBe(rgb);
  await expect.poll(() => background(button)).toBe(rgb);
}

test('an admin cannot save hard-to-read colours, saves a readable one, and everyone sees it', async ({ page, signIn, browser, baseURL }) => {
  const origin = new URL(baseURL as string).origin;
  const tenant = (await (await page.request.get('/api/v1/public/tenant')).json()) as z.infer<typeof PublicTenantInfo>;
  const original: TenantTheme = tenant.theme;
  const colour = darkColour();

  await signIn(demoAccount('admin'));
  try {
    await page.goto('/beheer/huisstijl');
    await expect(page.getByRole('heading', { level: 1, name: 'Huisstijl' })).toBeVisible();
    const save = page.getByRole('button', { name: 'Huisstijl opslaan' });
    const headerBefore = await background(page.getByRole('banner'));
    await expectNoAxeViolations(page);

    // White text on light yellow: refused before anything is sent, with a summary in plain Dutch.
    await page.getByLabel('Hoofdkleur', { exact: true }).fill('#ffeb3b');
    await page.getByLabel('Tekstkleur op de hoofdkleur', { exact: true }).fill('#ffffff');
    await expect(page.getByText('Contrast tussen hoofdkleur en tekstkleur: 1,2 : 1, te laag. Het moet minstens 4,5 : 1 zijn.')).toBeVisible();
    await save.click();
    const summary = page.locator(':focus');
    await expect(summary).toContainText('Er ging iets mis. Kijk dit na:');
    await expect(summary.getByRole('link', { name: /^Tekstkleur op de hoofdkleur: De tekstkleur is slecht te lezen op de hoofdkleur\./ })).toBeVisible();
    await expectNoAxeViolations(page);
    await summary.getByRole('link', { name: /^Tekstkleur op de hoofdkleur/ }).click();
    await expect(page.getByLabel('Tekstkleur op de hoofdkleur', { exact: true })).toBeFocused();

    // Dark text on yellow reads well, but a yellow primary colour on the white page does not.
    await page.getByLabel('Tekstkleur op de hoofdkleur', { exact: true }).fill('#000000');
    await expect(page.getByText('Vul kleuren in die goed leesbaar zijn om een voorbeeld te zien.')).toBeVisible();
    await save.click();
    await expect(page.locator(':focus').getByRole('link')).toHaveText(['Hoofdkleur: De hoofdkleur is slecht te zien op de witte pagina. Kies een donkerdere kleur (minstens 4,5 : 1).']);

    // The server applies the same rule to anyone who skips the form.
    const refused = await page.request.put('/api/v1/theme', { data: { primaryColour: '#ffeb3b', primaryTextColour: '#ffffff' }, headers: { Origin: origin } });
    expect(refused.status()).toBe(422);
    expect(((await refused.json()) as { code: string }).code).toBe('insufficient_contrast');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Huisstijl' })).toBeVisible();
    expect(await background(page.getByRole('banner'))).toBe(headerBefore);

    // A readable colour is saved and used at once.
    await page.getByLabel('Hoofdkleur', { exact: true }).fill(colour.hex);
    await page.getByLabel('Tekstkleur op de hoofdkleur', { exact: true }).fill('#ffffff');
    await save.click();
    await expect(page.getByRole('status').filter({ hasText: 'De huisstijl is opgeslagen en staat nu aan.' })).toBeVisible();
    await expectPrimaryColour(page, colour.rgb, save);
    await expectNoAxeViolations(page);

    await page.reload();
    await expect(page.getByLabel('Hoofdkleur', { exact: true })).toHaveValue(colour.hex);
    await expectPrimaryColour(page, colour.rgb, save);

    // Another user, in another browser, sees it on the sign-in page and after signing in.
    const coachContext = await browser.newContext({ baseURL, locale: 'nl-NL' });
    try {
      const coach = await coachContext.newPage();
      await coach.goto('/inloggen');
      await expectPrimaryColour(coach, colour.rgb, coach.getByRole('button', { name: 'Inloggen', exact: true }));
      await coach.getByLabel('E-mailadres').fill(demoAccount('coach'));
      await coach.getByLabel('Wachtwoord', { exact: true }).fill('Wijkwijs-demo-2026');
      await coach.getByRole('button', { name: 'Inloggen', exact: true }).click();
      await expect(coach.getByRole('heading', { level: 1, name: /^Welkom, / })).toBeVisible();
      await expect.poll(() => background(coach.getByRole('banner'))).toBe(colour.rgb);
      await expectNoAxeViolations(coach);
    } finally {
      await coachContext.close();
    }
  } finally {
    // The theme belongs to the whole tenant: put back what was there, for the specs after this one.
    const restored = await page.request.put('/api/v1/theme', { data: original, headers: { Origin: origin } });
    expect(restored.status(), await restored.text()).toBe(200);
  }
});
