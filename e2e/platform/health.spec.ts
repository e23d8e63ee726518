import { DEMO_PASSWORD, demoAccount, expect, expectNoAxeViolations, test } from '../support/fixtures';

test('the server is ready', async ({ request }) => {
  const res = await request.get('/health/ready');
  expect(res.status()).toBe(200);
});

test('the sign-in page loads with a heading and passes axe', async ({ page }) => {
  await page.goto('/inloggen');
  await expect(page.locator('h1')).toBeVisible();
  await expect(page).toHaveTitle(/\S/);
  await expectNoAxeViolations(page);
});

test('signIn fixture gives the page a session', async ({ page, signIn }) => {
  expect(DEMO_PASSWORD).toBeTruthy();
  await signIn(demoAccount('coach'));
  const me = await page.request.get('/api/v1/me');
  expect(me.status()).toBe(200);
  expect((await me.json()) as { email: string }).toMatchObject({ email: 'coach@voorbeeld.nl' });
});
