import { DEMO_PASSWORD, demoAccount, expect, expectNoAxeViolations, test } from '../support/fixtures';

/** The sign-in form validates in the browser without zod (decision 0020): same messages, same error summary. */
test('the sign-in form says what is missing or wrong in its error summary, then signs in', async ({ page }) => {
  await page.goto('/inloggen');
  await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
  const submit = page.getByRole('button', { name: 'Inloggen', exact: true });
  const summaryLinks = page.locator(':focus').getByRole('link');

  await submit.click();
  await expect(summaryLinks).toHaveText(['E-mailadres: Vul een e-mailadres in.', 'Wachtwoord: Vul je wachtwoord in.']);
  await expect(page.getByLabel('E-mailadres')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);

  await page.getByLabel('E-mailadres').fill('linda.voorbeeld.nl');
  await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
  await submit.click();
  await expect(summaryLinks).toHaveText(['E-mailadres: Vul een e-mailadres in zoals naam@voorbeeld.nl.']);
  await summaryLinks.first().click();
  await expect(page.getByLabel('E-mailadres')).toBeFocused();

  // Spaces and capitals do not matter: the address is sent trimmed and in lower case.
  await page.getByLabel('E-mailadres').fill(`  ${demoAccount('coach').toUpperCase()} `);
  await submit.click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
});
