import { newId } from '../../platform/ids';
import type { TestApp } from '../../testing/test-app';

/**
 * Test helper: directory rows made with plain inserts (the directory feature owns their API), and
 * the outbox where answer links land. Organisation A has provider@voorbeeld.nl as member;
 * organisation B has no demo member; the informal activity is kept by initiative_host@voorbeeld.nl.
 */
export interface ReferralWorld {
  orgA: string;
  serviceA: string;
  orgB: string;
  serviceB: string;
  informal: string;
}

const asApp = <T>(t: TestApp, work: Parameters<TestApp['db']['withTenant']>[1]) => t.db.withTenant({ tenantId: t.tenant.id }, work) as Promise<T>;

export async function createReferralWorld(t: TestApp, suffix = ''): Promise<ReferralWorld> {
  const ids = { orgA: newId(), serviceA: newId(), orgB: newId(), serviceB: newId(), informal: newId() };
  await asApp(t, async (sql) => {
    const user = async (email: string) => (await sql.query<{ id: string }>('select id from users where email = $1', [email]))[0]!.id;
    await sql.query('insert into organizations (tenant_id, id, name, email) values ($1, $2, $3, $4), ($1, $5, $6, $7)', [
      t.tenant.id, ids.orgA, `Jeugdhulp Voorbeeld${suffix}`, 'aanmelden@jeugdhulp.example', ids.orgB, `Sportclub De Bal${suffix}`, 'info@debal.example',
    ]);
    await sql.query('insert into organization_members (tenant_id, organization_id, user_id) values ($1, $2, $3)', [t.tenant.id, ids.orgA, await user('provider@voorbeeld.nl')]);
    await sql.query(
      `insert into services (tenant_id, id, organization_id, name, kind, places_available) values ($1, $2, $3, $4, 'formal', 4), ($1, $5, $6, $7, 'formal', null)`,
      [t.tenant.id, ids.serviceA, ids.orgA, `Opvoedondersteuning${suffix}`, ids.serviceB, ids.orgB, `Voetbal voor iedereen${suffix}`],
    );
    await sql.query(`insert into services (tenant_id, id, name, kind, owner_user_id) values ($1, $2, $3, 'informal', $4)`, [t.tenant.id, ids.informal, `Huiswerkclub Buurthuis${suffix}`, await user('initiative_host@voorbeeld.nl')]);
    return null;
  });
  return ids;
}

/** The newest answer link mailed to `recipient` (from the dev outbox). */
export async function latestLinkTokenFor(t: TestApp, recipient: string): Promise<string> {
  const rows = await asApp<{ body_text: string }[]>(t, (sql) => sql.query('select body_text from outbox_messages where recipient = $1 order by created_at desc, id desc limit 1', [recipient]));
  const token = /token=([A-Za-z0-9_.%-]+)/.exec(rows[0]?.body_text ?? '')?.[1];
  if (!token) throw new Error(`No referral link mailed to ${recipient}`);
  return decodeURIComponent(token);
}

/** Today and a date a year ahead, as the consent form sends them. */
export const inAYear = (): string => new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
