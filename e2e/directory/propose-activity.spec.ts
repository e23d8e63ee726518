import { randomUUID } from 'node:crypto';
import { ACTIVITY_CONFIRM_PATH } from '../../src/contracts/directory';
import { expect, expectNoAxeViolations, test } from '../support/fixtures';
import { apiAs, blockInternet, mailedLink } from './helpers';

test.use({ viewport: { width: 390, height: 844 } });

test('a resident proposes an activity, confirms it by e-mail, the team approves it and it appears publicly', async ({ page, browser, baseURL, playwright }) => {
  // Four people's steps in a row (resident, e-mail link, team, public search): 31.7 s in a CI run on a busy machine, so three times the default.
  test.slow();
  const name = `Buurtmoestuin Zonnehoek ${randomUUID().slice(0, 6)}`;
  const email = `e2e-moestuin-${randomUUID().slice(0, 8)}@voorbeeld.nl`;
  await blockInternet(page, baseURL);

  // A resident, not signed in, finds the form from the public sociale kaart.
  await page.goto('/sociale-kaart');
  await expect(page.getByRole('heading', { level: 1, name: 'Sociale kaart' })).toBeVisible();
  await page.getByRole('link', { name: 'Meld je activiteit aan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Activiteit aanmelden' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Sending it half-filled shows the error summary with the focus on it.
  await page.getByRole('button', { name: 'Activiteit aanmelden' }).click();
  await expect(page.locator('.wijkwijs-error-summary')).toBeFocused();
  await expectNoAxeViolations(page);

  await page.getByLabel('Naam van de activiteit').fill(name);
  await page.getByLabel('Vertel er iets over').fill('Elke woensdag samen groente kweken. Kinderen en ouders zijn welkom, je hoeft niets mee te nemen.');
  await page.getByRole('group', { name: /^Onderwerp/ }).getByLabel('Ontmoeten').check();
  await page.getByRole('group', { name: /^Op welke dagen/ }).getByLabel('woensdag').check();
  await page.getByLabel('Begintijd').fill('14:00');
  await page.getByLabel('Eindtijd').fill('16:00');
  await page.getByLabel('Je naam').fill('Fatima Bewoner');
  await page.getByLabel('Je e-mailadres').fill(email);
  await page.getByRole('button', { name: 'Activiteit aanmelden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kijk in je e-mail' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText(email);
  await expectNoAxeViolations(page);

  // Not public yet: it waits for the e-mail confirmation and the team.
  const search = async () => page.goto(`/sociale-kaart?q=${encodeURIComponent(name)}`);
  await search();
  await expect(page.getByRole('status').filter({ hasText: /gevonden/ })).toBeVisible();
  await expect(page.getByRole('link', { name })).toHaveCount(0);

  // The resident opens the link from the e-mail (the dev outbox, read by the admin).
  const admin = await apiAs(playwright, baseURL, 'admin');
  const link = await mailedLink(admin, email, ACTIVITY_CONFIRM_PATH);
  await admin.dispose();
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Aanmelding bevestigen' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Je aanmelding is bevestigd' })).toBeVisible();
  await expectNoAxeViolations(page);

  // A coach of the team approves it in the moderation screen.
  const coachContext = await browser.newContext({ baseURL, locale: 'nl-NL' });
  try {
    const coach = await coachContext.newPage();
    await blockInternet(coach, baseURL);
    const api = await apiAs(playwright, baseURL, 'coach');
    await coachContext.addCookies((await api.storageState()).cookies);
    await api.dispose();
    await coach.goto('/');
    await coach.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Moderatie' }).click();
    await expect(coach.getByRole('heading', { level: 1, name: 'Moderatie' })).toBeVisible();
    const entry = coach.getByRole('article').filter({ has: coach.getByRole('heading', { name }) });
    await expect(entry).toBeVisible();
    await expectNoAxeViolations(coach);
    await entry.getByRole('button', { name: 'Goedkeuren' }).click();
    await expect(coach.getByRole('status').filter({ hasText: `${name} is goedgekeurd` })).toBeVisible();
    await expectNoAxeViolations(coach);
  } finally {
    await coachContext.close();
  }

  // Now every resident finds it, with the day and time from the proposal.
  await search();
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: '14:00–16:00' })).toBeVisible();
  await expect(page.getByRole('term').filter({ hasText: 'woensdag' })).toBeVisible();
  await expect(page.getByText('Alle leeftijden')).toBeVisible();
  await expectNoAxeViolations(page);
});
