import { prepared, type Sql } from '../../db/database';

export interface TimelineRow {
  /** The moment with microseconds, as UTC text: the exact keyset position. */
  at_key: string;
  kind: string;
  /** A sort of event within its kind: the contact's kind, a care decision's direction. */
  variant: string | null;
  detail: string | null;
  amount: number | null;
  by_name: string | null;
  ref_id: string;
  person_id: string | null;
}

// A date without a time (a contact, a meeting) counts from the start of that day in the Netherlands.
const onDay = (column: string) => `(${column}::timestamp at time zone 'Europe/Amsterdam')`;
const byName = (alias: string, column: string) => `(select u.display_name from users u where u.tenant_id = ${alias}.tenant_id and u.id = ${alias}.${column})`;

/**
 * Everything that happened in a household's case, from every part of the file, in time order.
 * Contacts show their kind and minutes, never their note; a linked signal its reference and sender's
 * organisation, never its content. Keyset on (at, kind, ref_id).
 */
const entries = `
  select h.registered_at as at, 'household_registered' as kind, null::text as variant, h.name as detail, null::int as amount, null::text as by_name, h.id as ref_id, null::uuid as person_id
    from households h where h.tenant_id = app_tenant_id() and h.id = $1
  union all
  select ch.handed_over_at, 'coordinator_handover', null, ${byName('ch', 'to_user_id')}, null, ${byName('ch', 'handed_over_by')}, ch.id, null
    from coordinator_handovers ch where ch.tenant_id = app_tenant_id() and ch.household_id = $1
  union all
  select ${onDay('c.occurred_on')}, 'contact', c.kind, null, c.minutes, ${byName('c', 'created_by')}, c.id, null
    from contacts c where c.tenant_id = app_tenant_id() and c.household_id = $1
  union all
  select p.created_at, 'plan_created', null, null, null, null, p.id, null
    from plans p where p.tenant_id = app_tenant_id() and p.household_id = $1
  union all
  select g.created_at, 'goal_created', null, g.own_words, null, ${byName('g', 'created_by')}, g.id, g.person_id
    from goals g where g.tenant_id = app_tenant_id() and g.household_id = $1
  union all
  select r.rated_at, 'goal_rated', null, g.own_words, r.rating, ${byName('r', 'recorded_by')}, r.id, r.rated_by_person_id
    from goal_ratings r join goals g on g.tenant_id = r.tenant_id and g.id = r.goal_id where r.tenant_id = app_tenant_id() and g.household_id = $1
  union all
  select ${onDay('m.met_on')}, 'plan_meeting', null, (select string_agg(a, ', ') from jsonb_array_elements_text(m.agreed_by) a), null, ${byName('m', 'created_by')}, m.id, null
    from plan_meetings m where m.tenant_id = app_tenant_id() and m.household_id = $1
  union all
  select ${onDay('d.starts_on')}, 'care_decision', d.direction, d.provider || ' (' || d.product_category || ')', null, ${byName('d', 'created_by')}, d.id, d.person_id
    from care_decisions d where d.tenant_id = app_tenant_id() and d.household_id = $1
  union all
  select s.created_at, 'safety_map', null, null, s.version, ${byName('s', 'created_by')}, s.id, null
    from safety_maps s where s.tenant_id = app_tenant_id() and s.household_id = $1
  union all
  select ${onDay('z.assessed_on')}, 'zrm_assessment', null, p.given_name, null, ${byName('z', 'created_by')}, z.id, z.person_id
    from zrm_assessments z join persons p on p.tenant_id = z.tenant_id and p.id = z.person_id where z.tenant_id = app_tenant_id() and z.household_id = $1
  union all
  select e.occurred_at, 'signal_linked', s.reference, case when s.source = 'public' then null else coalesce(s.sender_organisation, s.sender_name) end, null, ${byName('e', 'user_id')}, e.id, null
    from signals s join signal_events e on e.tenant_id = s.tenant_id and e.signal_id = s.id and e.event_type = 'household_linked' and e.household_id = s.household_id
   where s.tenant_id = app_tenant_id() and s.household_id = $1
  union all
  select cc.closed_at, 'case_closed', null, cc.reason, null, ${byName('cc', 'closed_by')}, cc.id, null
    from case_closures cc where cc.tenant_id = app_tenant_id() and cc.household_id = $1
  union all
  select re.occurred_at, 'referral', re.to_status, s.name, null, coalesce(${byName('re', 'by_user_id')}, re.by_label), re.id, r.person_id
    from referral_events re join referrals r on r.tenant_id = re.tenant_id and r.id = re.referral_id
    join services s on s.tenant_id = r.tenant_id and s.id = r.service_id where re.tenant_id = app_tenant_id() and r.household_id = $1`;

export async function timelineOf(sql: Sql, householdId: string, q: { order: 'asc' | 'desc'; after: [string, string, string] | null; limit: number }): Promise<TimelineRow[]> {
  const [cmp, dir] = q.order === 'asc' ? ['>', 'asc'] : ['<', 'desc'];
  // Named per order: planning the thirteen-part union took 1.7 ms of a 0.6 ms execution (1M households).
  return sql.query<TimelineRow>(prepared(`timeline_${dir}`,
    `select to_char(e.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at_key, e.kind, e.variant, e.detail, e.amount, e.by_name, e.ref_id, e.person_id
       from (${entries}) e
      where $2::timestamptz is null or (e.at, e.kind, e.ref_id) ${cmp} ($2::timestamptz, $3::text, $4::uuid)
      order by e.at ${dir}, e.kind ${dir}, e.ref_id ${dir} limit $5`),
    [householdId, q.after?.[0] ?? null, q.after?.[1] ?? null, q.after?.[2] ?? null, q.limit + 1],
  );
}
