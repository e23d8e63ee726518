import { randomUUID } from 'node:crypto';
import type { APIRequestContext, BrowserContext, PlaywrightWorkerArgs } from '@playwright/test';
import type { OutboxMessageView } from '../../src/contracts/admin';
import type { Role } from '../../src/contracts/common';
import { DEMO_PASSWORD, demoAccount, expect } from '../support/fixtures';
import type { z } from 'zod';

export interface NewAccount {
  email: string;
  password: string;
  displayName: string;
}

type OutboxPage = { items: z.infer<typeof OutboxMessageView>[] };

/** A unique address per call, so specs never share (or change) each other's accounts. */
export function uniqueEmail(label: string): string {
  return `e2e-${label}-${randomUUID().slice(0, 8)}@voorbeeld.nl`;
}

/** The set-password link in the newest outbox mail to `email` (demo mode only). */
export async function passwordLinkFor(api: APIRequestContext, email: string): Promise<string> {
  const res = await api.get('/api/v1/outbox-messages?limit=50');
  expect(res.status(), await res.text()).toBe(200);
  const message = ((await res.json()) as OutboxPage).items.find((m) => m.recipient === email);
  const link = message?.bodyText.match(/https?:\/\/\S+\/wachtwoord-instellen\?token=[^\s<>"]+/)?.[0];
  expect(link, `no set-password link mailed to ${email}`).toBeTruthy();
  return link as string;
}

/**
 * An active account of its own for a spec whose steps change the account (two-factor set-up,
 * language, sessions): the demo admin invites it through the API and the set-password link from the
 * dev outbox gives it a password. Nothing here touches the browser.
 */
export async function createAccount(
  playwright: PlaywrightWorkerArgs['playwright'],
  baseURL: string | undefined,
  options: { label: string; roles: Role[]; displayName: string },
): Promise<NewAccount> {
  if (!baseURL) throw new Error('createAccount needs use.baseURL');
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Origin: new URL(baseURL).origin } });
  try {
    const signIn = await api.post('/api/v1/sessions', { data: { email: demoAccount('admin'), password: DEMO_PASSWORD } });
    expect(signIn.status(), await signIn.text()).toBe(201);
    const account: NewAccount = { email: uniqueEmail(options.label), password: `E2e ${randomUUID()} lange zin`, displayName: options.displayName };
    const invite = await api.post('/api/v1/users', { data: { email: account.email, displayName: account.displayName, roles: options.roles } });
    expect(invite.status(), await invite.text()).toBe(201);
    const token = new URL(await passwordLinkFor(api, account.email)).searchParams.get('token');
    const reset = await api.post('/api/v1/password-resets', { data: { token, newPassword: account.password } });
    expect(reset.status(), await reset.text()).toBe(204);
    return account;
  } finally {
    await api.dispose();
  }
}

/**
 * Signs a second browser context in through the API, the way the signIn fixture does for `page`:
 * the context's own request client shares its cookies (and its user agent, which the sessions list shows).
 */
export async function signInContext(context: BrowserContext, baseURL: string | undefined, account: { email: string; password: string }): Promise<void> {
  if (!baseURL) throw new Error('signInContext needs use.baseURL');
  const res = await context.request.post(new URL('/api/v1/sessions', baseURL).href, {
    data: { email: account.email, password: account.password },
    headers: { Origin: new URL(baseURL).origin },
  });
  expect(res.status(), `sign-in as ${account.email}: ${await res.text()}`).toBe(201);
}
