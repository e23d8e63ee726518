import type { Page } from '@playwright/test';
import { demoAccount, expect, expectNoAxeViolations, test } from '../support/fixtures';
import { apiAs, blockInternet, inAnotherWindow } from './helpers';

/** Screenshots for review (phone and desktop) when SHOTS_DIR is set; the test does not depend on them. */
async function shoot(page: Page, name: string) {
  const dir = process.env.SHOTS_DIR;
  if (!dir) return;
  for (const [label, size] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `${dir}/${name}-${label}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

test('a host adds an activity from their account; it waits for the team and stays theirs', async ({ page, signIn, baseURL, playwright }) => {
  await blockInternet(page, baseURL);
  await signIn(demoAccount('initiative_host'));
  await page.goto('/aanbod/mijn');
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn aanbod' })).toBeVisible();
  await page.getByRole('link', { name: 'Nieuwe activiteit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe activiteit' })).toBeVisible();
  await expect(page.getByRole('checkbox').first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Activiteit insturen' }).click();
  await expect(page.locator(':focus')).toContainText('Kijk dit na');
  await expectNoAxeViolations(page);
  await shoot(page, 'new-activity-errors');

  await page.getByLabel('Naam van de activiteit').fill('Pleinvoetbal Kastanjeplein');
  await page.getByLabel('Vertel er iets over').fill('Elke woensdag samen voetballen op het plein, voor kinderen uit de buurt.');
  await page.getByRole('checkbox', { name: 'Sport en spel' }).check();
  await page.getByLabel('Vanaf welke leeftijd?').fill('8');
  await page.getByLabel('Naam van de plek').fill('Kastanjeplein');
  await page.getByLabel('Straat en huisnummer').fill('Kastanjeplein 1');
  await page.getByLabel('Postcode').fill('9101 AA');
  await page.getByLabel('Plaats').fill('Voorbeeld');
  await page.getByRole('checkbox', { name: 'woensdag' }).check();
  await page.getByLabel('Begintijd').fill('15:00');
  await page.getByLabel('Eindtijd').fill('17:00');
  await page.getByLabel('E-mailadres voor vragen').fill('pleinvoetbal@example.nl');
  await shoot(page, 'new-activity-filled');
  await page.getByRole('button', { name: 'Activiteit insturen' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Pleinvoetbal Kastanjeplein' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'is ingestuurd' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Status' })).toContainText('Wacht op controle');
  await expect(page.getByRole('region', { name: 'Geschiedenis' }).getByRole('cell', { name: 'Aangemeld' })).toBeVisible();
  await expectNoAxeViolations(page);
  await shoot(page, 'new-activity-sent');

  await page.goto('/aanbod/mijn');
  await expect(page.getByRole('region', { name: 'Wacht op controle' }).getByRole('link', { name: 'Pleinvoetbal Kastanjeplein' })).toBeVisible();
  const coach = await apiAs(playwright, baseURL, 'coach');
  const queue = await (await coach.get('/api/v1/services?moderation=pending&q=pleinvoetbal')).json();
  expect(queue.items.map((i: { name: string }) => i.name)).toEqual(['Pleinvoetbal Kastanjeplein']);
  expect((await (await coach.get('/api/v1/public/services?q=pleinvoetbal')).json()).items).toEqual([]);
  await coach.dispose();
});

test('a provider adds and edits a place of their organisation, offers a service there, and is not overwritten by someone else\'s save', async ({ page, signIn, baseURL, browser }) => {
  test.slow(); // a long flow with a second window: over 30 s on a busy machine, so three times the default
  await blockInternet(page, baseURL);
  await signIn(demoAccount('provider'));
  await page.goto('/aanbod/mijn');
  await page.getByRole('link', { name: 'Locaties' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Locaties' })).toBeVisible();
  const add = page.getByRole('link', { name: /^Nieuwe locatie voor / }).first();
  await expect(add).toBeVisible();
  await expectNoAxeViolations(page);
  await shoot(page, 'locations');

  await add.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe locatie' })).toBeVisible();
  await page.getByLabel('Naam van de locatie').fill('Wijkcentrum De Kastanje');
  await page.getByLabel('Straat en huisnummer').fill('Kastanjelaan 12');
  await page.getByLabel('Postcode').fill('9101 AA');
  await page.getByLabel('Plaats').fill('Voorbeeld');
  await page.getByLabel('Toegankelijkheid (mag je leeg laten)').fill('Rolstoeltoegankelijk\nInvalidetoilet');
  await expectNoAxeViolations(page);
  await shoot(page, 'location-new');
  await page.getByRole('button', { name: 'Locatie opslaan' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Wijkcentrum De Kastanje' })).toBeVisible();
  await expect(page.getByText(/^Op de kaart: 5\d\.\d+, \d\.\d+/)).toBeVisible();
  await expect(page.getByLabel('Toegankelijkheid (mag je leeg laten)')).toHaveValue('Rolstoeltoegankelijk\nInvalidetoilet');

  // Offer one of the organisation's services here: it is a new version of that service.
  const choose = page.getByLabel('Aanbod toevoegen aan deze locatie');
  const serviceName = (await choose.locator('option').nth(1).textContent()) ?? '';
  await choose.selectOption({ label: serviceName });
  await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'is nu op deze locatie' })).toBeVisible();
  const here = page.getByRole('region', { name: 'Aanbod op deze locatie' });
  await expect(here.getByRole('link', { name: serviceName })).toBeVisible();
  await expectNoAxeViolations(page);

  // Someone else saves the place in between: our save says so and keeps what we typed.
  await inAnotherWindow(browser, page, baseURL, async (otherPage) => {
    await otherPage.getByLabel('Zo kom je er (mag je leeg laten)').fill('Bus 8, halte Kastanjelaan.');
    await otherPage.getByRole('button', { name: 'Opslaan' }).click();
    await expect(otherPage.getByRole('status').filter({ hasText: 'De locatie is opgeslagen' })).toBeVisible();
  });
  await page.getByLabel('Naam van de locatie').fill('Wijkcentrum De Kastanje (zaal 2)');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.locator('.wijkwijs-error-summary').filter({ hasText: 'Iemand anders heeft' })).toBeFocused();
  await expect(page.getByLabel('Naam van de locatie')).toHaveValue('Wijkcentrum De Kastanje (zaal 2)');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Nieuwste versie laden' }).click();
  await expect(page.getByLabel('Zo kom je er (mag je leeg laten)')).toHaveValue('Bus 8, halte Kastanjelaan.');
  await page.getByLabel('Naam van de locatie').fill('Wijkcentrum De Kastanje (zaal 2)');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wijkcentrum De Kastanje (zaal 2)' })).toBeVisible();

  const history = page.getByRole('region', { name: 'Geschiedenis' });
  await expect(history.getByRole('row')).toHaveCount(4);
  await expect(history.getByRole('row').nth(1)).toContainText('Gewijzigd');
  await expect(history.getByRole('row').nth(3)).toContainText('Aangemaakt');
  await expectNoAxeViolations(page);
  await shoot(page, 'location-edit');

  // The service's page lists the place and its own history says who added it.
  await here.getByRole('link', { name: serviceName }).click();
  await expect(page.getByRole('heading', { level: 1, name: serviceName })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Locaties van dit aanbod' }).getByRole('link', { name: 'Wijkcentrum De Kastanje (zaal 2)' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Geschiedenis' }).getByRole('cell', { name: 'Locatie toegevoegd' })).toBeVisible();
  await expectNoAxeViolations(page);
  await shoot(page, 'service-places');
});

test('with MAP_TILE_URL=off no map draws a tile layer: the outreach picker and the public directory map', async ({ page, signIn, baseURL }) => {
  await blockInternet(page, baseURL);
  await page.route('**/api/v1/outreach-log-options', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, json: { ...(await response.json()), mapTileUrl: null, mapTileAttribution: null } });
  });
  await page.route('**/api/v1/public/tenant', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, json: { ...(await response.json()), map: null } });
  });
  await signIn(demoAccount('outreach'));
  await page.goto('/outreach');
  await page.getByRole('button', { name: 'Kaart tonen' }).click();
  await expect(page.locator('.wijkwijs-outreach-map.leaflet-container')).toBeVisible();
  await expect(page.getByText('De kaart heeft geen achtergrond')).toBeVisible();
  await expect(page.locator('.leaflet-tile-pane *')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await shoot(page, 'outreach-map-off');

  await page.goto('/sociale-kaart?q=voetbal&view=map');
  await expect(page.getByRole('region', { name: 'Kaart met de resultaten' })).toBeVisible();
  await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
  await expect(page.locator('.leaflet-tile-pane *')).toHaveCount(0);
});
