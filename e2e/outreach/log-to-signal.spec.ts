import { expectScreen, uniqueFamilyName } from '../households/helpers';
import { demoAccount, expect, expectNoAxeViolations, test } from '../support/fixtures';

test('an outreach worker turns a visit into a signal; the coach finds it in the queue and, once linked, on the household timeline', async ({ page, signIn }) => {
  // Two people, seven screens and axe on each: over 30 s on a shared 2-core machine, so a bound of its own above the default.
  test.setTimeout(150_000);
  const family = uniqueFamilyName('Buurt');
  const houseNumber = String(10_000 + Math.floor(Math.random() * 89_999));
  const followUp = `Met hem en zijn vriend gepraat bij de haven ${family}`;

  await signIn(demoAccount('outreach'));
  await page.goto('/outreach');
  await expectScreen(page, 'Outreachlogboek');
  await page.getByLabel('Buurt', { exact: true }).selectOption({ label: 'Havenkwartier (Noord)' });
  await page.getByLabel('Begintijd').fill('21:00');
  await page.getByLabel('Duur in minuten').fill('60');
  await page.getByLabel('Aantal jongeren gesproken').fill('3');
  await page.getByRole('checkbox', { name: 'Veiligheid' }).check();
  await page.getByRole('checkbox', { name: 'Thuis' }).check();
  await page.getByRole('checkbox', { name: 'Vrije tijd' }).check();
  await page.getByLabel('Vervolg', { exact: true }).fill(followUp);
  await page.getByRole('button', { name: 'Bezoek opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Het bezoek is opgeslagen.' })).toBeVisible();
  await page.getByLabel('Toon').selectOption({ label: 'Havenkwartier' });
  const visit = page.getByRole('row').filter({ hasText: followUp });
  await expectNoAxeViolations(page);
  await visit.getByRole('link', { name: 'Signaal doorgeven' }).click();

  // The form starts from the visit: its themes as concerns where they map, its follow-up as what was done; about whom is empty.
  await expectScreen(page, 'Signaal doorgeven');
  await expect(page.getByText(/Dit signaal komt uit je bezoek van .* in Havenkwartier\./)).toBeVisible();
  await expect(page.getByLabel('Veiligheid (huiselijk geweld, kindermishandeling)')).toBeChecked();
  await expect(page.getByLabel('Thuissituatie')).toBeChecked();
  await expect(page.getByLabel('Schoolverzuim')).not.toBeChecked();
  await expect(page.getByLabel('Wat heb je zelf al gedaan?')).toHaveValue(followUp);
  await expect(page.getByLabel('Voornaam')).toHaveValue('');
  await expectNoAxeViolations(page);

  await page.getByLabel('Voornaam').fill('Jayden');
  await page.getByLabel('Achternaam').fill(family);
  await page.getByLabel('Geboortedatum').fill('2010-06-30');
  await page.getByLabel('Straat').fill('Havenweg');
  await page.getByLabel('Huisnummer').fill(houseNumber);
  await page.getByLabel('Postcode').fill('9101 AA');
  await page.getByLabel('Plaats').fill('Voorbeeld');
  await page.getByLabel('Wat zie of hoor je?').fill('Hij zegt dat hij niet meer naar huis wil na ruzie thuis.');
  await page.getByLabel('Weten de ouders van dit signaal?').selectOption({ label: 'Nee' });
  await page.getByLabel('Weet de jongere van dit signaal?').selectOption({ label: 'Ja' });
  await page.getByLabel('Waarom weten zij het niet?').fill('Hij wil eerst zelf met het wijkteam praten.');
  await page.getByLabel('Je naam').fill('Kevin Mulder');
  await page.getByLabel('Organisatie').fill('Jongerenwerk De Plek');
  await page.getByLabel('Telefoonnummer').fill('06 5550 1020');
  await page.getByRole('button', { name: 'Signaal versturen' }).click();
  const sent = page.getByRole('status').filter({ hasText: 'Je signaal is verstuurd.' });
  await expect(sent).toBeVisible();
  const reference = /SIG-\d{4}-[A-Z0-9]{6}/.exec((await sent.textContent()) ?? '')![0];
  await expect(page.getByRole('button', { name: 'Signaal versturen' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The visit shows the signal with its status, and no longer offers to pass one on.
  await page.getByRole('link', { name: 'Terug naar het Outreachlogboek' }).click();
  await expectScreen(page, 'Outreachlogboek');
  await page.getByLabel('Toon').selectOption({ label: 'Havenkwartier' });
  await expect(visit).toContainText(`Signaal doorgegeven: ${reference} (Ontvangen)`);
  await expect(visit.getByRole('link', { name: 'Signaal doorgeven' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn signalen' }).click();
  await expectScreen(page, 'Mijn signalen');
  await expect(page.getByRole('row', { name: new RegExp(reference) })).toContainText('Ontvangen');
  await expectNoAxeViolations(page);

  // The coach of Team Noord finds it in the triage queue and links it to a new household.
  await signIn(demoAccount('coach'));
  await page.goto('/signalen');
  await expectScreen(page, 'Signalen');
  const row = page.getByRole('row', { name: new RegExp(reference) });
  await expect(row).toContainText(`Jayden ${family}`);
  await expectNoAxeViolations(page);
  await row.getByRole('link', { name: reference }).click();
  await expectScreen(page, `Signaal ${reference}`);
  await expect(page.getByText('Jongerenwerk De Plek').first()).toBeVisible();
  await page.getByRole('button', { name: 'Zoek of het gezin bekend is' }).click();
  await expect(page.getByText('Dit gezin is nog niet bekend bij je team.')).toBeVisible();
  await page.getByRole('button', { name: 'Nieuw huishouden aanmaken en koppelen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Het signaal is gekoppeld aan het huishouden.' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Naar het huishouden' }).click();
  await expectScreen(page, `Huishouden ${family}`);
  await page.getByRole('link', { name: 'Tijdlijn' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: `Signaal gekoppeld (${reference}), van Jongerenwerk De Plek` })).toContainText('(Sanne de Vries)');
  await expect(page.getByText('ruzie thuis')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('a coach\'s visit that calls for an intake leads to the intake form; a coach is not offered a signal', async ({ page, signIn }) => {
  const followUp = `Gezin wil graag hulp ${uniqueFamilyName('Intake')}`;
  await signIn(demoAccount('coach'));
  await page.goto('/outreach');
  await expectScreen(page, 'Outreachlogboek');
  await page.getByLabel('Buurt', { exact: true }).selectOption({ label: 'Havenkwartier (Noord)' });
  await page.getByLabel('Begintijd').fill('16:00');
  await page.getByLabel('Duur in minuten').fill('45');
  await page.getByLabel('Aantal jongeren gesproken').fill('2');
  await page.getByLabel('Vervolg', { exact: true }).fill(followUp);
  await page.getByLabel('Soort vervolg').selectOption({ label: 'Intake bij het wijkteam' });
  await page.getByRole('button', { name: 'Bezoek opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Het bezoek is opgeslagen.' })).toBeVisible();
  await page.getByLabel('Toon').selectOption({ label: 'Havenkwartier' });
  const visit = page.getByRole('row').filter({ hasText: followUp });
  await expect(visit.getByRole('link', { name: 'Signaal doorgeven' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await visit.getByRole('link', { name: 'Intake starten' }).click();
  await expectScreen(page, 'Nieuw huishouden aanmelden');
  await expectNoAxeViolations(page);
});
