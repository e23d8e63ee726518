import { demoAccount, expect, expectNoAxeViolations, test } from '../support/fixtures';

const csv = (text: string) => ({ name: 'postcodes.csv', mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

test('an admin imports the postcode table: a file with wrong rows imports nothing and names them, a good file imports', async ({ page, signIn }) => {
  await signIn(demoAccount('admin'));
  await page.goto('/beheer/wijken');
  await expect(page.getByRole('heading', { level: 2, name: 'Postcodetabel importeren' })).toBeVisible();
  const file = page.getByLabel('CSV-bestand');
  const submit = page.getByRole('button', { name: 'Importeren' });

  await submit.click();
  await expect(page.getByRole('alert')).toContainText('Kies eerst een bestand.');
  // The summary (NL Design System alert) takes the focus; its role sits on an inner element.
  await expect(page.locator('.wijkwijs-error-summary')).toBeFocused();

  await file.setInputFiles(csv('postcode,neighbourhood_code\n8801AA,BU09990101\n8801 AB,BU123\n8801AC,BU09999999\n'));
  await submit.click();
  await expect(page.getByRole('alert')).toContainText('Er is niets geïmporteerd: 2 fout(en)');
  const problems = page.getByRole('list', { name: 'Fouten in het bestand' });
  await expect(problems).toContainText('Regel 2: deze buurtcode bestaat niet');
  await expect(problems).toContainText('Regel 3: deze buurtcode bestaat niet');
  await expectNoAxeViolations(page);

  await file.setInputFiles(csv('\ufeffpostcode,neighbourhood_code\r\n8801AA,BU09990101\r\n8801AB,BU09990102\r\n'));
  await submit.click();
  await expect(page.getByRole('status')).toContainText('2 postcodes geïmporteerd (0 bestonden al).');
  await expectNoAxeViolations(page);
});
