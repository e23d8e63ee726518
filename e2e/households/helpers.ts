import { randomUUID } from 'node:crypto';
import type { Page, PlaywrightWorkerArgs } from '@playwright/test';
import { isValidBsn } from '../../src/contracts/bsn';
import type { HouseholdFile, IntakeInput } from '../../src/contracts/households';
import { DEMO_PASSWORD, expect, expectNoAxeViolations } from '../support/fixtures';

/** A screen is ready when its h1 is there and nothing is loading any more; then it must pass axe. */
export async function expectScreen(page: Page, heading: string | RegExp): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expect(page.getByText('Bezig met laden…')).toHaveCount(0);
  await expectNoAxeViolations(page);
}

/** A family name nobody else has, so the duplicate check only finds what this spec made. */
export const uniqueFamilyName = (label: string) => `${label}${randomUUID().slice(0, 6).replace(/[0-9]/g, (d) => 'abcdefghij'[Number(d)]!)}`;

/** A random BSN that passes the 11-proef. */
export function validBsn(): string {
  for (;;) {
    const candidate = String(Math.floor(100_000_000 + Math.random() * 899_999_999));
    if (isValidBsn(candidate)) return candidate;
  }
}

/** A house number in a postcode the demo seed does not use, so no seeded address matches. */
export const freshAddress = () => ({ street: 'Testlaan', houseNumber: String(1 + Math.floor(Math.random() * 9000)), postcode: '9999 ZZ', city: 'Voorbeeld' });

/** Registers a household through the API as `email` (for specs that start from an existing file). */
export async function registerHousehold(
  playwright: PlaywrightWorkerArgs['playwright'],
  baseURL: string | undefined,
  email: string,
  input: Omit<IntakeInput, 'priority' | 'acknowledgeDuplicates' | 'becomeCoordinator'> & Partial<IntakeInput>,
): Promise<HouseholdFile> {
  if (!baseURL) throw new Error('registerHousehold needs use.baseURL');
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Origin: new URL(baseURL).origin } });
  try {
    expect((await api.post('/api/v1/sessions', { data: { email, password: DEMO_PASSWORD } })).status()).toBe(201);
    const res = await api.post('/api/v1/households', { data: { acknowledgeDuplicates: true, ...input } });
    expect(res.status(), await res.text()).toBe(201);
    return (await res.json()) as HouseholdFile;
  } finally {
    await api.dispose();
  }
}

