import { randomUUID } from 'node:crypto';
import { demoAccount, expect, expectNoAxeViolations, test } from '../support/fixtures';
import { uniqueEmail } from '../auth/accounts';

test('an admin invites a coach, who sets a password from the mailed link and signs in', async ({ page, signIn, browser, baseURL }) => {
  const email = uniqueEmail('invite');
  const name = `Ilse Uitnodiging ${randomUUID().slice(0, 4)}`;
  const password = 'een lange zin om te onthouden 2026';

  await signIn(demoAccount('admin'));
  await page.goto('/beheer/gebruikers');
  await expect(page.getByRole('heading', { level: 1, name: 'Gebruikers' })).toBeVisible();
  await expectNoAxeViolations(page);

  const invite = page.getByRole('region', { name: 'Gebruiker uitnodigen' });
  await invite.getByLabel('E-mailadres').fill(email);
  await invite.getByLabel('Naam').fill(name);
  await invite.getByRole('group', { name: /^Rollen/ }).getByLabel('Jeugd- en gezinscoach').check();
  await invite.getByRole('group', { name: /^Teams/ }).getByLabel('Team Noord').check();
  await invite.getByRole('button', { name: 'Uitnodigen' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${name} is uitgenodigd. Er is een e-mail gestuurd naar ${email}.` })).toBeVisible();

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Verzonden e-mail' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Verzonden e-mail' })).toBeVisible();
  const mail = page.getByRole('article').filter({ hasText: `Aan ${email}` });
  const link = mail.getByRole('link', { name: /\/wachtwoord-instellen\?token=/ });
  await expect(link).toBeVisible();
  await expectNoAxeViolations(page);
  const href = await link.getAttribute('href');
  expect(href).toBeTruthy();

  // The new coach opens the link in their own browser.
  const coachContext = await browser.newContext({ baseURL, locale: 'nl-NL' });
  try {
    const coach = await coachContext.newPage();
    await coach.goto(href as string);
    await expect(coach.getByRole('heading', { level: 1, name: 'Wachtwoord instellen' })).toBeVisible();
    await expectNoAxeViolations(coach);

    await coach.getByLabel('Nieuw wachtwoord', { exact: true }).fill(password);
    await coach.getByLabel('Nieuw wachtwoord nog een keer').fill(`${password}!`);
    await coach.getByRole('button', { name: 'Wachtwoord instellen' }).click();
    await expect(coach.locator(':focus')).toContainText('De twee wachtwoorden zijn niet gelijk.');
    await expectNoAxeViolations(coach);

    await coach.getByLabel('Nieuw wachtwoord nog een keer').fill(password);
    await coach.getByRole('button', { name: 'Wachtwoord instellen' }).click();
    await expect(coach).toHaveURL(/\/inloggen$/);
    await expect(coach.getByRole('status').filter({ hasText: 'Je wachtwoord is ingesteld. Je kunt nu inloggen.' })).toBeVisible();

    await coach.getByLabel('E-mailadres').fill(email);
    await coach.getByLabel('Wachtwoord', { exact: true }).fill(password);
    await coach.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await expect(coach.getByRole('heading', { level: 1, name: `Welkom, ${name}` })).toBeVisible();
    await expect(coach.getByRole('banner').getByText(`Ingelogd als ${name}`)).toBeVisible();
    await expect(coach.getByText('Team Noord')).toBeVisible();
    await expectNoAxeViolations(coach);

    // The link works once.
    await coach.goto(href as string);
    await coach.getByLabel('Nieuw wachtwoord', { exact: true }).fill('nog een andere lange zin');
    await coach.getByLabel('Nieuw wachtwoord nog een keer').fill('nog een andere lange zin');
    await coach.getByRole('button', { name: 'Wachtwoord instellen' }).click();
    await expect(coach.locator(':focus')).toContainText('Deze link werkt niet (meer). Vraag een nieuwe link aan.');
  } finally {
    await coachContext.close();
  }

  // The admin sees the coach as active.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gebruikers' }).click();
  await page.getByLabel('Naam of e-mailadres').fill(email);
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await expect(page.getByRole('table', { name: 'Gebruikers van deze gemeente' }).getByRole('row').filter({ hasText: email })).toContainText('Actief');
});
