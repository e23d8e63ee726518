import { demoAccount, expect, expectNoAxeViolations, test } from '../support/fixtures';
import { blockInternet, inAnotherWindow } from './helpers';

test('a provider updates capacity and edits a service of their organisation; an edit saved by someone else in between is not overwritten', async ({ page, signIn, baseURL, browser }) => {
  await blockInternet(page, baseURL);
  await signIn(demoAccount('provider'));
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn aanbod' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn aanbod' })).toBeVisible();
  await expectNoAxeViolations(page);

  const published = page.getByRole('region', { name: 'Gepubliceerd' });
  const link = published.getByRole('listitem').getByRole('heading').getByRole('link').first();
  const name = (await link.textContent()) ?? '';
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expectNoAxeViolations(page);

  // Capacity, with the time of the update.
  await page.getByLabel('Vrije plekken').fill('3');
  await page.getByLabel('Wachttijd in weken').fill('5');
  await page.getByRole('button', { name: 'Plekken en wachttijd opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Plekken en wachttijd zijn opgeslagen' })).toBeVisible();
  const capacity = page.getByRole('region', { name: 'Plekken en wachttijd' }).first();
  await expect(capacity).toContainText('3 plekken vrij, wachttijd ongeveer 5 weken');
  await expect(capacity).toContainText('Bijgewerkt op');
  await expect(page.getByRole('region', { name: 'Geschiedenis' }).getByRole('cell', { name: 'Plekken en wachttijd bijgewerkt' }).first()).toBeVisible();

  // Edit; meanwhile the same service is changed in another window: saving then says so and keeps what was typed.
  await page.getByRole('link', { name: 'Bewerken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${name} bewerken` })).toBeVisible();
  await expectNoAxeViolations(page);
  await inAnotherWindow(browser, page, baseURL, async (otherPage) => {
    await otherPage.getByLabel('Zo meld je je aan').fill('Bel ons op werkdagen tussen 9 en 12 uur.');
    await otherPage.getByRole('button', { name: 'Opslaan' }).click();
    await expect(otherPage.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
    await expect(otherPage.getByText('Bel ons op werkdagen tussen 9 en 12 uur.')).toBeVisible();
  });
  await page.getByLabel('Zo meld je je aan').fill('Meld je aan via de website.');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Iemand anders heeft' })).toBeVisible();
  await expect(page.locator('.wijkwijs-error-summary').filter({ hasText: 'Iemand anders heeft' })).toBeFocused();
  await expect(page.getByLabel('Zo meld je je aan')).toHaveValue('Meld je aan via de website.');
  await expectNoAxeViolations(page);

  // After loading the newest version the provider's own edit goes through.
  await page.getByRole('button', { name: 'Nieuwste versie laden' }).click();
  await expect(page.getByLabel('Zo meld je je aan')).toHaveValue('Bel ons op werkdagen tussen 9 en 12 uur.');
  await page.getByLabel('Zo meld je je aan').fill('Meld je aan via de website.');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
  await expect(page.getByText('Meld je aan via de website.')).toBeVisible();
});
