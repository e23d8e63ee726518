import { createTestApp, type TestApp } from './test-app';

/** Test helpers for the plan side of the household file: fresh households and audit look-ups. */
export interface FreshHousehold {
  id: string;
  parentId: string;
  childId: string;
  toddlerId: string;
}

/** Registers a new family through intake, coordinated by the signed-in coach, so each test starts clean. */
export async function registerFamily(t: TestApp, cookie: string, familyName = 'Jansen'): Promise<FreshHousehold> {
  const response = await t.request('POST', '/api/v1/households', {
    cookie,
    body: {
      members: [
        { givenName: 'Sanne', familyName, birthDate: '1985-04-12', role: 'parent' },
        { givenName: 'Milan', familyName, birthDate: '2011-09-03', role: 'child' },
        { givenName: 'Noor', familyName, birthDate: '2021-01-20', role: 'child' },
      ],
      address: { street: 'Kerkstraat', houseNumber: '7', postcode: '1234 AB', city: 'Voorbeeld' },
      acknowledgeDuplicates: true,
    },
  });
  if (response.statusCode !== 201) throw new Error(`Intake failed: ${response.statusCode} ${response.body}`);
  const file = response.json() as { id: string; members: { id: string; givenName: string }[] };
  const byName = (name: string) => file.members.find((m) => m.givenName === name)!.id;
  return { id: file.id, parentId: byName('Sanne'), childId: byName('Milan'), toddlerId: byName('Noor') };
}

export interface AuditRow {
  event_type: string;
  action: string;
  outcome: string;
  person_id: string | null;
  details: Record<string, unknown>;
}

export function auditEventsOf(t: TestApp, householdId: string, eventType: string): Promise<AuditRow[]> {
  return t.db.withTenant({ tenantId: t.tenant.id }, (sql) =>
    sql.query<AuditRow>('select event_type, action, outcome, person_id, details from audit_events where object_id = $1 and event_type = $2 order by seq', [householdId, eventType]),
  );
}

/** The signed-in cookies every security test needs. */
export async function signInAll(t: TestApp) {
  return {
    coach: await t.signIn('coach@voorbeeld.nl'),
    otherTeam: await t.signIn('coach.zuid@voorbeeld.nl'),
    teamLead: await t.signIn('team_lead@voorbeeld.nl'),
    admin: await t.signIn('admin@voorbeeld.nl'),
    analyst: await t.signIn('analyst@voorbeeld.nl'),
  };
}

export type Cookies = Awaited<ReturnType<typeof signInAll>>;

/**
 * Sends the same request without a session (401), as a coach of another team, an admin and an
 * analyst (each 404, as for a household that does not exist). Returns the status codes by who.
 */
export async function outsiderStatuses(t: TestApp, cookies: Cookies, method: string, url: string, options: { body?: unknown; headers?: Record<string, string> } = {}) {
  const statuses: Record<string, number> = {};
  statuses.anonymous = (await t.request(method, url, options)).statusCode;
  for (const who of ['otherTeam', 'admin', 'analyst'] as const) statuses[who] = (await t.request(method, url, { ...options, cookie: cookies[who] })).statusCode;
  return statuses;
}

export const OUTSIDERS_REFUSED = { anonymous: 401, otherTeam: 404, admin: 404, analyst: 404 };

/** A seeded municipality, the signed-in cookies, and a fresh family coordinated by coach@voorbeeld.nl. */
export async function openPlanTestbed(): Promise<{ t: TestApp; who: Cookies; family: FreshHousehold }> {
  const t = await createTestApp({ households: 4 });
  const who = await signInAll(t);
  return { t, who, family: await registerFamily(t, who.coach) };
}

/** The field names of a problem's invalidParams, in order. */
export const fieldsOf = (body: { invalidParams?: { name: string }[] }): string[] => (body.invalidParams ?? []).map((p) => p.name);

/** Seeded households where `email` is the coordinator, with their members (oldest first). */
export async function householdsCoordinatedBy(t: TestApp, email: string): Promise<{ id: string; personIds: string[] }[]> {
  const rows = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) =>
    sql.query<{ id: string; person_ids: string[] }>(
      `select cm.household_id as id, array_agg(p.id order by p.birth_date, p.id) as person_ids
         from case_members cm join users u on u.tenant_id = cm.tenant_id and u.id = cm.user_id
         join persons p on p.tenant_id = cm.tenant_id and p.household_id = cm.household_id
        where u.email = $1 and cm.role = 'coordinator' group by cm.household_id order by cm.household_id`,
      [email],
    ),
  );
  if (!rows.length) throw new Error(`${email} coordinates no household in this test municipality`);
  return rows.map((r) => ({ id: r.id, personIds: r.person_ids }));
}
