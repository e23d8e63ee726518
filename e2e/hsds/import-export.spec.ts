import { resolve } from 'node:path';
import { hsdsValidator } from '../../src/server/features/hsds/hsds-schemas';
import { TABLES } from '../../src/server/features/hsds/tables';
import { demoAccount, expect, expectNoAxeViolations, test } from '../support/fixtures';

const fixture = (name: string) => resolve(import.meta.dirname, 'fixtures', name);
const csv = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
const SERVICE = 'ac148810-d857-441c-9679-408f346de14b';

test('an admin imports the HSDS example, sees the preview, and the export validates against the HSDS schemas', async ({ page, signIn }) => {
  await signIn(demoAccount('admin'));
  await page.goto('/beheer/sociale-kaart-import');
  await expect(page.getByRole('heading', { level: 1, name: 'Sociale kaart importeren' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Bestanden').setInputFiles(fixture('service_full.json'));
  await page.getByRole('button', { name: 'Bestanden controleren' }).click();
  const preview = page.getByRole('table', { name: 'Wat de import zou doen, per soort gegevens' });
  await expect(preview.getByRole('row', { name: /^Aanbod 1 0 0$/ })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Voorbeelden van wat verandert' })).toContainText('Community Counselling (nieuw)');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Importeren' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Import klaar' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText('De gegevens staan in de sociale kaart.');
  await expectNoAxeViolations(page);

  const exported = await page.request.get('/api/v1/directory-exports');
  expect(exported.status()).toBe(200);
  const dataset = (await exported.json()) as Record<string, Record<string, unknown>[]>;
  expect(dataset.services?.some((s) => s.id === SERVICE)).toBe(true);
  for (const spec of TABLES) {
    const validate = hsdsValidator(spec.object);
    for (const record of dataset[spec.key] ?? []) expect(validate(record), `${spec.object} ${String(record.id)}: ${JSON.stringify(validate.errors)}`).toBe(true);
  }
  const full = await page.request.get(`/hsds/v3/services/${SERVICE}`);
  expect(hsdsValidator('service')(await full.json())).toBe(true);
  await expect(page.getByRole('link', { name: 'Download de sociale kaart (HSDS JSON)' })).toHaveAttribute('href', '/api/v1/directory-exports');
});

test('a CSV with one bad row imports nothing, and the screen names the file, row and field', async ({ page, signIn }) => {
  await signIn(demoAccount('admin'));
  await page.goto('/beheer/sociale-kaart-import');
  const good = '6b3f1a52-6a3c-4c55-9a1e-2f1c1b1e4e01';
  await page.getByLabel('Bestanden').setInputFiles(csv('services.csv', `id,name,status,minimum_age,maximum_age\n${good},Huiswerkklas De Brug,active,8,12\n6b3f1a52-6a3c-4c55-9a1e-2f1c1b1e4e02,Voetbal op straat,active,14,10\n`));
  await page.getByRole('button', { name: 'Bestanden controleren' }).click();
  await expect(page.getByRole('alert')).toContainText('Er is niets geïmporteerd: er is 1 fout.');
  await expect(page.locator('.wijkwijs-error-summary')).toBeFocused();
  await expect(page.getByRole('list', { name: 'Fouten in de bestanden' })).toContainText(
    'services.csv, rij 2 (na de kopregel), veld minimum_age: De minimumleeftijd is hoger dan de maximumleeftijd.',
  );
  await expect(page.getByRole('button', { name: 'Importeren' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  expect((await page.request.get(`/hsds/v3/services/${good}`)).status()).toBe(404);
});
