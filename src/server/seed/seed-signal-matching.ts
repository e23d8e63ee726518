import type { Sql } from '../db/database';
import { endOfRegistration, matchKeysOf } from '../features/signal-matching/match-keys';
import { newId } from '../platform/ids';
import type { SecretBox } from '../platform/secrets';

/** Noah Willems (17): the demo client account, a young person in the first household of Team Noord. */
export const DEMO_YOUNG_PERSON = { givenName: 'Noah', familyName: 'Willems', birthDate: '2009-03-14' };
const SECOND_YOUNG_PERSON = { givenName: 'Lotte', familyName: 'Bakker', birthDate: '2011-09-02' };

interface Registration {
  email: string;
  organisation: string;
  phone: string;
  reference: string;
  registeredAt: string;
  who: { givenName: string; familyName: string; birthDate: string };
}

/** Two signal matches: Noah by his school and the youth workers; Lotte by the neighbourhood team and the youth workers. */
const REGISTRATIONS: Registration[] = [
  { email: 'signaller@voorbeeld.nl', organisation: 'Het Baken College', phone: '010-5550101', reference: 'Zorgteam 2026-14', registeredAt: '2026-09-15T09:00:00Z', who: DEMO_YOUNG_PERSON },
  { email: 'outreach@voorbeeld.nl', organisation: 'Jongerenwerk De Plek', phone: '06-55501020', reference: 'Ambulant N.', registeredAt: '2026-10-03T14:30:00Z', who: DEMO_YOUNG_PERSON },
  { email: 'coach@voorbeeld.nl', organisation: 'Wijkteam Noord', phone: '010-5550300', reference: 'Gezin Bakker', registeredAt: '2026-08-20T10:00:00Z', who: SECOND_YOUNG_PERSON },
  { email: 'outreach@voorbeeld.nl', organisation: 'Jongerenwerk De Plek', phone: '06-55501020', reference: 'Ambulant L.', registeredAt: '2026-10-12T16:00:00Z', who: SECOND_YOUNG_PERSON },
];

/**
 * Links the client account to Noah (a person in a demo household) and registers the two matches.
 * The match keys need the app secret, so without one (a seed outside the app) only the link is made.
 */
export async function seedSignalMatching(sql: Sql, input: { tenantId: string; userIds: Map<string, string>; box: SecretBox | undefined }): Promise<number> {
  const [household] = await sql.query<{ id: string }>(
    `select h.id from households h join teams t on t.tenant_id = h.tenant_id and t.id = h.team_id
      where h.tenant_id = app_tenant_id() and t.name = 'Team Noord' and h.status = 'active' order by h.registered_at, h.id limit 1`,
  );
  if (!household) return 0;
  const personId = newId();
  const { givenName, familyName, birthDate } = DEMO_YOUNG_PERSON;
  await sql.query(`insert into persons (tenant_id, id, household_id, given_name, family_name, birth_date, role) values ($1, $2, $3, $4, $5, $6, 'child')`, [input.tenantId, personId, household.id, givenName, familyName, birthDate]);
  await sql.query('update users set person_id = $2 where tenant_id = app_tenant_id() and id = $1', [input.userIds.get('client@voorbeeld.nl'), personId]);
  if (!input.box) return 0;
  for (const r of REGISTRATIONS) {
    const keys = matchKeysOf(input.box, r.who);
    const userId = input.userIds.get(r.email)!;
    const [user] = await sql.query<{ display_name: string }>('select display_name from users where tenant_id = app_tenant_id() and id = $1', [userId]);
    await sql.query(
      `insert into signal_match_registrations (tenant_id, id, user_id, organisation_name, contact_name, contact_phone, own_reference, bsn_digest, name_digest, registered_at, ends_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [input.tenantId, newId(), userId, r.organisation, user!.display_name, r.phone, r.reference, keys.bsnDigest, keys.nameDigest, r.registeredAt, endOfRegistration(r.who.birthDate, new Date(r.registeredAt))],
    );
  }
  return REGISTRATIONS.length;
}
