import type { Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { demoAccount, expect, expectNoAxeViolations, test } from '../support/fixtures';

/**
 * Two organisations register the same young person and are told of each other — organisation,
 * contact person, phone — and never anything about the young person. The end at the 23rd birthday
 * is shown as the "until" date here; that the registration is actually gone afterwards is proven
 * with a moved clock in src/server/features/signal-matching/end-registrations-job.test.ts (the
 * browser cannot move the server's clock).
 */
test.describe.configure({ mode: 'serial' });

const givenName = `Jesse${randomUUID().slice(0, 4).replace(/\d/g, 'x')}`;
const young = { givenName, familyName: 'Wolters', birthDate: '2005-01-15' };

async function openSignalMatching(page: Page) {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Signaalmatching' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Signaalmatching' })).toBeFocused();
  await expect(page.getByText('Bezig met laden…')).toHaveCount(0);
  await expectNoAxeViolations(page);
}

async function register(page: Page, organisation: string, phone: string) {
  await page.getByLabel('Voornaam van de jongere').fill(young.givenName);
  await page.getByLabel('Achternaam van de jongere').fill(young.familyName);
  await page.getByLabel('Geboortedatum van de jongere').fill(young.birthDate);
  await page.getByLabel('Je organisatie').fill(organisation);
  await page.getByLabel('Je telefoonnummer').fill(phone);
  await page.getByLabel('Eigen kenmerk (niet verplicht)').fill(`${organisation.slice(0, 3)}-e2e`);
  await page.getByRole('button', { name: 'Betrokkenheid melden' }).click();
}

test('a school registers a young person; nobody else is involved yet', async ({ page, signIn }) => {
  await signIn(demoAccount('signaller'));
  await openSignalMatching(page);
  await page.getByRole('button', { name: 'Betrokkenheid melden' }).click();
  const summary = page.locator(':focus');
  await expect(summary).toContainText('Er ging iets mis. Kijk dit na:');
  await expect(summary.getByRole('link', { name: 'Voornaam van de jongere: Vul de voornaam in.' })).toBeVisible();
  await register(page, 'Het Baken College', '010-5550199');
  await expect(page.getByRole('status').filter({ hasText: 'Andere betrokken organisaties: 0.' })).toBeVisible();
  const mine = page.getByRole('row').filter({ hasText: 'Het-e2e' });
  await expect(mine).toContainText('15 jan 2028');
  await expectNoAxeViolations(page);
});

test('the youth worker registers the same young person and both are told of each other, without content', async ({ page, signIn }) => {
  await signIn(demoAccount('outreach'));
  await openSignalMatching(page);
  await register(page, 'Jongerenwerk De Haven', '06-55509876');
  await expect(page.getByRole('status').filter({ hasText: 'Andere betrokken organisaties: 1.' })).toBeVisible();
  const school = page.getByRole('row').filter({ hasText: 'Het Baken College' }).filter({ hasText: '010-5550199' });
  await expect(school).toContainText('Ahmed Yilmaz');
  await expectNoAxeViolations(page);
  await expect(page.getByText(givenName)).toHaveCount(0);

  await signIn(demoAccount('signaller'));
  await openSignalMatching(page);
  const youthWork = page.getByRole('row').filter({ hasText: 'Jongerenwerk De Haven' });
  await expect(youthWork).toContainText('Kevin Mulder');
  await expect(youthWork).toContainText('06-55509876');
  await expect(page.getByText(givenName)).toHaveCount(0);
  await expect(page.getByText('Wolters')).toHaveCount(0);
});

test('the young person sees which organisations are involved, since when and until when', async ({ page, signIn }) => {
  await signIn(demoAccount('client'));
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Wie is bij mij betrokken?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wie is bij mij betrokken?' })).toBeFocused();
  const table = page.getByRole('table', { name: 'Organisaties die bij jou betrokken zijn' });
  await expect(table.getByRole('row').filter({ hasText: 'Het Baken College' })).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'Jongerenwerk De Plek' })).toBeVisible();
  await expect(table).not.toContainText('Ahmed');
  await expectNoAxeViolations(page);
});

test('the admin switches signal matching off: the menu hides it; and on again', async ({ page, signIn }) => {
  await signIn(demoAccount('admin'));
  await page.goto('/beheer/signaalmatching');
  await expect(page.getByRole('heading', { level: 1, name: 'Signaalmatching aan of uit' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('checkbox', { name: 'Signaalmatching staat aan' }).uncheck();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen.' })).toBeVisible();

  await signIn(demoAccount('signaller'));
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Start' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Signaalmatching' })).toHaveCount(0);
  await page.goto('/signaalmatching');
  await expect(page.getByText('Signaalmatching staat uit in deze gemeente.')).toBeVisible();
  await expectNoAxeViolations(page);

  await signIn(demoAccount('admin'));
  await page.goto('/beheer/signaalmatching');
  await page.getByRole('checkbox', { name: 'Signaalmatching staat aan' }).check();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen.' })).toBeVisible();
});
