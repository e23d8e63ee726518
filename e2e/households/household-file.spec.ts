import type { Page } from '@playwright/test';
import { demoAccount, expect, expectNoAxeViolations, test } from '../support/fixtures';
import { pdfText } from '../../src/server/testing/pdf-text';
import { expectScreen, freshAddress, uniqueFamilyName, validBsn } from './helpers';

/**
 * A coach's work on one family, start to end: intake (and the duplicate warning on a second intake),
 * story, network, plan, ZRM, safety map, the printed plan and closing the case. The steps share one
 * household, so they run in order.
 */
test.describe.configure({ mode: 'serial' });

const family = uniqueFamilyName('Jansma');
const householdName = `Huishouden ${family}`;
const address = freshAddress();
const members = [
  { givenName: 'Sanne', birthDate: '1984-05-12', role: 'Ouder of verzorger', bsn: validBsn() },
  { givenName: 'Pieter', birthDate: '1982-11-03', role: 'Ouder of verzorger', bsn: '' },
  { givenName: 'Noor', birthDate: '2012-02-20', role: 'Kind', bsn: '' },
  { givenName: 'Milan', birthDate: '2016-09-08', role: 'Kind', bsn: '' },
];
const goals = [
  { domain: 'Vrije tijd en vrienden', words: 'Noor wil weer op hockey en vriendinnen maken', owner: 'gezin', ownerName: 'Sanne', action: 'Samen de hockeyclub bellen' },
  { domain: 'Thuis', words: 'We willen minder ruzie aan tafel', owner: 'netwerk', ownerName: 'Oma Truus', action: 'Oma eet op woensdag mee' },
  { domain: 'Geld', words: 'Wij willen de rekeningen op tijd betalen', owner: 'gezin', ownerName: 'Pieter', action: 'Elke maandag de post openen' },
];
let fileUrl = '';

async function openSection(page: Page, section: string) {
  await page.getByRole('navigation', { name: 'Onderdelen van het dossier' }).getByRole('link', { name: section, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${householdName}: ${section}` })).toBeFocused();
}

async function fillIntake(page: Page) {
  for (const [index, member] of members.entries()) {
    const n = index + 1;
    if (index > 0) {
      await page.getByRole('button', { name: 'Gezinslid toevoegen' }).click();
      await expect(page.getByLabel(`Voornaam (gezinslid ${n})`)).toBeFocused();
    }
    await page.getByLabel(`Voornaam (gezinslid ${n})`).fill(member.givenName);
    await page.getByLabel(`Achternaam (gezinslid ${n})`).fill(family);
    await page.getByLabel(`Geboortedatum (gezinslid ${n})`).fill(member.birthDate);
    await page.getByLabel(`Rol in het gezin (gezinslid ${n})`).selectOption({ label: member.role });
    await page.getByLabel(`BSN (gezinslid ${n})`).fill(member.bsn);
  }
  await page.getByLabel('Straat').fill(address.street);
  await page.getByLabel('Huisnummer', { exact: true }).fill(address.houseNumber);
  await page.getByLabel('Postcode').fill(address.postcode);
  await page.getByLabel('Plaats').fill(address.city);
}

test('intake of two parents and two children, with the 11-proef checked in the form', async ({ page, signIn }) => {
  await signIn(demoAccount('coach'));
  await page.goto('/huishoudens');
  await expectScreen(page, 'Mijn huishoudens');
  await page.getByRole('link', { name: 'Nieuw huishouden aanmelden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuw huishouden aanmelden' })).toBeFocused();
  await fillIntake(page);

  // A BSN that fails the 11-proef is stopped in the form, with a link to the field in the summary.
  await page.getByLabel('BSN (gezinslid 1)').fill('123456789');
  await page.getByRole('button', { name: 'Verder' }).click();
  const summary = page.locator(':focus');
  await expect(summary).toContainText('Er ging iets mis. Kijk dit na:');
  await expectNoAxeViolations(page);
  await summary.getByRole('link', { name: /BSN \(gezinslid 1\): Dit BSN klopt niet/ }).click();
  await expect(page.getByLabel('BSN (gezinslid 1)')).toBeFocused();
  await page.getByLabel('BSN (gezinslid 1)').fill(members[0]!.bsn);

  await page.getByRole('button', { name: 'Verder' }).click();
  await expectScreen(page, `${householdName}: Overzicht`);
  await expect(page.getByRole('status').filter({ hasText: `${householdName} is aangemeld.` })).toBeVisible();
  fileUrl = new URL(page.url()).pathname;
  const table = page.getByRole('table', { name: 'Gezinsleden' });
  await expect(table.getByRole('row')).toHaveCount(5);
  // The BSN is never in the list; it shows only on request.
  await expect(page.getByText(members[0]!.bsn)).toHaveCount(0);
  await table.getByRole('button', { name: 'BSN tonen van Sanne' }).click();
  await expect(table.getByText(members[0]!.bsn)).toBeVisible();
});

test('a second intake of the same family warns before making a duplicate', async ({ page, signIn }) => {
  await signIn(demoAccount('coach'));
  await page.goto('/huishoudens/nieuw');
  await expectScreen(page, 'Nieuw huishouden aanmelden');
  await fillIntake(page);
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(page.getByRole('heading', { name: 'Is dit gezin al bekend?' })).toBeFocused();
  await expect(page.getByRole('link', { name: householdName })).toBeVisible();
  await expect(page.getByText('hetzelfde BSN')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Terug naar het formulier' }).click();
  await expect(page.getByLabel('Voornaam (gezinslid 4)')).toHaveValue('Milan');
});

test('the story, told once', async ({ page, signIn }) => {
  await signIn(demoAccount('coach'));
  await page.goto(fileUrl);
  await expectScreen(page, `${householdName}: Overzicht`);
  await openSection(page, 'Verhaal');
  await page.getByLabel('Het verhaal van het gezin').fill('Sanne en Pieter wonen met Noor en Milan in de wijk. Sinds de verhuizing mist Noor haar vriendinnen.');
  await page.getByLabel('Wat gaat goed').fill('Het gezin eet elke avond samen.');
  await page.getByLabel('Talenten van Noor').fill('Tekenen en hockey');
  await page.getByRole('button', { name: 'Verhaal opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'opgeslagen als versie 1' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Eerdere versies' }).getByRole('row')).toHaveCount(2);
  await expectScreen(page, `${householdName}: Verhaal`);
});

test('a network of three ties, from the ecomap and its table', async ({ page, signIn }) => {
  await signIn(demoAccount('coach'));
  await page.goto(`${fileUrl}/netwerk`);
  await expectScreen(page, `${householdName}: Netwerk`);
  const ties = [
    { name: 'Oma Truus', kind: 'Familie', strength: 'Sterke band', meaningful: true, support: 'Past op woensdag op Milan' },
    { name: 'Meester Ahmed', kind: 'Leerkracht', strength: 'Gewone band', meaningful: true, support: 'Let op Noor in de klas' },
    { name: 'Buurvrouw Els', kind: 'Buur', strength: 'Moeizame band', meaningful: false, support: '' },
  ];
  for (const tie of ties) {
    // The "+" on the ecomap is a button too; keyboard users reach it with Tab and Enter.
    await page.getByRole('group', { name: /^Netwerkkaart/ }).getByRole('button', { name: 'Persoon toevoegen' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Persoon aan het netwerk toevoegen' })).toBeFocused();
    await page.getByLabel('Naam', { exact: true }).fill(tie.name);
    await page.getByLabel('Soort').selectOption({ label: tie.kind });
    await page.getByLabel('Band', { exact: true }).selectOption({ label: tie.strength });
    await page.getByLabel('Wat doet deze persoon').fill(tie.support);
    if (tie.meaningful) await page.getByRole('checkbox', { name: 'Betekenisvolle volwassene' }).check();
    await page.getByRole('button', { name: 'Persoon opslaan' }).click();
    await expect(page.getByRole('status').filter({ hasText: `${tie.name} staat in het netwerk.` })).toBeVisible();
  }
  const map = page.getByRole('group', { name: 'Netwerkkaart met 3 personen rond het huishouden' });
  await expect(map.getByRole('button', { name: /Wijzigen$/ })).toHaveCount(3);
  await expect(map.getByRole('button', { name: /^Oma Truus, Familie, Sterke band, .*Betekenisvolle volwassene\. Wijzigen$/ })).toBeVisible();
  const table = page.getByRole('table', { name: 'Het netwerk als tabel' });
  await expect(table.getByRole('row')).toHaveCount(4);

  // Editing from the map with the keyboard: the tie with the neighbour gets better.
  await map.getByRole('button', { name: /^Buurvrouw Els/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Band met Buurvrouw Els wijzigen' })).toBeFocused();
  await page.getByLabel('Band', { exact: true }).selectOption({ label: 'Zwakke band' });
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(table.getByRole('row', { name: /Buurvrouw Els/ })).toContainText('Zwakke band');
  await expectNoAxeViolations(page);
});

test('a plan with three goals in own words, actions by the family and the network, and a rating', async ({ page, signIn }) => {
  await signIn(demoAccount('coach'));
  await page.goto(`${fileUrl}/plan`);
  await expectScreen(page, `${householdName}: Plan`);
  await page.getByRole('button', { name: 'Plan maken' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Het plan is gemaakt.' })).toBeVisible();
  for (const goal of goals) {
    const form = page.locator('#new-goal');
    await form.getByLabel('Levensgebied').selectOption({ label: goal.domain });
    await form.getByLabel('Het doel in eigen woorden').fill(goal.words);
    await form.getByRole('button', { name: 'Doel toevoegen' }).click();
    const card = page.getByRole('article', { name: goal.words });
    await expect(card).toBeVisible();
    await card.getByLabel('Actie', { exact: true }).fill(goal.action);
    await card.getByLabel('Wie is het').selectOption({ label: goal.owner });
    await card.getByLabel('Naam', { exact: true }).fill(goal.ownerName);
    await card.getByRole('button', { name: 'Actie toevoegen' }).click();
    await expect(card.getByRole('table', { name: `Acties voor '${goal.words}'` }).getByRole('row', { name: new RegExp(goal.action) })).toContainText(`${goal.ownerName} (${goal.owner})`);
  }
  const first = page.getByRole('article', { name: goals[0]!.words });
  await first.getByLabel('Cijfer', { exact: true }).selectOption('4');
  await first.getByRole('button', { name: 'Cijfer geven' }).click();
  await expect(first.getByRole('img', { name: /Grafiek van de cijfers/ })).toBeVisible();
  await expect(first.getByRole('table', { name: `Cijfers voor '${goals[0]!.words}'` }).getByRole('row')).toHaveCount(2);
  await expectNoAxeViolations(page);
});

test('two ZRM assessments of a parent, as a chart and a table', async ({ page, signIn }) => {
  await signIn(demoAccount('coach'));
  await page.goto(`${fileUrl}/zrm`);
  await expectScreen(page, `${householdName}: ZRM`);
  const sanne = page.getByRole('region', { name: `Sanne ${family}` });
  for (const [date, finances, housing] of [['2026-01-15', '2', '3'], ['2026-03-15', '3', '4']] as const) {
    await sanne.getByLabel('Datum', { exact: true }).fill(date);
    await sanne.getByLabel('Financiën', { exact: true }).selectOption(finances);
    await sanne.getByLabel('Huisvesting', { exact: true }).selectOption(housing);
    await sanne.getByRole('button', { name: 'ZRM opslaan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'De ZRM van Sanne is opgeslagen.' })).toBeVisible();
  }
  await expect(sanne.getByRole('img', { name: /^Financiën: scores 2, 3\./ })).toBeVisible();
  const table = sanne.getByRole('table', { name: 'ZRM-scores van Sanne' });
  await expect(table.getByRole('columnheader')).toHaveCount(3);
  await expect(table.getByRole('row', { name: /Huisvesting/ })).toContainText('34');
  await expectNoAxeViolations(page);
});

test('a safety map', async ({ page, signIn }) => {
  await signIn(demoAccount('coach'));
  await page.goto(`${fileUrl}/veiligheid`);
  await expectScreen(page, `${householdName}: Veiligheid`);
  await page.getByLabel('Gevaar: waar zijn we bang voor').fill('Ruzie tussen de ouders loopt hoog op als er geldzorgen zijn.');
  await page.getByLabel('Wat gaat goed', { exact: true }).fill('Oma Truus komt als het thuis spannend wordt.');
  await page.getByLabel('Veiligheidsdoelen').fill('De kinderen voelen zich thuis veilig, ook bij ruzie.');
  await page.getByLabel('Hoe veilig is het nu volgens het gezin (0 tot 10)').selectOption('6');
  await page.getByLabel('Hoe veilig is het nu volgens de coach (0 tot 10)').selectOption('5');
  await page.getByRole('button', { name: 'Veiligheidskaart opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Versie 1 van de veiligheidskaart is opgeslagen.' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Versie 1 van Sanne de Vries/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the printed plan, and its PDF with the goals as text', async ({ page, signIn }) => {
  await signIn(demoAccount('coach'));
  await page.goto(fileUrl);
  await expectScreen(page, `${householdName}: Overzicht`);
  await page.getByRole('navigation', { name: 'Onderdelen van het dossier' }).getByRole('link', { name: 'Printen' }).click();
  await expectScreen(page, `Gezinsplan van ${householdName}`);
  for (const goal of goals) await expect(page.getByRole('heading', { name: goal.words })).toBeVisible();
  const href = await page.getByRole('link', { name: 'Gezinsplan als PDF downloaden' }).getAttribute('href');
  const pdf = await page.request.get(href ?? '');
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  const text = pdfText(await pdf.body());
  for (const goal of goals) expect(text).toContain(goal.words);
  expect(text).not.toContain(members[0]!.bsn);
});

test('closing the case with an evaluation of each goal', async ({ page, signIn }) => {
  await signIn(demoAccount('coach'));
  await page.goto(`${fileUrl}/afsluiten`);
  await expectScreen(page, `${householdName}: Afsluiten`);
  await page.getByRole('button', { name: 'Dossier afsluiten' }).click();
  await expect(page.locator(':focus')).toContainText('Er ging iets mis. Kijk dit na:');
  await page.getByLabel('Reden van afsluiten').fill('De doelen zijn bereikt en het gezin redt het zelf, met oma en de school.');
  for (const goal of goals) {
    await page.getByLabel(`Hoe ging het met '${goal.words}'`).selectOption({ label: goal === goals[2] ? 'Deels bereikt' : 'Bereikt' });
    await page.getByLabel(`Wat ging er goed en wat niet bij '${goal.words}'`).fill('Het gezin heeft dit zelf opgepakt.');
  }
  await page.getByRole('button', { name: 'Dossier afsluiten' }).click();
  await expectScreen(page, `${householdName}: Overzicht`);
  await expect(page.getByRole('status').filter({ hasText: `Het dossier van ${householdName} is afgesloten.` })).toBeVisible();
  await expect(page.getByText(/^Afgesloten · Regisseur/)).toBeVisible();
});
