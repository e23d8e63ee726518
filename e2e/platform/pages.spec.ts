import type { Page } from '@playwright/test';
import { demoAccount, expect, expectNoAxeViolations, test } from '../support/fixtures';

/** A screen is ready when its heading is there and nothing is loading any more. */
async function expectScreen(page: Page, heading: string | RegExp) {
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expect(page.getByText('Bezig met laden…')).toHaveCount(0);
}

/** From the top of a freshly loaded page, the first Tab reaches the skip link, and it moves focus to main. */
async function expectSkipLinkFirst(page: Page) {
  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Naar de inhoud' });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
}

/**
 * Follows every link of the main menu, as a user would: each screen gets the focus on its heading
 * (so keyboard and screen-reader users start there) and passes axe.
 */
async function visitMainMenu(page: Page): Promise<string[]> {
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
  const names = await menu.getByRole('link').allInnerTexts();
  // Start after the page we are on, and come back to it last.
  const here = names.indexOf(await menu.locator('[aria-current="page"]').innerText());
  for (const name of [...names.slice(here + 1), ...names.slice(0, here + 1)]) {
    await menu.getByRole('link', { name, exact: true }).click();
    await expect(menu.getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page');
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toBeFocused();
    await expect(page).toHaveTitle(`${await heading.innerText()} – Gemeente Voorbeeld`);
    await expect(page.getByText('Bezig met laden…')).toHaveCount(0);
    await expectNoAxeViolations(page);
  }
  return names;
}

/** The two-factor screen is not in the menu; it hangs off the account page. */
async function visitTotpSetup(page: Page) {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn account' }).click();
  await page.getByRole('link', { name: 'Tweestapsverificatie instellen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tweestapsverificatie instellen' })).toBeFocused();
  await expectNoAxeViolations(page);
}

test('the public pages pass axe and start with the skip link', async ({ page }) => {
  for (const [path, heading] of [
    ['/inloggen', 'Inloggen'],
    ['/wachtwoord-vergeten', 'Wachtwoord vergeten'],
    ['/wachtwoord-instellen?token=abcdefghijklmnopqrstuvwxyz0123456789', 'Wachtwoord instellen'],
  ] as const) {
    await page.goto(path);
    await expectScreen(page, heading);
    await expectNoAxeViolations(page);
    await expectSkipLinkFirst(page);
  }
});

test('an admin can reach every admin screen from the menu, each passing axe', async ({ page, signIn }) => {
  // Fifteen screens now (Meldcode, directory, signal matching, import): give the walk more time.
  test.slow();
  await signIn(demoAccount('admin'));
  await page.goto('/');
  await expectScreen(page, 'Welkom, Linda Bakker');
  await expectNoAxeViolations(page);
  await expectSkipLinkFirst(page);

  const names = await visitMainMenu(page);
  expect(names).toEqual(expect.arrayContaining(['Start', 'Gebruikers', 'Teams', 'Wijken en buurten', 'Huisstijl', 'Auditlog', 'Verzonden e-mail', 'Mijn account']));

  await visitTotpSetup(page);
});

test('a coach can reach every screen in their menu, each passing axe, and admin screens say no access', async ({ page, signIn }) => {
  // The coach's menu grows with each feature (outreach log, signal matching): give the walk more time.
  test.slow();
  await signIn(demoAccount('coach'));
  await page.goto('/');
  await expectScreen(page, 'Welkom, Sanne de Vries');
  await expectNoAxeViolations(page);
  await expectSkipLinkFirst(page);
  // Every link on the start page reads as words, never as a catalogue key.
  const startLinks = await page.getByRole('region', { name: 'Wat je hier kunt doen' }).getByRole('link').allTextContents();
  expect(startLinks.length).toBeGreaterThan(3);
  for (const text of startLinks) expect(text).not.toMatch(/^[a-z][\w]*(\.[\w]+)+$/i);

  const names = await visitMainMenu(page);
  expect(names).not.toContain('Gebruikers');
  expect(names).toEqual(expect.arrayContaining(['Start', 'Mijn account']));

  await visitTotpSetup(page);

  for (const path of ['/beheer/gebruikers', '/beheer/outbox']) {
    await page.goto(path);
    await expectScreen(page, 'Geen toegang');
    await expect(page.getByText('Gebruikers uitnodigen')).toHaveCount(0);
    await expectNoAxeViolations(page);
  }
});

test('an unknown address shows a page-not-found screen with a way home', async ({ page, signIn }) => {
  await page.goto('/bestaat-niet');
  await expectScreen(page, 'Pagina niet gevonden');
  await expect(page).toHaveTitle('Pagina niet gevonden – Gemeente Voorbeeld');
  await expectNoAxeViolations(page);
  await expectSkipLinkFirst(page);

  await signIn(demoAccount('coach'));
  await page.goto('/dossiers/bestaat/ook/niet');
  await expectScreen(page, 'Pagina niet gevonden');
  await page.getByRole('main').getByRole('link', { name: 'Naar de startpagina' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Welkom, Sanne de Vries' })).toBeFocused();
});

test('forgot password gives the same answer for a known and an unknown address', async ({ page }) => {
  const sent = 'Als dit e-mailadres bij ons bekend is, krijg je binnen een paar minuten een e-mail.';
  await page.goto('/inloggen');
  await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wachtwoord vergeten' })).toBeFocused();

  // Nothing filled in: the summary says what is missing and takes the focus.
  await page.getByRole('button', { name: 'Stuur mij een link' }).click();
  await expect(page.locator(':focus').getByRole('link')).toHaveText(['E-mailadres: Vul een e-mailadres in.']);
  await expectNoAxeViolations(page);

  for (const email of [demoAccount('analyst'), `niemand-${Date.now()}@voorbeeld.nl`]) {
    await page.goto('/wachtwoord-vergeten');
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByRole('button', { name: 'Stuur mij een link' }).click();
    await expect(page.getByRole('status')).toContainText(sent);
    await expect(page.getByLabel('E-mailadres')).toHaveCount(0);
  }
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Terug naar inloggen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeFocused();
});

test('set password explains a missing or spent link, and checks the new password first', async ({ page }) => {
  await page.goto('/wachtwoord-instellen');
  await expectScreen(page, 'Wachtwoord instellen');
  await expect(page.getByText('Deze link werkt niet (meer). Vraag een nieuwe link aan.')).toBeVisible();
  await expect(page.getByLabel('Nieuw wachtwoord', { exact: true })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.goto('/wachtwoord-instellen?token=abcdefghijklmnopqrstuvwxyz0123456789');
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('te kort');
  await page.getByLabel('Nieuw wachtwoord nog een keer').fill('te kort');
  await page.getByRole('button', { name: 'Wachtwoord instellen' }).click();
  await expect(page.locator(':focus').getByRole('link')).toHaveText(['Nieuw wachtwoord: Gebruik minstens 12 tekens.']);
  await expectNoAxeViolations(page);

  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('een lange zin die goed genoeg is');
  await page.getByLabel('Nieuw wachtwoord nog een keer').fill('een lange zin die goed genoeg is');
  await page.getByRole('button', { name: 'Wachtwoord instellen' }).click();
  await expect(page.locator(':focus')).toContainText('Deze link werkt niet (meer). Vraag een nieuwe link aan.');
  await page.getByRole('link', { name: 'Vraag een nieuwe link aan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wachtwoord vergeten' })).toBeFocused();
});
