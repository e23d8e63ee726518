import { prepared, type Sql } from '../../db/database';
import { CASE_RELATION_COLUMNS, caseRelationOf, type CaseRelation, type CaseRelationRow } from '../../platform/access';
import type { Actor } from '../../platform/actor';
import { NL_TODAY_SQL } from '../../platform/nl-date';

// ---------- household file ----------

export interface HouseholdRow {
  id: string;
  name: string;
  status: 'waiting' | 'active' | 'closed';
  priority: 'urgent' | 'high' | 'normal';
  version: number;
  team_id: string | null;
  team_name: string | null;
  street: string | null;
  house_number: string | null;
  postcode: string | null;
  city: string | null;
  neighbourhood_name: string | null;
  district_name: string | null;
  phone: string | null;
  email: string | null;
  registered_at: Date;
  closed_at: Date | null;
  close_reason: string | null;
  case_team: { userId: string; name: string; role: 'coordinator' | 'member' | 'specialist' }[];
}

const householdSql = (extra: string) => `select h.id, h.name, h.status, h.priority, h.version, h.team_id, t.name as team_name, h.street, h.house_number, h.postcode, h.city,
            n.name as neighbourhood_name, d.name as district_name, h.phone, h.email, h.registered_at, h.closed_at, h.close_reason,
            coalesce((select json_agg(json_build_object('userId', u.id, 'name', u.display_name, 'role', cm.role)
                                      order by cm.role = 'coordinator' desc, u.display_name)
                        from case_members cm join users u on u.tenant_id = cm.tenant_id and u.id = cm.user_id
                       where cm.tenant_id = h.tenant_id and cm.household_id = h.id), '[]') as case_team${extra}
       from households h
       left join teams t on t.tenant_id = h.tenant_id and t.id = h.team_id
       left join neighbourhoods n on n.tenant_id = h.tenant_id and n.id = h.neighbourhood_id
       left join districts d on d.tenant_id = n.tenant_id and d.id = n.district_id
      where h.tenant_id = app_tenant_id() and h.id = $1`;

export async function householdById(sql: Sql, id: string): Promise<HouseholdRow | null> {
  const rows = await sql.query<HouseholdRow>(prepared('household_by_id', householdSql('')), [id]);
  return rows[0] ?? null;
}

/** The columns of a member row, from persons `p` (membersOfHousehold, and as JSON in householdFile). */
const MEMBER_COLUMNS = {
  id: 'p.id', given_name: 'p.given_name', family_name: 'p.family_name', birth_date: 'p.birth_date::text', age: `extract(year from age(${NL_TODAY_SQL}, p.birth_date))::int`,
  role: 'p.role', has_bsn: 'p.bsn_digest is not null', phone: 'p.phone', email: 'p.email', version: 'p.version',
} satisfies Record<keyof MemberRow, string>;
const MEMBER_ORDER = 'p.birth_date nulls last, p.id';

const MEMBERS_JSON = `,
            coalesce((select json_agg(json_build_object(${Object.entries(MEMBER_COLUMNS).map(([name, column]) => `'${name}', ${column}`).join(', ')}) order by ${MEMBER_ORDER})
                        from persons p where p.tenant_id = h.tenant_id and p.household_id = h.id), '[]') as members`;

type FileRow = HouseholdRow & { members: MemberRow[] };
const fileOf = ({ members, ...household }: FileRow) => ({ household, members });

/**
 * A household with its members, in one statement (a file read is one round trip fewer than asking
 * twice): the household row as householdById gives it, the members as membersOfHousehold does.
 */
export async function householdFile(sql: Sql, id: string): Promise<{ household: HouseholdRow; members: MemberRow[] } | null> {
  const rows = await sql.query<FileRow>(prepared('household_file', householdSql(MEMBERS_JSON)), [id]);
  return rows[0] ? fileOf(rows[0]) : null;
}

/**
 * The actor's relation to a household and, only where some relation exists (on the case, team lead
 * of its team, or an open break-the-glass grant), its file: one statement instead of two. The
 * policy (canReadCase) still decides in the caller. Null when the household does not exist.
 */
export async function householdFileFor(sql: Sql, actor: Actor, id: string): Promise<{ rel: CaseRelation; file: { household: HouseholdRow; members: MemberRow[] } | null } | null> {
  type Row = Omit<CaseRelationRow, 'team_id'> & { relation_team_id: string | null } & (FileRow | { [K in keyof FileRow]: null });
  const rows = await sql.query<Row>(
    prepared('household_file_for', `select r.case_role, r.team_lead, r.break_glass_until, r.team_id as relation_team_id, f.*
       from (select ${CASE_RELATION_COLUMNS} from households h where h.tenant_id = app_tenant_id() and h.id = $1) r
       left join lateral (select * from (${householdSql(MEMBERS_JSON)}) file
                           where r.case_role is not null or r.team_lead or r.break_glass_until is not null) f on true`),
    [id, actor.userId, actor.roles],
  );
  const row = rows[0];
  if (!row) return null;
  const { case_role, team_lead, break_glass_until, relation_team_id, ...file } = row;
  const rel = caseRelationOf(id, { team_id: relation_team_id, case_role, team_lead, break_glass_until });
  return { rel, file: file.id === null ? null : fileOf(file) };
}

export interface MemberRow {
  id: string;
  given_name: string;
  family_name: string;
  birth_date: string | null;
  age: number | null;
  role: 'parent' | 'child' | 'other';
  has_bsn: boolean;
  phone: string | null;
  email: string | null;
  version: number;
}

export async function membersOfHousehold(sql: Sql, householdId: string): Promise<MemberRow[]> {
  return sql.query<MemberRow>(
    prepared('members_of_household', `select ${Object.entries(MEMBER_COLUMNS).map(([name, column]) => `${column} as ${name}`).join(', ')}
       from persons p where p.tenant_id = app_tenant_id() and p.household_id = $1 order by ${MEMBER_ORDER}`),
    [householdId],
  );
}

export async function neighbourhoodForPostcode(sql: Sql, postcode: string): Promise<string | null> {
  const rows = await sql.query<{ neighbourhood_id: string }>('select neighbourhood_id from postcode_areas where tenant_id = app_tenant_id() and postcode = $1', [postcode]);
  return rows[0]?.neighbourhood_id ?? null;
}

export interface NewHousehold {
  tenantId: string;
  id: string;
  name: string;
  teamId: string;
  status: 'waiting' | 'active';
  priority: string;
  street: string;
  houseNumber: string;
  postcode: string;
  city: string;
  neighbourhoodId: string | null;
  phone: string | null;
  email: string | null;
}

export async function insertHousehold(sql: Sql, h: NewHousehold): Promise<void> {
  await sql.query(
    `insert into households (tenant_id, id, name, team_id, status, priority, street, house_number, postcode, city, neighbourhood_id, phone, email)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [h.tenantId, h.id, h.name, h.teamId, h.status, h.priority, h.street, h.houseNumber, h.postcode, h.city, h.neighbourhoodId, h.phone, h.email],
  );
}

export interface NewPerson {
  tenantId: string;
  id: string;
  householdId: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  role: string;
  bsnDigest: Buffer | null;
  bsnSealed: string | null;
  phone: string | null;
  email: string | null;
}

export async function insertPerson(sql: Sql, p: NewPerson): Promise<void> {
  await sql.query(
    `insert into persons (tenant_id, id, household_id, given_name, family_name, birth_date, role, bsn_digest, bsn_sealed, phone, email)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [p.tenantId, p.id, p.householdId, p.givenName, p.familyName, p.birthDate, p.role, p.bsnDigest, p.bsnSealed, p.phone, p.email],
  );
}

/** Applies the given columns and bumps the version, only if the version is still `expected`. */
export async function updateHouseholdColumns(sql: Sql, id: string, expected: number, columns: Record<string, unknown>): Promise<boolean> {
  const names = Object.keys(columns);
  const sets = names.map((name, i) => `${name} = $${i + 3}`);
  const rows = await sql.query(
    `update households set ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')}
      where tenant_id = app_tenant_id() and id = $1 and version = $2 returning id`,
    [id, expected, ...names.map((n) => columns[n])],
  );
  return rows.length > 0;
}

export async function updatePersonColumns(sql: Sql, householdId: string, personId: string, expected: number, columns: Record<string, unknown>): Promise<boolean> {
  const names = Object.keys(columns);
  const sets = names.map((name, i) => `${name} = $${i + 4}`);
  const rows = await sql.query(
    `update persons set ${[...sets, 'version = version + 1'].join(', ')}
      where tenant_id = app_tenant_id() and household_id = $1 and id = $2 and version = $3 returning id`,
    [householdId, personId, expected, ...names.map((n) => columns[n])],
  );
  return rows.length > 0;
}

export async function personOfHousehold(sql: Sql, householdId: string, personId: string): Promise<{ version: number; bsn_sealed: string | null } | null> {
  const rows = await sql.query<{ version: number; bsn_sealed: string | null }>(
    'select version, bsn_sealed from persons where tenant_id = app_tenant_id() and household_id = $1 and id = $2',
    [householdId, personId],
  );
  return rows[0] ?? null;
}

// ---------- duplicate check ----------

export interface DuplicateCandidate {
  household_id: string;
  household_name: string;
  team_id: string | null;
  team_name: string | null;
  reasons: ('same_bsn' | 'similar_name_same_birth_date' | 'same_address')[];
}

/**
 * Households that may be the same family: a member with the same BSN, a member with a similar
 * family name (trigram similarity ≥ 0.5, or the same given name) and the same birth date, or the
 * same address. Closed households count too: a family may come back.
 */
export async function findDuplicateCandidates(
  sql: Sql,
  probe: { bsnDigests: Buffer[]; people: { givenName: string; familyName: string; birthDate: string }[]; postcode: string | null; houseNumber: string | null },
): Promise<DuplicateCandidate[]> {
  return sql.query<DuplicateCandidate>(
    `with probe as (
       select * from unnest($2::text[], $3::text[], $4::date[]) as p(given_name, family_name, birth_date)
     ), hits as (
       select p.household_id, 'same_bsn' as reason from persons p
        where p.tenant_id = app_tenant_id() and p.bsn_digest = any($1::bytea[])
       union
       select p.household_id, 'similar_name_same_birth_date' from persons p join probe on p.birth_date = probe.birth_date
        where p.tenant_id = app_tenant_id()
          and (similarity(lower(unaccent(p.family_name)), lower(unaccent(probe.family_name))) >= 0.5
               or lower(unaccent(p.given_name)) = lower(unaccent(probe.given_name)))
       union
       select h.id, 'same_address' from households h
        where h.tenant_id = app_tenant_id() and $5::text is not null and h.postcode = $5 and lower(h.house_number) = lower($6)
     )
     select h.id as household_id, h.name as household_name, h.team_id, t.name as team_name,
            array_agg(distinct hits.reason order by hits.reason) as reasons
       from hits join households h on h.tenant_id = app_tenant_id() and h.id = hits.household_id
       left join teams t on t.tenant_id = h.tenant_id and t.id = h.team_id
      group by h.id, h.name, h.team_id, t.name
      order by count(*) desc, h.id limit 10`,
    [
      probe.bsnDigests,
      probe.people.map((p) => p.givenName),
      probe.people.map((p) => p.familyName),
      probe.people.map((p) => p.birthDate),
      probe.postcode,
      probe.houseNumber,
    ],
  );
}

/** Whom to ask about a household outside one's access: its team lead. */
export async function teamLeadOf(sql: Sql, teamId: string | null): Promise<{ name: string; email: string } | null> {
  if (!teamId) return null;
  const rows = await sql.query<{ name: string; email: string }>(
    `select u.display_name as name, u.email from users u join team_members tm on tm.tenant_id = u.tenant_id and tm.user_id = u.id
      where u.tenant_id = app_tenant_id() and tm.team_id = $1 and 'team_lead' = any(u.roles) and u.status = 'active'
      order by u.display_name limit 1`,
    [teamId],
  );
  return rows[0] ?? null;
}

// ---------- coordinator and case team ----------

export async function activeCaseWorkerRoles(sql: Sql, userId: string, teamId: string | null): Promise<string[] | null> {
  const rows = await sql.query<{ roles: string[] }>(
    `select u.roles from users u where u.tenant_id = app_tenant_id() and u.id = $1 and u.status = 'active'
        and ($2::uuid is null or exists (select 1 from team_members tm where tm.tenant_id = u.tenant_id and tm.user_id = u.id and tm.team_id = $2))`,
    [userId, teamId],
  );
  return rows[0]?.roles ?? null;
}

export async function coordinatorOf(sql: Sql, householdId: string): Promise<string | null> {
  const rows = await sql.query<{ user_id: string }>("select user_id from case_members where tenant_id = app_tenant_id() and household_id = $1 and role = 'coordinator'", [householdId]);
  return rows[0]?.user_id ?? null;
}

/** Moves the coordinator role: the previous coordinator stays on the case team as a member. */
export async function moveCoordinator(sql: Sql, tenantId: string, householdId: string, from: string | null, to: string): Promise<void> {
  if (from) await sql.query("update case_members set role = 'member' where tenant_id = app_tenant_id() and household_id = $1 and user_id = $2", [householdId, from]);
  await sql.query(
    `insert into case_members (tenant_id, household_id, user_id, role) values ($1, $2, $3, 'coordinator')
     on conflict (tenant_id, household_id, user_id) do update set role = 'coordinator', since = now()`,
    [tenantId, householdId, to],
  );
  await sql.query(
    "update households set status = 'active', version = version + 1, updated_at = now() where tenant_id = app_tenant_id() and id = $1 and status = 'waiting'",
    [householdId],
  );
}

export async function insertHandover(sql: Sql, h: { tenantId: string; id: string; householdId: string; from: string | null; to: string; note: string; by: string }): Promise<void> {
  await sql.query(
    'insert into coordinator_handovers (tenant_id, id, household_id, from_user_id, to_user_id, note, handed_over_by) values ($1, $2, $3, $4, $5, $6, $7)',
    [h.tenantId, h.id, h.householdId, h.from, h.to, h.note, h.by],
  );
}

export async function insertCaseMember(sql: Sql, tenantId: string, householdId: string, userId: string, role: string): Promise<boolean> {
  const rows = await sql.query(
    'insert into case_members (tenant_id, household_id, user_id, role) values ($1, $2, $3, $4) on conflict do nothing returning user_id',
    [tenantId, householdId, userId, role],
  );
  return rows.length > 0;
}

export async function deleteCaseMember(sql: Sql, householdId: string, userId: string): Promise<boolean> {
  const rows = await sql.query(
    "delete from case_members where tenant_id = app_tenant_id() and household_id = $1 and user_id = $2 and role <> 'coordinator' returning user_id",
    [householdId, userId],
  );
  return rows.length > 0;
}
