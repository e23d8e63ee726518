import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from '../support/fixtures';
import { createAccount, signInContext } from './accounts';

const languageButton = (page: Page, name: 'Nederlands' | 'English') => page.getByRole('banner').getByRole('button', { name, exact: true });

async function expectLanguage(page: Page, lang: 'nl' | 'en') {
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(languageButton(page, lang === 'en' ? 'English' : 'Nederlands')).toHaveAttribute('aria-pressed', 'true');
}

test('the sign-in page switches to English, stays English after a reload, and switches back', async ({ page }) => {
  await page.goto('/inloggen');
  await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
  await expectLanguage(page, 'nl');

  await page.getByRole('group', { name: 'Taal' }).getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page.getByLabel('E-mail address')).toBeVisible();
  await expectLanguage(page, 'en');
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expectLanguage(page, 'en');

  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Nederlands' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
  await expectLanguage(page, 'nl');
});

test('a signed-in user switches to English; the choice stays after a reload and in a new browser', async ({ page, signIn, browser, playwright, baseURL }) => {
  const account = await createAccount(playwright, baseURL, { label: 'language', roles: ['coach'], displayName: 'Lotte Taal' });
  await signIn(account.email, { password: account.password });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Welkom, Lotte Taal' })).toBeVisible();

  await languageButton(page, 'English').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Lotte Taal' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'My account' })).toBeVisible();
  await expectLanguage(page, 'en');
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Lotte Taal' })).toBeVisible();
  await expectLanguage(page, 'en');

  // The account remembers it too: another browser (nothing stored locally) opens in English.
  const otherContext = await browser.newContext({ baseURL, locale: 'nl-NL' });
  try {
    await signInContext(otherContext, baseURL, account);
    const other = await otherContext.newPage();
    await other.goto('/account');
    await expect(other.getByRole('heading', { level: 1, name: 'My account' })).toBeVisible();
    await expectLanguage(other, 'en');
  } finally {
    await otherContext.close();
  }

  await languageButton(page, 'Nederlands').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welkom, Lotte Taal' })).toBeVisible();
  await expectLanguage(page, 'nl');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Welkom, Lotte Taal' })).toBeVisible();
  await expectLanguage(page, 'nl');
});
