import type { APIRequestContext, Browser, Page, PlaywrightWorkerArgs } from '@playwright/test';
import { DEMO_PASSWORD, demoAccount, expect } from '../support/fixtures';

/** No test touches the internet: map tiles (and anything else not on this server) are refused; the map shows without them. */
export async function blockInternet(page: Page, baseURL: string | undefined): Promise<void> {
  const own = new URL(baseURL ?? 'http://127.0.0.1').origin;
  await page.route((url) => url.origin !== own, (route) => route.abort());
}

/** Runs `act` in a second window of the same signed-in user on the same page: someone saving in between. */
export async function inAnotherWindow(browser: Browser, page: Page, baseURL: string | undefined, act: (other: Page) => Promise<void>): Promise<void> {
  const context = await browser.newContext({ baseURL, storageState: await page.context().storageState() });
  try {
    const other = await context.newPage();
    await blockInternet(other, baseURL);
    await other.goto(page.url());
    await act(other);
  } finally {
    await context.close();
  }
}

/** An API client signed in as a demo account (with the Origin header the server checks). */
export async function apiAs(playwright: PlaywrightWorkerArgs['playwright'], baseURL: string | undefined, role: string): Promise<APIRequestContext> {
  if (!baseURL) throw new Error('needs use.baseURL');
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Origin: new URL(baseURL).origin } });
  const res = await api.post('/api/v1/sessions', { data: { email: demoAccount(role), password: DEMO_PASSWORD } });
  expect(res.status(), await res.text()).toBe(201);
  return api;
}

/** The link in the newest dev-outbox mail to `email` whose path is `path` (demo mode only). */
export async function mailedLink(admin: APIRequestContext, email: string, path: string): Promise<string> {
  const res = await admin.get('/api/v1/outbox-messages?limit=50');
  expect(res.status(), await res.text()).toBe(200);
  const items = ((await res.json()) as { items: { recipient: string; bodyText: string }[] }).items;
  const body = items.find((m) => m.recipient === email)?.bodyText ?? '';
  const link = body.match(new RegExp(`https?://\\S+${path.replace(/[/]/g, '\\/')}\\?token=[^\\s<>"]+`))?.[0];
  expect(link, `no ${path} link mailed to ${email}`).toBeTruthy();
  return link as string;
}
