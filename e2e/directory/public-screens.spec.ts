import type { ServicePage } from '../../src/contracts/directory';
import { expect, expectNoAxeViolations, test } from '../support/fixtures';
import { blockInternet } from './helpers';

test.use({ viewport: { width: 390, height: 844 } });

/** The search form's plain check (decision 0020) and the sociale kaart's screens that load on the way. */
test('the directory search explains a wrong postcode, and a service page loads when its link is pointed at or opened directly', async ({ page, baseURL, request }) => {
  await blockInternet(page, baseURL);
  await page.goto('/sociale-kaart');
  await expect(page.getByRole('heading', { level: 1, name: 'Sociale kaart' })).toBeVisible();

  await page.getByText('Filters', { exact: true }).click();
  await page.getByLabel('Postcode').fill('1234');
  await page.getByLabel('Leeftijd').fill('negen');
  await page.getByRole('button', { name: 'Filters toepassen' }).click();
  await expect(page.locator(':focus').getByRole('link')).toHaveText(['Leeftijd: Dit klopt niet. Kijk het na.', 'Postcode: Vul een postcode in zoals 1234 AB.']);
  await expect(page).toHaveURL(/\/sociale-kaart$/);
  await expectNoAxeViolations(page);

  // A valid search is in the URL with the postcode written the way the API wants it.
  await page.getByLabel('Leeftijd').fill(' 9 ');
  await page.getByLabel('Postcode').fill('');
  await page.getByRole('button', { name: 'Filters toepassen' }).click();
  await expect(page).toHaveURL(/\?age=9$/);

  // Pointing at a result starts loading the service page before the click.
  const found = (await (await request.get('/api/v1/public/services?age=9')).json()) as ServicePage;
  const first = found.items[0];
  expect(first, 'the demo data has services for a 9-year-old').toBeTruthy();
  const link = page.getByRole('region', { name: 'Resultaten' }).locator(`a[href="/sociale-kaart/aanbod/${first?.id ?? ''}"]`);
  const chunk = page.waitForRequest(/\/assets\/PublicServicePage-[\w-]+\.js$/);
  await link.hover();
  await chunk;
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: first?.name ?? '' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Opened from a shared link, the service page and the proposal form come with the directory's routes.
  for (const [path, heading] of [[`/sociale-kaart/aanbod/${first?.id ?? ''}`, first?.name ?? ''], ['/sociale-kaart/activiteit-aanmelden', 'Activiteit aanmelden']] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expectNoAxeViolations(page);
  }
});
