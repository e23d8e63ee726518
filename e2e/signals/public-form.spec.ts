import { expectScreen } from '../households/helpers';
import { expect, expectNoAxeViolations, test } from '../support/fixtures';

test('a resident shares a worry without an account and gets a reference; the 11th within a minute is refused', async ({ page, playwright, baseURL }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/inloggen');
  await page.getByRole('link', { name: 'Geen account? Deel een zorg of stel een vraag' }).click();
  await expectScreen(page, 'Zorg delen of vraag stellen');
  await expect(page).toHaveURL(/\/zorg-melden$/);

  await page.getByRole('button', { name: 'Versturen' }).click();
  await expect(page.locator(':focus')).toContainText('Je bericht');
  await expectNoAxeViolations(page);
  await page.getByLabel('Je bericht').fill('Ik zie de buurjongen vaak laat op straat, ook als het koud is. Ik maak me zorgen.');
  await page.getByLabel('Postcode (niet verplicht)').fill('9101 AA');
  await page.getByLabel('Ik blijf liever anoniem').check();
  await expect(page.getByLabel('Je naam')).toHaveCount(0);
  await page.getByRole('button', { name: 'Versturen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Bedankt.' })).toBeVisible();
  await expect(page.getByText(/Je kenmerk is SIG-\d{4}-[A-Z0-9]{6}\./)).toBeVisible();
  await expectNoAxeViolations(page);

  // That was the first submission from this address this minute; nine more are taken, the 11th is refused.
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Origin: new URL(baseURL!).origin } });
  try {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await api.post('/api/v1/public/signals', { data: { kind: 'question', message: `Vraag ${i}`, anonymous: true } })).status());
    expect(statuses).toEqual([...Array<number>(9).fill(202), 429]);
    const refused = await api.post('/api/v1/public/signals', { data: { kind: 'question', message: 'Nog een', anonymous: true } });
    expect(refused.headers()['content-type']).toContain('application/problem+json');
    expect(await refused.json()).toMatchObject({ status: 429, code: 'too_many_requests' });
  } finally {
    await api.dispose();
  }
});
