import { expectScreen, uniqueFamilyName } from '../households/helpers';
import { demoAccount, expect, expectNoAxeViolations, test } from '../support/fixtures';

/** The first-contact deadline as the queue shows it: 5 working days (Mon–Fri) after today in the Netherlands. */
function expectedDeadline(): string {
  let day = new Date(`${new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date())}T00:00:00Z`);
  for (let left = 5; left > 0; ) {
    day = new Date(day.getTime() + 86_400_000);
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) left--;
  }
  return new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeZone: 'UTC' }).format(day);
}

test('a school sends a signal, the coach links it to a new household, the school sees only "opgepakt"', async ({ page, signIn }) => {
  // Three people, five screens and axe on each: over 30 s on a shared 2-core machine, so a bound of its own above the default.
  test.setTimeout(120_000);
  const family = uniqueFamilyName('Signaal');
  const houseNumber = String(10_000 + Math.floor(Math.random() * 89_999));

  await signIn(demoAccount('signaller'));
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Signaal doorgeven' }).click();
  await expectScreen(page, 'Signaal doorgeven');
  await page.getByRole('button', { name: 'Signaal versturen' }).click();
  await expect(page.locator(':focus')).toContainText('Voornaam');
  await expectNoAxeViolations(page);

  await page.getByLabel('Voornaam').fill('Mila');
  await page.getByLabel('Achternaam').fill(family);
  await page.getByLabel('Geboortedatum').fill('2013-02-11');
  await page.getByLabel('School', { exact: true }).fill('OBS De Regenboog');
  await page.getByLabel('Straat').fill('Schoolstraat');
  await page.getByLabel('Huisnummer').fill(houseNumber);
  await page.getByLabel('Postcode').fill('9101 AA');
  await page.getByLabel('Plaats').fill('Voorbeeld');
  await page.getByLabel('Schoolverzuim').check();
  await page.getByLabel('Somberheid of angst').check();
  await page.getByLabel('Wat zie of hoor je?').fill('Mila is de laatste weken vaak afwezig en zit stil in de klas.');
  await page.getByLabel('Weten de ouders van dit signaal?').selectOption({ label: 'Ja' });
  await page.getByLabel('Weet de jongere van dit signaal?').selectOption({ label: 'Nee' });
  await page.getByLabel('Waarom weten zij het niet?').fill('We willen eerst met de ouders samen met haar praten.');
  await page.getByLabel('Je naam').fill('Ahmed Yilmaz');
  await page.getByLabel('Organisatie').fill('OBS De Regenboog');
  await page.getByLabel('Telefoonnummer').fill('030 123 4567');
  await page.getByRole('button', { name: 'Signaal versturen' }).click();
  const sent = page.getByRole('status').filter({ hasText: 'Je signaal is verstuurd.' });
  await expect(sent).toBeVisible();
  const reference = /SIG-\d{4}-[A-Z0-9]{6}/.exec((await sent.textContent()) ?? '')![0];
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Mijn signalen' }).first().click();
  await expectScreen(page, 'Mijn signalen');
  await expect(page.getByRole('row', { name: new RegExp(reference) })).toContainText('Ontvangen');

  // The coach of the receiving team finds it in the triage queue, with its deadline.
  await signIn(demoAccount('coach'));
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Signalen' }).click();
  await expectScreen(page, 'Signalen');
  const row = page.getByRole('row', { name: new RegExp(reference) });
  await expect(row).toContainText(`Mila ${family}`);
  await expect(row).toContainText(expectedDeadline());
  await row.getByRole('link', { name: reference }).click();
  await expectScreen(page, `Signaal ${reference}`);

  // Link to a new household: the duplicate check runs first and finds nothing.
  await expect(page.getByLabel('Achternaam')).toHaveValue(family);
  await page.getByRole('button', { name: 'Zoek of het gezin bekend is' }).click();
  await expect(page.getByText('Dit gezin is nog niet bekend bij je team.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Nieuw huishouden aanmaken en koppelen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Het signaal is gekoppeld aan het huishouden.' })).toBeVisible();
  const history = page.getByRole('region', { name: 'Geschiedenis' });
  await expect(history).toContainText('Opgepakt door Sanne de Vries');
  await expect(history).toContainText('Gekoppeld aan huishouden door Sanne de Vries');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Naar het huishouden' }).click();
  await expectScreen(page, `Huishouden ${family}`);

  // The school sees "opgepakt" — and nothing of what the team did.
  await signIn(demoAccount('signaller'));
  await page.goto('/signalen/mijn');
  await expectScreen(page, 'Mijn signalen');
  const mine = page.getByRole('row', { name: new RegExp(reference) });
  await expect(mine).toContainText('Opgepakt');
  await expect(mine.getByRole('cell')).toHaveCount(4);
  await expect(page.getByText(/Huishouden|Sanne de Vries|gekoppeld/i)).toHaveCount(0);
  await page.goto(`/signalen`);
  await expectScreen(page, /Geen toegang|Je mag/);
});
