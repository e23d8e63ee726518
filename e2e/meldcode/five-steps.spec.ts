import type { Page } from '@playwright/test';
import { pdfText } from '../../src/server/testing/pdf-text';
import { expectScreen, freshAddress, registerHousehold, uniqueFamilyName } from '../households/helpers';
import { DEMO_PASSWORD, demoAccount, expect, expectNoAxeViolations, test } from '../support/fixtures';

/**
 * A Meldcode case through all five steps: the coach starts it on the household file and maps the
 * signals, consults and talks; the team's safety officer weighs with the afwegingskader; the coach
 * decides (the answers leave only a report), downloads the summary and closes the case.
 */
test.describe.configure({ mode: 'serial' });

const family = uniqueFamilyName('Meldhof');
let householdName = '';
let householdId = '';
let caseUrl = '';

async function completeStep(page: Page, step: number) {
  await page.getByRole('button', { name: 'Stap afronden' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Stap ${step} is afgerond.` })).toBeVisible();
}

test('the coach starts a Meldcode case on the household file', async ({ page, signIn, playwright, baseURL }) => {
  const file = await registerHousehold(playwright, baseURL, demoAccount('coach'), {
    members: [{ givenName: 'Lotte', familyName: family, birthDate: '1988-02-03', role: 'parent' }, { givenName: 'Bram', familyName: family, birthDate: '2015-06-07', role: 'child' }],
    address: freshAddress(),
  });
  householdName = file.name;
  householdId = file.id;
  await signIn(demoAccount('coach'));
  await page.goto(`/huishoudens/${householdId}`);
  await page.getByRole('navigation', { name: 'Onderdelen van het dossier' }).getByRole('link', { name: 'Meldcode', exact: true }).click();
  await expectScreen(page, `${householdName}: Meldcode`);
  await expect(page.getByText('Er zijn geen Meldcode-zaken.')).toBeVisible();
  await page.getByRole('button', { name: 'Meldcode starten' }).click();
  await expectScreen(page, `Meldcode: ${householdName}`);
  caseUrl = new URL(page.url()).pathname;
  await expect(page.getByRole('heading', { level: 2, name: 'Stap 1: signalen in kaart brengen (nu aan de beurt)' })).toBeVisible();
});

test('the coach maps the signals, consults a colleague and talks with the client', async ({ page, signIn }) => {
  await signIn(demoAccount('coach'));
  await page.goto(caseUrl);
  await expectScreen(page, `Meldcode: ${householdName}`);
  // An empty step: the error summary takes the focus and names the fields.
  await page.getByLabel('Datum', { exact: true }).fill('');
  await page.getByRole('button', { name: 'Stap afronden' }).click();
  // The summary (NL Design System alert) takes the focus and links to each field.
  const summary = page.locator(':focus');
  await expect(summary).toContainText('Er ging iets mis. Kijk dit na:');
  await expect(summary.getByRole('link', { name: /Wat is er gezien of gehoord/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Datum', { exact: true }).fill('2026-10-05');
  await page.getByLabel('Wie zag of hoorde het').fill('Mentor van Bram');
  await page.getByLabel('Wat is er gezien of gehoord').fill('Bram heeft een blauw oog en zegt dat hij niet naar huis wil.');
  await completeStep(page, 1);

  await page.getByLabel('Met welke collega overlegde u').fill('Fatima Ouali, aandachtsfunctionaris');
  await page.getByLabel('Advies van de collega').fill('Vraag Veilig Thuis om advies en praat met moeder.');
  await page.getByLabel('Ook advies gevraagd aan').selectOption({ label: 'Veilig Thuis (advies)' });
  await page.getByLabel('Bij wie').fill('Adviesteam Veilig Thuis');
  await page.getByLabel('Datum van het advies').fill('2026-10-06');
  await page.getByLabel('Het advies', { exact: true }).fill('Ga het gesprek aan en weeg daarna met het afwegingskader.');
  await completeStep(page, 2);

  await page.getByLabel('Met wie').fill('Lotte (moeder)');
  await page.getByLabel('Wat is er besproken').fill('Moeder vertelt over ruzies met haar ex-partner waar Bram bij is.');
  await completeStep(page, 3);
  await expect(page.getByRole('heading', { level: 2, name: 'Stap 4: wegen (afwegingskader) (nu aan de beurt)' })).toBeVisible();
  await expectScreen(page, `Meldcode: ${householdName}`);
});

test('the team\'s safety officer weighs with the afwegingskader', async ({ page, signIn }) => {
  await signIn(demoAccount('safety_officer'));
  await page.goto('/meldcode');
  await expectScreen(page, 'Meldcode');
  await page.getByRole('link', { name: `Meldcode ${householdName}` }).click();
  await expectScreen(page, `Meldcode: ${householdName}`);
  await expect(page.getByText('Vraag 2: Is er sprake van acute onveiligheid en/of structurele onveiligheid?')).toBeVisible();
  const answers = ['Ja', 'Ja', 'Ja', 'Nee', 'Ja'];
  for (const [i, answer] of answers.entries()) {
    await page.getByLabel(`Vraag ${i + 1}: antwoord`).selectOption({ label: answer });
    await page.getByLabel(`Vraag ${i + 1}: toelichting`).fill(`Afweging bij vraag ${i + 1}`);
  }
  await completeStep(page, 4);
  await expectScreen(page, `Meldcode: ${householdName}`);
});

test('the coach decides to report, downloads the summary and closes the case', async ({ page, signIn }) => {
  await signIn(demoAccount('coach'));
  await page.goto(caseUrl);
  await expectScreen(page, `Meldcode: ${householdName}`);
  await expect(page.getByText('Volgens het afwegingskader moet u melden bij Veilig Thuis.')).toBeVisible();
  await expect(page.getByLabel('Besluit', { exact: true }).getByRole('option')).toHaveText(['Melden bij Veilig Thuis']);
  await page.getByLabel('Datum van de melding bij Veilig Thuis').fill('2026-10-08');
  await page.getByLabel('Kenmerk van Veilig Thuis').fill('VT-2026-7731');
  await page.getByLabel('Ook hulp organiseren').selectOption({ label: 'Ja' });
  await page.getByLabel('Welke hulp, en hoe volgt u de veiligheid').fill('Wekelijks gesprek met moeder; na zes weken evalueren met Veilig Thuis.');
  await page.getByLabel('Toelichting bij het besluit').fill('Moeder accepteert de hulp niet; er is structurele onveiligheid.');
  await completeStep(page, 5);
  await expectScreen(page, `Meldcode: ${householdName}`);

  const href = await page.getByRole('link', { name: 'Samenvatting downloaden (PDF)' }).getAttribute('href');
  const pdf = await page.request.get(href!);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  const text = pdfText(await pdf.body());
  expect(text).toContain('Besluit: Melden bij Veilig Thuis, en ook hulp organiseren.');
  expect(text).toContain('kenmerk Veilig Thuis: VT-2026-7731');
  expect(text).toContain('Vraag 4: Aanvaarden de betrokkenen de hulp');

  await page.getByLabel('Reden van afsluiten').fill('Gemeld; Veilig Thuis neemt het onderzoek over.');
  await page.getByRole('button', { name: 'Zaak afsluiten' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'De Meldcode-zaak is afgesloten.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Stap afronden' })).toHaveCount(0);
  await expectScreen(page, `Meldcode: ${householdName}`);
});

test('the team lead reads along; the admin keeps the wording of the questions', async ({ page, signIn }) => {
  await signIn(demoAccount('team_lead'));
  await page.goto(`/huishoudens/${householdId}/meldcode`);
  await expectScreen(page, `${householdName}: Meldcode`);
  await expect(page.getByRole('cell', { name: 'Afgesloten' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Meldcode starten' })).toHaveCount(0);

  await signIn(demoAccount('admin'));
  await page.goto('/meldcode');
  await expectScreen(page, 'Meldcode');
  await page.getByRole('link', { name: 'Instellingen Meldcode' }).click();
  await expectScreen(page, 'Instellingen Meldcode');
  await page.getByLabel('Stap 2: collegiale consultatie: werkdagen').fill('0');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.locator(':focus')).toContainText('Stap 2: collegiale consultatie: werkdagen');
  await expectNoAxeViolations(page);
  await page.getByLabel('Stap 2: collegiale consultatie: werkdagen').fill('3');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen als versie 1.' })).toBeVisible();
});

test('the specialist on the case team sees the file but no Meldcode', async ({ page, signIn, playwright, baseURL }) => {
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Origin: new URL(baseURL!).origin } });
  try {
    expect((await api.post('/api/v1/sessions', { data: { email: demoAccount('coach'), password: DEMO_PASSWORD } })).status()).toBe(201);
    const teams = (await (await api.get('/api/v1/teams')).json()) as { items: { id: string; name: string }[] };
    const noord = teams.items.find((team) => team.name === 'Team Noord')!;
    const members = (await (await api.get(`/api/v1/teams/${noord.id}/members?limit=100`)).json()) as { items: { id: string; displayName: string }[] };
    const specialist = members.items.find((m) => m.displayName === 'Dr. Marieke Bos')!;
    expect((await api.post(`/api/v1/households/${householdId}/case-members`, { data: { userId: specialist.id, role: 'specialist' } })).status()).toBe(201);
  } finally {
    await api.dispose();
  }
  await signIn(demoAccount('specialist'));
  await page.goto(`/huishoudens/${householdId}`);
  await expectScreen(page, `${householdName}: Overzicht`);
  const sections = page.getByRole('navigation', { name: 'Onderdelen van het dossier' });
  await expect(sections.getByRole('link', { name: 'Veiligheid', exact: true })).toBeVisible();
  await expect(sections.getByRole('link', { name: 'Meldcode', exact: true })).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Meldcode' })).toHaveCount(0);
  await page.goto(caseUrl);
  await expectScreen(page, 'Geen toegang');
});
