import type { Sql } from '../../db/database';
import { NL_TODAY_SQL } from '../../platform/nl-date';

export interface HouseholdListRow {
  id: string;
  name: string;
  status: 'waiting' | 'active' | 'closed';
  priority: 'urgent' | 'high' | 'normal';
  team_id: string | null;
  team_name: string | null;
  coordinator_id: string | null;
  coordinator_name: string | null;
  postcode: string | null;
  house_number: string | null;
  neighbourhood_name: string | null;
  member_count: number;
  registered_at: Date;
  days_waiting: number | null;
  sort_name: string;
  priority_rank: number;
}

export interface HouseholdListFilter {
  scope: 'mine' | 'team' | 'waiting';
  userId: string;
  teamIds: string[];
  q: string | null;
  bsnDigest: Buffer | null;
  status: string | null;
  neighbourhoodId: string | null;
  sort: 'name' | 'registered' | 'waiting';
  after: (string | number)[] | null;
  limit: number;
}

const ORDER = {
  name: { by: 'h.sort_name, h.id', after: '(h.sort_name, h.id) > ($7::text, $8::uuid)', arity: 2 },
  registered: { by: 'h.registered_at desc, h.id desc', after: '(h.registered_at, h.id) < ($7::timestamptz, $8::uuid)', arity: 2 },
  // Waiting list: most urgent first, then longest waiting.
  waiting: { by: 'h.priority_rank, h.registered_at, h.id', after: '(h.priority_rank, h.registered_at, h.id) > ($9::int, $7::timestamptz, $8::uuid)', arity: 3 },
} as const;

/** One page of households in the actor's scope. Only ids, names and places: never BSN or case content. */
export async function listHouseholds(sql: Sql, f: HouseholdListFilter): Promise<HouseholdListRow[]> {
  const order = ORDER[f.sort];
  const scope = {
    mine: 'exists (select 1 from case_members me where me.tenant_id = h.tenant_id and me.household_id = h.id and me.user_id = $1::uuid)',
    team: 'h.team_id = any($1::uuid[])',
    waiting: "h.team_id = any($1::uuid[]) and h.status = 'waiting'",
  }[f.scope];
  const cursor = f.after ?? Array.from({ length: order.arity }, () => null);
  return sql.query<HouseholdListRow>(
    `select * from (
       select h.tenant_id, h.id, h.name, h.status, h.priority, h.team_id, t.name as team_name, c.user_id as coordinator_id,
              u.display_name as coordinator_name, h.street, h.postcode, h.house_number, h.neighbourhood_id, n.name as neighbourhood_name,
              h.registered_at, lower(h.name) as sort_name,
              (select count(*)::int from persons p where p.tenant_id = h.tenant_id and p.household_id = h.id) as member_count,
              case when h.status = 'waiting' then (${NL_TODAY_SQL} - (h.registered_at at time zone 'Europe/Amsterdam')::date) end as days_waiting,
              case h.priority when 'urgent' then 0 when 'high' then 1 else 2 end as priority_rank
         from households h
         left join teams t on t.tenant_id = h.tenant_id and t.id = h.team_id
         left join case_members c on c.tenant_id = h.tenant_id and c.household_id = h.id and c.role = 'coordinator'
         left join users u on u.tenant_id = c.tenant_id and u.id = c.user_id
         left join neighbourhoods n on n.tenant_id = h.tenant_id and n.id = h.neighbourhood_id
        where h.tenant_id = app_tenant_id()) h
      where ${scope}
        and ($2::text is null or h.name ilike '%' || $2 || '%' or h.street ilike '%' || $2 || '%' or h.postcode = upper(replace($2, ' ', ''))
             or exists (select 1 from persons p where p.tenant_id = h.tenant_id and p.household_id = h.id
                         and (p.given_name || ' ' || p.family_name) ilike '%' || $2 || '%'))
        and ($3::bytea is null or exists (select 1 from persons p where p.tenant_id = h.tenant_id and p.household_id = h.id and p.bsn_digest = $3))
        and ($4::text is null or h.status = $4)
        and ($5::uuid is null or h.neighbourhood_id = $5)
        and ($7::text is null or ${order.after})
      order by ${order.by}
      limit $6`,
    [f.scope === 'mine' ? f.userId : f.teamIds, f.q, f.bsnDigest, f.status, f.neighbourhoodId, f.limit + 1, ...cursor],
  );
}
