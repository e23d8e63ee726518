import type { z } from 'zod';
import type { ServiceFiltersView } from '../../../contracts/directory';
import type { Sql } from '../../db/database';

/** What the search form offers: the tenant's themes, districts with their neighbourhoods, and the languages entries are offered in. */
export async function serviceFilters(sql: Sql): Promise<z.infer<typeof ServiceFiltersView>> {
  const [row] = await sql.query<z.infer<typeof ServiceFiltersView>>(
    `select coalesce((select json_agg(json_build_object('code', t.code, 'name', t.name, 'nameEn', t.name_en) order by t.position, t.name)
                        from taxonomy_terms t join taxonomies x on x.tenant_id = t.tenant_id and x.id = t.taxonomy_id
                       where t.tenant_id = app_tenant_id() and t.taxonomy = 'wijkwijs-themes' and t.code is not null), '[]') as themes,
            coalesce((select json_agg(json_build_object('id', d.id, 'name', d.name, 'neighbourhoods', coalesce((
                        select json_agg(json_build_object('id', n.id, 'name', n.name) order by n.name) from neighbourhoods n
                         where n.tenant_id = d.tenant_id and n.district_id = d.id), '[]')) order by d.name)
                        from districts d where d.tenant_id = app_tenant_id()), '[]') as districts,
            coalesce((select json_agg(json_build_object('code', l.code, 'name', l.name) order by l.code)
                        from (select distinct on (code_key) code_key as code, name from languages
                               where tenant_id = app_tenant_id() and code_key is not null order by code_key, name) l), '[]') as languages`,
  );
  return row ?? { themes: [], districts: [], languages: [] };
}
