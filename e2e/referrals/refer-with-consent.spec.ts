import type { APIRequestContext, Page } from '@playwright/test';
import { DEMO_PASSWORD, expect, expectNoAxeViolations, test } from '../support/fixtures';
import { expectScreen, freshAddress, registerHousehold, uniqueFamilyName } from '../households/helpers';

type Outbox = { items: { recipient: string; subject: string; bodyText: string }[] };

async function signedInApi(playwright: Parameters<Parameters<typeof test>[2]>[0]['playwright'], baseURL: string, email: string): Promise<APIRequestContext> {
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Origin: new URL(baseURL).origin } });
  expect((await api.post('/api/v1/sessions', { data: { email, password: DEMO_PASSWORD } })).status()).toBe(201);
  return api;
}

/** The newest answer link mailed to `recipient`, read from the dev outbox through the admin API. */
async function newestLinkFor(admin: APIRequestContext, recipient: string, count: number): Promise<string> {
  let links: string[] = [];
  await expect.poll(async () => {
    const outbox = (await (await admin.get('/api/v1/outbox-messages?limit=100')).json()) as Outbox;
    links = outbox.items.filter((m) => m.recipient === recipient).map((m) => m.bodyText.match(/https?:\/\/\S+\/verwijzing\?token=\S+/)?.[0] ?? '');
    return links.length;
  }).toBe(count);
  return links[0]!;
}

async function answerThroughLink(page: Page, link: string, button: string) {
  await page.goto(link);
  await expectScreen(page, /^Verwijzing naar /);
  await page.getByRole('button', { name: button, exact: true }).click();
  await expect(page.getByText('Dank u wel. Uw antwoord is opgeslagen.')).toBeVisible();
  await expectNoAxeViolations(page);
}

test('a coach refers with consent; the provider answers through the links; the coach sees each step', async ({ page, browser, signIn, playwright, baseURL }) => {
  const family = uniqueFamilyName('Verwijs');
  const household = await registerHousehold(playwright, baseURL, 'coach@voorbeeld.nl', {
    members: [{ givenName: 'Yara', familyName: family, birthDate: '1988-02-14', role: 'parent' }, { givenName: 'Finn', familyName: family, birthDate: '2019-06-01', role: 'child' }],
    address: freshAddress(),
  });
  // A service of the demo provider's organisation: the provider's inbox names one.
  const provider = await signedInApi(playwright, baseURL!, 'provider@voorbeeld.nl');
  const inbox = (await (await provider.get('/api/v1/referrals?limit=1')).json()) as { items: { serviceName: string }[] };
  const serviceName = inbox.items[0]!.serviceName;
  const recipient = `e2e-aanbieder-${Date.now()}@voorbeeld.nl`;

  await signIn('coach@voorbeeld.nl');
  await page.goto(`/huishoudens/${household.id}/verwijzingen`);
  await expectScreen(page, /Verwijzingen/);
  await page.getByRole('searchbox', { name: 'Zoek aanbod op naam' }).fill(serviceName);
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await expect(page.getByRole('combobox', { name: 'Aanbod' })).toContainText(serviceName);
  await page.getByRole('combobox', { name: 'Voor wie' }).selectOption({ label: 'Yara' });
  const share = page.getByRole('group', { name: 'Wat deel je met deze verwijzing' });
  await share.getByRole('checkbox', { name: 'Naam en contactgegevens' }).check();
  await page.getByRole('textbox', { name: 'Bericht aan de aanbieder' }).fill('Yara zoekt steun bij de opvoeding van Finn.');
  await page.getByRole('textbox', { name: 'E-mailadres van de aanbieder' }).fill(recipient);

  // Without consent the referral is refused, with a clear message.
  await page.getByRole('button', { name: 'Verwijzing versturen' }).click();
  await expect(page.getByText(/Er is geen geldige toestemming voor deze verwijzing/)).toBeVisible();
  await expectNoAxeViolations(page);
  await expect(page.getByText('Er zijn nog geen verwijzingen.')).toBeVisible();

  // With the consent recorded on the spot it goes out.
  await page.getByRole('checkbox', { name: 'Ik leg nu de toestemming vast voor deze verwijzing' }).check();
  await page.getByRole('group', { name: 'Wie geeft toestemming' }).getByRole('checkbox', { name: 'Yara' }).check();
  await page.getByRole('group', { name: 'Welke informatie mag gedeeld worden' }).getByRole('checkbox', { name: 'Naam en contactgegevens' }).check();
  await page.getByRole('button', { name: 'Verwijzing versturen' }).click();
  await expect(page.getByText('De verwijzing is verstuurd.')).toBeVisible();
  const card = page.getByRole('article', { name: `Verwijzing naar ${serviceName}` });
  await expect(card).toContainText('Status: Verstuurd');
  await expect(card).toContainText(`Yara ${family}`);
  await expectNoAxeViolations(page);

  // The provider answers without an account, one step per link; each answer mails the next link.
  const admin = await signedInApi(playwright, baseURL!, 'admin@voorbeeld.nl');
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await answerThroughLink(visitor, await newestLinkFor(admin, recipient, 1), 'Aannemen');
  await answerThroughLink(visitor, await newestLinkFor(admin, recipient, 2), 'Hulp is begonnen');
  await answerThroughLink(visitor, await newestLinkFor(admin, recipient, 3), 'Afgerond');
  await visitorContext.close();

  await page.reload();
  await expectScreen(page, /Verwijzingen/);
  await expect(card).toContainText('Status: Afgerond');
  for (const step of ['Verstuurd door Sanne de Vries', `Aangenomen door ${recipient}`, `Hulp begonnen door ${recipient}`, `Afgerond door ${recipient}`]) await expect(card).toContainText(step);

  await page.getByRole('link', { name: 'Tijdlijn' }).click();
  await expectScreen(page, /Tijdlijn/);
  await expect(page.getByText(`Verwijzing naar ${serviceName}: afgerond`)).toBeVisible();
  await Promise.all([admin.dispose(), provider.dispose()]);
});

test('the provider answers in the inbox', async ({ page, signIn }) => {
  await signIn('provider@voorbeeld.nl');
  await page.goto('/verwijzingen');
  await expectScreen(page, 'Verwijzingen');
  const sent = page.getByRole('region').filter({ hasText: 'Status: Verstuurd' }).first();
  await sent.getByRole('button', { name: 'Afwijzen' }).click();
  await expect(sent.getByText('Schrijf op waarom.')).toBeVisible();
  await sent.getByRole('textbox', { name: 'Reden' }).fill('Geen plek deze maand');
  await sent.getByRole('button', { name: 'Afwijzen' }).click();
  await expect(page.getByText('Uw antwoord is opgeslagen: Afgewezen.')).toBeVisible();
  await expectNoAxeViolations(page);
});
