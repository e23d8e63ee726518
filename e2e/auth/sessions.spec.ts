import { expect, expectNoAxeViolations, test } from '../support/fixtures';
import { createAccount, signInContext } from './accounts';

test('a user ends their session in another browser, which is then sent to the sign-in page', async ({ page, signIn, browser, playwright, baseURL }) => {
  const account = await createAccount(playwright, baseURL, { label: 'sessions', roles: ['coach'], displayName: 'Sem Sessie' });

  // The other browser: signed in and busy on the home page.
  const otherContext = await browser.newContext({ baseURL, locale: 'nl-NL' });
  try {
    await signInContext(otherContext, baseURL, account);
    const other = await otherContext.newPage();
    await other.goto('/');
    await expect(other.getByRole('heading', { level: 1, name: 'Welkom, Sem Sessie' })).toBeVisible();

    // This browser lists both sessions and ends the one that is not this one.
    await signIn(account.email, { password: account.password });
    await page.goto('/account');
    const sessions = page.getByRole('table', { name: 'Je sessies' });
    await expect(sessions.getByRole('row')).toHaveCount(3); // header + two sessions
    await expect(sessions.getByRole('row').filter({ hasText: '(deze sessie)' })).toHaveCount(1);
    await expectNoAxeViolations(page);

    await sessions.getByRole('row').filter({ hasNotText: '(deze sessie)' }).getByRole('button', { name: /^Beëindigen/ }).click();
    await expect(page.getByRole('status').filter({ hasText: 'De sessie is beëindigd.' })).toBeVisible();
    await expect(sessions.getByRole('row')).toHaveCount(2);
    await expect(page.getByRole('heading', { name: 'Waar je bent ingelogd' })).toBeFocused();
    await expectNoAxeViolations(page);

    // The other browser's next step in the app finds its session gone.
    await other.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn account' }).click();
    await expect(other).toHaveURL(/\/inloggen$/);
    await expect(other.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
    await other.goto('/');
    await expect(other).toHaveURL(/\/inloggen$/);

    // This browser is still signed in.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Mijn account' })).toBeVisible();
  } finally {
    await otherContext.close();
  }
});
