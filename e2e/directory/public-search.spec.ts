import type { Page } from '@playwright/test';
import type { PublicServiceDetail, ServicePage } from '../../src/contracts/directory';
import { expect, expectNoAxeViolations, test } from '../support/fixtures';
import { blockInternet } from './helpers';

test.use({ viewport: { width: 390, height: 844 } });

const results = (page: Page) => page.getByRole('region', { name: 'Resultaten' });
const resultLinks = (page: Page) => results(page).getByRole('listitem').getByRole('heading').getByRole('link');

/** The distances shown on the result cards, in km, in the order shown. */
async function shownDistances(page: Page): Promise<number[]> {
  const facts = await results(page).locator('.directory-card__facts li').allTextContents();
  // Card facts after the first read "· 0,2 km" (the separator is part of the text).
  return facts.map((f) => f.replace(/^·\s*/, '').trim()).filter((f) => /^\d+(,\d+)? km$/.test(f)).map((f) => Number(f.replace(' km', '').replace(',', '.')));
}

test('on a phone a resident finds services despite a typo and by a word form, filters by age and distance, and opens a service page', async ({ page, baseURL, request }) => {
  await blockInternet(page, baseURL);
  await page.goto('/sociale-kaart');
  await expect(page.getByRole('heading', { level: 1, name: 'Sociale kaart' })).toBeVisible();
  await expectNoAxeViolations(page);
  const count = page.getByRole('status').filter({ hasText: /gevonden/ });

  // A typo: "huiswerkbegeleding" still finds "Huiswerkbegeleiding …".
  await page.getByRole('searchbox', { name: 'Wat zoek je?' }).fill('huiswerkbegeleding');
  await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
  await expect(page).toHaveURL(/\?q=huiswerkbegeleding$/);
  await expect(count).toBeVisible();
  await expect(resultLinks(page).filter({ hasText: /^Huiswerkbegeleiding / }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  // A word form: "voetballen" finds "Voetbal voor kinderen …".
  await page.getByRole('searchbox', { name: 'Wat zoek je?' }).fill('voetballen');
  await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
  await expect(resultLinks(page).filter({ hasText: /^Voetbal voor kinderen / }).first()).toBeVisible();
  // The count is the search's total, not the number of cards on screen.
  const voetbal = (await (await request.get('/api/v1/public/services?q=voetballen')).json()) as ServicePage;
  const shown = await resultLinks(page).count();
  await expect(count).toHaveText(voetbal.totalExact
    ? (voetbal.total > shown ? `${voetbal.total} resultaten gevonden. De eerste ${shown} staan hieronder.` : `${voetbal.total} resultaten gevonden.`)
    : `Meer dan ${voetbal.total} resultaten gevonden. De eerste ${shown} staan hieronder. Zoek preciezer als u minder resultaten wilt.`);

  // Age: football for children is not there for a 30-year-old, and is for a 9-year-old.
  await page.getByText('Filters', { exact: true }).click();
  await page.getByLabel('Leeftijd').fill('30');
  await page.getByRole('button', { name: 'Filters toepassen' }).click();
  await expect(page).toHaveURL(/age=30/);
  await expect(count).toBeVisible();
  await expect(resultLinks(page).filter({ hasText: /^Voetbal voor kinderen / })).toHaveCount(0);
  await page.getByLabel('Leeftijd').fill('9');
  await page.getByRole('button', { name: 'Filters toepassen' }).click();
  await expect(page).toHaveURL(/age=9/);
  await expect(resultLinks(page).filter({ hasText: /^Voetbal voor kinderen / }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  // Distance from a postcode: the postcode of one of these services' places (demo postcodes have coordinates).
  const found = (await (await request.get('/api/v1/public/services?q=voetballen&age=9')).json()) as ServicePage;
  const first = found.items.find((item) => item.name.startsWith('Voetbal voor kinderen'));
  expect(first, 'the demo data has football for children').toBeTruthy();
  const detail = (await (await request.get(`/api/v1/public/services/${first?.id ?? ''}`)).json()) as PublicServiceDetail;
  const postcode = detail.locations[0]?.address?.postalCode ?? '';
  expect(postcode).toMatch(/^\d{4} ?[A-Z]{2}$/);
  await page.getByLabel('Postcode').fill(postcode);
  await page.getByLabel('Afstand').selectOption({ label: 'Binnen 2 km' });
  await page.getByLabel('Sorteren').selectOption({ label: 'Dichtstbij eerst' });
  await page.getByRole('button', { name: 'Filters toepassen' }).click();
  await expect(page).toHaveURL(/postcode=\d{4}[A-Z]{2}&radiusKm=2&.*sort=distance/);
  // The service was already listed before the postcode: wait for the list that shows distances.
  await expect(results(page).locator('.directory-card__facts li').filter({ hasText: /\d+(,\d+)? km$/ }).first()).toBeVisible();
  await expect(resultLinks(page).and(page.locator(`[href="/sociale-kaart/aanbod/${detail.id}"]`))).toBeVisible();
  const distances = await shownDistances(page);
  expect(distances.length).toBeGreaterThan(0);
  expect(distances.every((km) => km <= 2)).toBe(true);
  expect(distances).toEqual([...distances].sort((a, b) => a - b));
  await expectNoAxeViolations(page);

  // The back button returns to the search before the distance filter.
  await page.goBack();
  await expect(page).toHaveURL(/age=9$/);
  await expect(page.getByLabel('Postcode')).toHaveValue('');

  // The map shows the same results (tiles blocked: the markers still show).
  await page.goForward();
  await results(page).getByRole('link', { name: 'Kaart' }).click();
  await expect(page).toHaveURL(/view=map/);
  await expect(page.getByRole('region', { name: 'Kaart met de resultaten' })).toBeVisible();
  await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await results(page).getByRole('link', { name: 'Lijst' }).click();

  // The service page: for whom, cost, how to get in, opening times, place with a route link.
  await resultLinks(page).and(page.locator(`[href="/sociale-kaart/aanbod/${detail.id}"]`)).click();
  await expect(page.getByRole('heading', { level: 1, name: detail.name })).toBeVisible();
  for (const heading of ['Voor wie', 'Kosten', 'Zo meld je je aan', 'Openingstijden', 'Waar', 'Contact']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByRole('term').first()).toHaveText(/^(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)$/);
  await expect(page.getByRole('definition').first()).toHaveText(/^\d{2}:\d{2}–\d{2}:\d{2}/);
  await expect(page.getByRole('link', { name: /Route plannen/ })).toHaveAttribute('href', /^https:\/\/www\.openstreetmap\.org\/directions\?route=/);
  await expectNoAxeViolations(page);

  // Anyone can say something is wrong.
  await page.getByLabel('Wat moet er anders?').fill('De openingstijden op zaterdag kloppen niet meer.');
  await page.getByRole('button', { name: 'Voorstel versturen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'We hebben je voorstel ontvangen' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a shared search link shows its filters in the form, also those whose options load after the page', async ({ page, baseURL }) => {
  await blockInternet(page, baseURL);
  await page.goto('/sociale-kaart?theme=opvoeden&language=ar');
  const form = page.getByRole('region', { name: 'Zoeken' });
  await expect(form.getByLabel('Onderwerp')).toHaveValue('opvoeden');
  await expect(form.getByLabel('Taal')).toHaveValue('ar');
  await expect(form.getByLabel('Onderwerp').locator('option:checked')).toHaveText('Opvoeden');
});
