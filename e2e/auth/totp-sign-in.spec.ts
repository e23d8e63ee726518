import * as OTPAuth from 'otpauth';
import { expect, expectNoAxeViolations, test } from '../support/fixtures';
import { createAccount } from './accounts';

const PERIOD_MS = 30_000;
const stepAt = (timestamp: number) => Math.floor(timestamp / PERIOD_MS);
const RECOVERY_CODE = /^[A-Z2-7]{5}-[A-Z2-7]{5}$/;

/** What the authenticator app shows for a time step. */
function codeForStep(secret: string, step: number): string {
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: step * PERIOD_MS });
}

test('a team lead sets up two-factor sign-in, keeps the recovery codes, and signs in with a code', async ({ page, signIn, playwright, baseURL }) => {
  const account = await createAccount(playwright, baseURL, { label: 'totp', roles: ['team_lead'], displayName: 'Tessa Tweestap' });
  await signIn(account.email, { password: account.password });

  await page.goto('/account');
  await expect(page.getByText('Tweestapsverificatie staat uit.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Tweestapsverificatie instellen' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Tweestapsverificatie instellen' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Start met instellen' }).click();

  // Step 1: the QR code, and the secret as text for who cannot scan; the "app" reads the text.
  await expect(page.getByRole('img', { name: 'QR-code om Wijkwijs toe te voegen aan je authenticator-app' })).toBeVisible();
  const secret = (await page.getByText('Typ dan deze geheime sleutel in je app').getByRole('code').innerText()).replace(/\s/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  await expectNoAxeViolations(page);

  // Step 2: the first code switches two-factor sign-in on.
  const confirmedStep = stepAt(Date.now());
  await page.getByLabel('Code uit je app').fill(codeForStep(secret, confirmedStep));
  await page.getByRole('button', { name: 'Code controleren' }).click();

  // Step 3: ten recovery codes, shown this once.
  await expect(page.getByRole('status').filter({ hasText: 'Tweestapsverificatie staat nu aan.' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Stap 3: bewaar je herstelcodes' })).toBeFocused();
  const codes = await page.getByRole('listitem').filter({ hasText: RECOVERY_CODE }).allInnerTexts();
  expect(codes).toHaveLength(10);
  for (const code of codes) expect(code.trim()).toMatch(RECOVERY_CODE);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Verder' }).click();
  // Without the tick: the error summary takes the focus and says what to do.
  await expect(page.locator(':focus')).toContainText('Zet een vinkje als je de codes hebt bewaard.');
  await page.getByLabel('Ik heb deze codes bewaard').check();
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welkom, Tessa Tweestap' })).toBeVisible();

  // The codes are not shown again.
  await page.goto('/account/tweestapsverificatie');
  await expect(page.getByText('Tweestapsverificatie staat aan.')).toBeVisible();
  await expect(page.getByText(codes[0]!.trim())).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Start met instellen' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page).toHaveURL(/\/inloggen$/);
  await expect(page.getByRole('status').filter({ hasText: 'Je bent uitgelogd.' })).toBeVisible();

  // Password first; the server then asks for the code.
  await page.getByLabel('E-mailadres').fill(account.email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Je wachtwoord klopt. Vul nu de code uit je authenticator-app in.' })).toBeVisible();
  const codeField = page.getByLabel('Code uit je app');
  await expect(codeField).toBeFocused();
  await expectNoAxeViolations(page);

  // A code is good once: the step used to confirm is spent. When the clock is still in that step,
  // take the next one, as from a phone a little ahead (the server allows one step of drift).
  await codeField.fill(codeForStep(secret, Math.max(stepAt(Date.now()), confirmedStep + 1)));
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welkom, Tessa Tweestap' })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  await expectNoAxeViolations(page);
});
