import type { Page } from '@playwright/test';
import { demoAccount, expect, expectNoAxeViolations, test } from '../support/fixtures';

/** Nothing leaves localhost: the map's tiles are refused, and the map must cope. */
async function blockTheInternet(page: Page) {
  await page.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort());
}

test('an outreach worker logs a visit and finds it in the list', async ({ page, signIn }) => {
  await blockTheInternet(page);
  await signIn(demoAccount('outreach'));
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Outreachlogboek' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Outreachlogboek' })).toBeFocused();
  await expect(page.getByText('Bezig met laden…')).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Submitting empty shows the error summary with links, and puts the focus on it.
  await page.getByRole('button', { name: 'Bezoek opslaan' }).click();
  // (the summary is an NL Design System alert: the focus is on the outer element, the role inside)
  const summary = page.locator(':focus');
  await expect(summary).toContainText('Er ging iets mis. Kijk dit na:');
  await expect(summary.getByRole('link', { name: /^Buurt:/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Buurt', { exact: true }).selectOption({ label: 'Havenkwartier (Noord)' });
  await page.getByLabel('Begintijd').fill('19:30');
  await page.getByLabel('Duur in minuten').fill('75');
  await page.getByLabel('Soort werk').selectOption({ label: 'Collectief (groepsactiviteit)' });
  await page.getByLabel('Aantal jongeren gesproken').fill('14');
  await page.getByRole('checkbox', { name: 'Vrije tijd' }).check();
  await page.getByRole('checkbox', { name: 'Veiligheid' }).check();
  await page.getByLabel('Notities').fill('Pannakooi-toernooi bij de haven, goede sfeer');
  await page.getByLabel('Vervolg', { exact: true }).fill('Toernooi elke maand herhalen');
  await page.getByLabel('Soort vervolg').selectOption({ label: 'Activiteit' });

  // The map is optional: without tiles it says so, and a click still picks a point.
  await page.getByRole('button', { name: 'Kaart tonen' }).click();
  const map = page.getByRole('application', { name: 'Kaart: klik om de plek te kiezen' });
  await expect(map).toBeVisible();
  await expect(page.getByText('De kaart kan niet laden.')).toBeVisible();
  await map.click({ position: { x: 200, y: 120 } });
  await expect(page.getByText(/^Gekozen punt: 5\d\.\d{5}, [3-7]\.\d{5}$/)).toBeVisible();
  await expectNoAxeViolations(page, { exclude: ['.leaflet-control-attribution'] });

  await page.getByRole('button', { name: 'Bezoek opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Het bezoek is opgeslagen.' })).toBeVisible();
  await page.getByLabel('Toon').selectOption({ label: 'Havenkwartier' });
  const row = page.getByRole('row').filter({ hasText: 'Toernooi elke maand herhalen' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Havenkwartier');
  await expect(row.getByRole('cell').nth(1)).toHaveText('75');
  await expect(row).toContainText('Collectief (groepsactiviteit)');
  await expect(row).toContainText('Vrije tijd, Veiligheid');
  await expect(row).toContainText('Kevin Mulder');
  await expectNoAxeViolations(page);
});

test('an outreach worker has no case files', async ({ page, signIn }) => {
  await signIn(demoAccount('outreach'));
  await page.goto('/huishoudens');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/Huishoudens|Mijn huishoudens/);
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Huishoudens' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});
