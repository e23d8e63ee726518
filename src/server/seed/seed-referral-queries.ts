import type { Sql } from '../db/database';
import { newId } from '../platform/ids';

/** The services the demo provider's organisations offer (formal), then other approved services. */
export async function referralTargets(sql: Sql): Promise<{ own: { id: string; organization_id: string | null }[]; other: { id: string; organization_id: string | null }[] }> {
  const rows = await sql.query<{ id: string; organization_id: string | null; own: boolean }>(
    `select s.id, s.organization_id,
            exists (select 1 from organization_members m join users u on u.tenant_id = m.tenant_id and u.id = m.user_id
                     where m.tenant_id = s.tenant_id and m.organization_id = s.organization_id and u.email = 'provider@voorbeeld.nl') as own
       from services s where s.tenant_id = app_tenant_id() and s.moderation_state = 'approved' and s.status = 'active'
      order by s.name, s.id limit 400`,
  );
  return { own: rows.filter((r) => r.own), other: rows.filter((r) => !r.own) };
}

/**
 * Without the directory's demo data (which makes provider@voorbeeld.nl a member of an
 * organisation), a small organisation of our own so the referral demo works on its own.
 */
export async function ensureProviderOrganisation(sql: Sql, tenantId: string): Promise<void> {
  const member = await sql.query("select 1 from organization_members m join users u on u.tenant_id = m.tenant_id and u.id = m.user_id where u.email = 'provider@voorbeeld.nl'");
  if (member.length) return;
  const [own, other] = [newId(), newId()];
  await sql.query('insert into organizations (tenant_id, id, name, email) values ($1, $2, $3, $4), ($1, $5, $6, $7)', [
    tenantId, own, 'Jeugd en Gezin Voorbeeld', 'aanmelden@jeugdengezin.example', other, 'Sportvereniging VV Voorbeeld', 'jeugd@vvvoorbeeld.example',
  ]);
  await sql.query("insert into organization_members (tenant_id, organization_id, user_id) select $1, $2, id from users where email = 'provider@voorbeeld.nl'", [tenantId, own]);
  await sql.query(
    `insert into services (tenant_id, id, organization_id, name, description, kind, places_available, waiting_weeks)
     values ($1, $2, $3, 'Gezinscoaching thuis', 'Een gezinscoach komt thuis en werkt met het hele gezin aan rust en structuur.', 'formal', 6, 3),
            ($1, $4, $3, 'Faalangsttraining voor jongeren', 'Tien groepsbijeenkomsten voor jongeren van 12 tot 18 jaar.', 'formal', 2, 6),
            ($1, $5, $6, 'Voetbal voor kinderen', 'Trainen op woensdag en zaterdag, voor kinderen van 6 tot 14 jaar.', 'formal', null, null)`,
    [tenantId, newId(), own, newId(), newId(), other],
  );
}

/** Active households the demo coach coordinates, with an adult parent who can consent for themselves. */
export async function demoFamilies(sql: Sql, limit: number): Promise<{ household_id: string; person_id: string }[]> {
  return sql.query(
    `select distinct on (h.id) h.id as household_id, p.id as person_id
       from households h
       join case_members cm on cm.tenant_id = h.tenant_id and cm.household_id = h.id and cm.role = 'coordinator'
       join users u on u.tenant_id = cm.tenant_id and u.id = cm.user_id and u.email = 'coach@voorbeeld.nl'
       join persons p on p.tenant_id = h.tenant_id and p.household_id = h.id and p.role = 'parent' and p.birth_date <= current_date - interval '18 years'
      where h.tenant_id = app_tenant_id() and h.status = 'active'
      order by h.id, p.birth_date, p.id limit $1`,
    [limit],
  );
}

export async function userIdOf(sql: Sql, email: string): Promise<string | null> {
  return (await sql.query<{ id: string }>('select id from users where tenant_id = app_tenant_id() and email = $1', [email]))[0]?.id ?? null;
}
