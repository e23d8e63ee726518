import type { Sql } from '../../db/database';
import { forgetWordList } from './word-list';

/**
 * Rebuilds the search document of the given services (all of the tenant's with null), their
 * postings (directory_postings), postings with a place (directory_posting_points) and facets
 * (directory_facets), and adds their words to directory_words. Call it after every write that
 * changes what a service is found by: its own fields, its organisation's name, themes, languages,
 * opening hours, locations (their coordinates too), addresses, districts. Exported for the HSDS
 * importer: one call per import with the ids it touched.
 *
 * Weights: A name, B organisation and themes, C description, D place (location, address, postcode,
 * neighbourhood, district). Everything is unaccented before the dutch configuration sees it.
 */
export async function refreshDirectorySearch(sql: Sql, serviceIds: readonly string[] | null): Promise<void> {
  if (serviceIds && !serviceIds.length) return;
  const [result] = await sql.query<{ tenant_id: string; added: number }>(
    `with src as (
       select s.tenant_id, s.id,
              unaccent(s.name || ' ' || coalesce(s.alternate_name, '')) as a,
              unaccent(coalesce(o.name, '') || ' ' || coalesce((
                select string_agg(tt.name, ' ') from attributes at join taxonomy_terms tt on tt.tenant_id = at.tenant_id and tt.id = at.taxonomy_term_id
                 where at.tenant_id = s.tenant_id and at.link_id = s.id), '')) as b,
              unaccent(s.description) as c,
              unaccent(coalesce((
                select string_agg(concat_ws(' ', l.name, ad.address_1, ad.postal_code, ad.city, nb.name, dn.name), ' ')
                  from service_at_locations x join locations l on l.tenant_id = x.tenant_id and l.id = x.location_id
                  left join addresses ad on ad.tenant_id = l.tenant_id and ad.location_id = l.id
                  left join neighbourhoods nb on nb.tenant_id = l.tenant_id and nb.id = l.neighbourhood_id
                  left join districts dn on dn.tenant_id = nb.tenant_id and dn.id = nb.district_id
                 where x.tenant_id = s.tenant_id and x.service_id = s.id), '') || ' ' || coalesce((
                select string_agg(d.name, ' ') from service_districts sd join districts d on d.tenant_id = sd.tenant_id and d.id = sd.district_id
                 where sd.tenant_id = s.tenant_id and sd.service_id = s.id), '')) as d
         from services s
         -- Lateral, keyed on the service's own tenant and organisation: a plain join on the RLS-wrapped
         -- organizations became a nested loop over every organisation for each service.
         left join lateral (select o.name from organizations o where o.tenant_id = s.tenant_id and o.id = s.organization_id) o on true
        where s.tenant_id = app_tenant_id() and ($1::uuid[] is null or s.id = any($1::uuid[]))),
     updated as (
       update services s set search_document = setweight(to_tsvector('dutch', src.a), 'A') || setweight(to_tsvector('dutch', src.b), 'B')
                                             || setweight(to_tsvector('dutch', src.c), 'C') || setweight(to_tsvector('dutch', src.d), 'D')
         -- The id list again on the update itself: joined only to the CTE, PostgreSQL may hash the
         -- CTE and scan the tenant's services for each batch instead of using the primary key.
         from src where s.tenant_id = src.tenant_id and s.id = src.id and ($1::uuid[] is null or s.id = any($1::uuid[]))
         returning s.tenant_id, s.id, s.search_document),
     -- The postings (decision 0018) follow the new documents. Only the difference is written, so the
     -- delete and the insert never touch the same row: their order within the statement is undefined.
     unposted as (
       delete from directory_postings p using updated u
        where p.tenant_id = u.tenant_id and p.service_id = u.id and p.lexeme <> all(tsvector_to_array(u.search_document))),
     posted as (
       insert into directory_postings (tenant_id, lexeme, service_id)
       select u.tenant_id, d.lexeme, u.id from updated u, unnest(u.search_document) d
       on conflict do nothing),
     words as (
       select distinct w from src, regexp_split_to_table(lower(src.a || ' ' || src.b || ' ' || src.c || ' ' || src.d), '[^a-z0-9]+') as w
        where length(w) between 4 and 40),
     added as (
       insert into directory_words (tenant_id, word, lexeme)
       select app_tenant_id(), w, (ts_lexize('dutch_stem', w))[1] from words where (ts_lexize('dutch_stem', w))[1] is not null
       on conflict do nothing returning 1)
     select app_tenant_id()::text as tenant_id, (select count(*) from added)::int as added`,
    [serviceIds],
  );
  // The postings with a place (decision 0026) follow the postings and the services' locations:
  // replaced whole, a service's handful of rows per location, so a moved location is never missed.
  // Their `listed` flag (decision 0031) is written here and then kept by a trigger on services.
  await sql.query('delete from directory_posting_points where tenant_id = app_tenant_id() and ($1::uuid[] is null or service_id = any($1::uuid[]))', [serviceIds]);
  await sql.query(
    `insert into directory_posting_points (tenant_id, lexeme, service_id, location_id, latitude, longitude, listed)
     select d.tenant_id, d.lexeme, d.service_id, l.id, l.latitude, l.longitude,
            -- A probe of the service by key per row: joined, a tenant's just-seeded services (stale
            -- statistics) became a nested loop scanning every service per posting (48 s on PGlite).
            (select directory_listed(s.is_public, s.status, s.moderation_state, s.hidden_at) from services s where s.tenant_id = d.tenant_id and s.id = d.service_id)
       from directory_postings d
       join service_at_locations x on x.tenant_id = d.tenant_id and x.service_id = d.service_id
       join locations l on l.tenant_id = x.tenant_id and l.id = x.location_id
      where d.tenant_id = app_tenant_id() and ($1::uuid[] is null or d.service_id = any($1::uuid[])) and l.latitude is not null`,
    [serviceIds],
  );
  // The facets (decision 0027) follow the services' themes, languages, schedules and names.
  await sql.query('delete from directory_facets where tenant_id = app_tenant_id() and ($1::uuid[] is null or service_id = any($1::uuid[]))', [serviceIds]);
  await sql.query(
    `insert into directory_facets (tenant_id, facet, name_key, service_id)
     select f.tenant_id, f.facet, s.name_key, f.service_id
       from directory_service_facets f join services s on s.tenant_id = f.tenant_id and s.id = f.service_id
      where f.tenant_id = app_tenant_id() and ($1::uuid[] is null or f.service_id = any($1::uuid[]))`,
    [serviceIds],
  );
  // New words: this process's typo lookup reloads the tenant's list on its next search.
  if (result && result.added > 0) forgetWordList(result.tenant_id);
}
