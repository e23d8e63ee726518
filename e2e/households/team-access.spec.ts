import { demoAccount, expect, expectNoAxeViolations, test } from '../support/fixtures';
import { expectScreen, freshAddress, registerHousehold, uniqueFamilyName } from './helpers';

const member = (givenName: string, familyName: string, birthDate: string, role: 'parent' | 'child') => ({ givenName, familyName, birthDate, role });

test('the team lead assigns a coordinator from the waiting list', async ({ page, signIn, playwright, baseURL }) => {
  const family = uniqueFamilyName('Wachter');
  const waiting = await registerHousehold(playwright, baseURL, demoAccount('coach'), {
    members: [member('Fatima', family, '1990-01-20', 'parent'), member('Yara', family, '2015-06-01', 'child')],
    address: freshAddress(),
    priority: 'urgent',
    becomeCoordinator: false,
  });
  expect(waiting.status).toBe('waiting');

  await signIn(demoAccount('team_lead'));
  await page.goto('/huishoudens');
  await expectScreen(page, 'Mijn huishoudens');
  const lists = page.getByRole('navigation', { name: 'Lijsten' });
  await lists.getByRole('link', { name: 'Team', exact: true }).click();
  await expectScreen(page, 'Huishoudens van het team');
  await lists.getByRole('link', { name: 'Wachtlijst' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wachtlijst' })).toBeFocused();
  await expect(lists.getByRole('link', { name: 'Wachtlijst' })).toHaveAttribute('aria-current', 'page');

  await page.getByLabel('Naam of adres').fill(family);
  await page.getByRole('button', { name: 'Zoeken' }).click();
  const row = page.getByRole('table', { name: 'Wachtlijst' }).getByRole('row', { name: new RegExp(waiting.name) });
  await expect(row).toContainText('Spoed');
  await expectNoAxeViolations(page);

  await row.getByRole('button', { name: `Regisseur kiezen ${waiting.name}` }).click();
  await expect(page.getByRole('heading', { name: `Regisseur kiezen voor ${waiting.name}` })).toBeFocused();
  await page.getByRole('button', { name: 'Regisseur opslaan' }).click();
  await expect(page.locator(':focus')).toContainText('Nieuwe regisseur: Kies een collega.');
  await page.getByLabel('Nieuwe regisseur').selectOption({ label: 'Sanne de Vries' });
  await page.getByLabel('Overdrachtsnotitie').fill('Spoed: graag deze week een eerste huisbezoek.');
  await page.getByRole('button', { name: 'Regisseur opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Sanne de Vries is nu regisseur van ${waiting.name}.` })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Wachtlijst' })).toHaveCount(0);
  await expect(page.getByText('Er zijn geen huishoudens gevonden.')).toBeVisible();
  await expectNoAxeViolations(page);

  // The coach now finds the family in "Mijn huishoudens".
  await signIn(demoAccount('coach'));
  await page.goto('/huishoudens');
  await page.getByLabel('Naam of adres').fill(family);
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await expect(page.getByRole('table', { name: 'Mijn huishoudens' }).getByRole('row', { name: new RegExp(waiting.name) })).toContainText('Sanne de Vries');
});

test('a coach of another team cannot reach the file, and nothing about it leaks', async ({ page, signIn, playwright, baseURL }) => {
  const family = uniqueFamilyName('Noorder');
  const address = freshAddress();
  const members = [member('Ilse', family, '1988-08-08', 'parent'), member('Daan', family, '2014-04-14', 'child')];
  const noord = await registerHousehold(playwright, baseURL, demoAccount('coach'), { members, address, priority: 'normal' });

  await signIn('coach.zuid@voorbeeld.nl');
  await page.goto(`/huishoudens/${noord.id}`);
  await expectScreen(page, 'Huishouden niet gevonden');
  await expect(page.getByText(family)).toHaveCount(0);
  for (const part of ['plan', 'netwerk', 'verhaal', 'plan/print']) {
    await page.goto(`/huishoudens/${noord.id}/${part}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Huishouden niet gevonden' })).toBeVisible();
    await expect(page.getByText(family)).toHaveCount(0);
  }
  const api = await page.request.get(`/api/v1/households/${noord.id}`);
  expect(api.status()).toBe(404);
  expect(await api.text()).not.toContain(family);

  // Searching does not find it either.
  await page.goto('/huishoudens');
  await page.getByLabel('Naam of adres').fill(family);
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await expect(page.getByText('Er zijn geen huishoudens gevonden.')).toBeVisible();

  // The intake of the same family says only which team knows it and whom to ask.
  await page.getByRole('link', { name: 'Nieuw huishouden aanmelden' }).click();
  await expectScreen(page, 'Nieuw huishouden aanmelden');
  for (const [index, m] of members.entries()) {
    const n = index + 1;
    if (index > 0) await page.getByRole('button', { name: 'Gezinslid toevoegen' }).click();
    await page.getByLabel(`Voornaam (gezinslid ${n})`).fill(m.givenName);
    await page.getByLabel(`Achternaam (gezinslid ${n})`).fill(m.familyName);
    await page.getByLabel(`Geboortedatum (gezinslid ${n})`).fill(m.birthDate);
  }
  await page.getByLabel('Straat').fill(address.street);
  await page.getByLabel('Huisnummer', { exact: true }).fill(address.houseNumber);
  await page.getByLabel('Postcode').fill(address.postcode);
  await page.getByLabel('Plaats').fill(address.city);
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(page.getByRole('heading', { name: 'Is dit gezin al bekend?' })).toBeFocused();
  await expect(page.getByText('Mogelijk is dit gezin al bekend bij Team Noord. Vraag het aan')).toBeVisible();
  await expect(page.getByRole('link', { name: noord.name })).toHaveCount(0);
  await expect(page.locator('main a[href*="/huishoudens/"]')).toHaveCount(0);
  await expect(page.getByText(noord.name)).toHaveCount(0);
  await expectNoAxeViolations(page);
});
