import type { Sql } from '../../db/database';
import type { SummaryRow } from './summary-queries';
import { serviceSummaries } from './summary-queries';

export interface DetailRow {
  id: string;
  alternate_name: string | null;
  description: string;
  url: string | null;
  email: string | null;
  status: 'active' | 'inactive' | 'defunct' | 'temporarily closed';
  application_process: string | null;
  fees_description: string | null;
  eligibility_description: string | null;
  interpretation_services: string | null;
  alert: string | null;
  is_public: boolean;
  organization_id: string | null;
  owner_user_id: string | null;
  proposer_name: string | null;
  moderation_reason: string | null;
  moderated_at: Date | null;
  last_confirmed_at: Date | null;
  hidden_at: Date | null;
  version: number;
  updated_at: Date;
  organization: { id: string; name: string; description: string; website: string | null; email: string | null } | null;
  locations: { id: string; organizationId: string | null; name: string | null; description: string | null; transportation: string | null; latitude: number | null; longitude: number | null; version: number;
    address: { address1: string; address2: string | null; postalCode: string; city: string } | null; accessibility: { description: string | null; details: string | null }[] }[];
  schedules: { id: string; locationId: string | null; freq: string | null; byday: string | null; opensAt: string | null; closesAt: string | null; validFrom: string | null; validTo: string | null; description: string | null }[];
  contacts: { name: string | null; title: string | null; email: string | null }[];
  phones: { number: string; type: string | null; description: string | null }[];
  languages: { code: string | null; name: string | null }[];
  cost_options: { option: string | null; amount: number | null; currency: string | null; amountDescription: string | null }[];
  districts: { id: string; name: string }[];
  organization_member: boolean;
}

/** A whole service page in one statement (related rows as JSON arrays); null when there is no such service. */
export async function serviceDetailRow(sql: Sql, id: string, userId: string | null): Promise<DetailRow | null> {
  const rows = await sql.query<DetailRow>(
    `select s.id, s.alternate_name, s.description, s.url, s.email, s.status, s.application_process, s.fees_description, s.eligibility_description,
            s.interpretation_services, s.alert, s.is_public, s.organization_id, s.owner_user_id, s.proposer_name, s.moderation_reason, s.moderated_at,
            s.last_confirmed_at, s.hidden_at, s.version, s.updated_at,
            (select json_build_object('id', o.id, 'name', o.name, 'description', o.description, 'website', o.website, 'email', o.email)
               from organizations o where o.tenant_id = s.tenant_id and o.id = s.organization_id) as organization,
            coalesce((select json_agg(json_build_object('id', l.id, 'organizationId', l.organization_id, 'name', l.name, 'description', l.description,
                        'transportation', l.transportation, 'latitude', l.latitude, 'longitude', l.longitude, 'version', l.version,
                        'address', (select json_build_object('address1', ad.address_1, 'address2', ad.address_2, 'postalCode', ad.postal_code, 'city', ad.city)
                                      from addresses ad where ad.tenant_id = l.tenant_id and ad.location_id = l.id order by ad.address_type = 'physical' desc, ad.id limit 1),
                        'accessibility', coalesce((select json_agg(json_build_object('description', ac.description, 'details', ac.details) order by ac.id)
                                      from accessibilities ac where ac.tenant_id = l.tenant_id and ac.location_id = l.id), '[]'))
                        order by l.name, l.id)
               from service_at_locations x join locations l on l.tenant_id = x.tenant_id and l.id = x.location_id
              where x.tenant_id = s.tenant_id and x.service_id = s.id), '[]') as locations,
            coalesce((select json_agg(json_build_object('id', sc.id, 'locationId', coalesce(sc.location_id, x.location_id), 'freq', sc.freq, 'byday', sc.byday,
                        'opensAt', to_char(sc.opens_at, 'HH24:MI'), 'closesAt', to_char(sc.closes_at, 'HH24:MI'), 'validFrom', sc.valid_from,
                        'validTo', sc.valid_to, 'description', sc.description) order by sc.opens_at, sc.id)
               from schedules sc left join service_at_locations x on x.tenant_id = sc.tenant_id and x.id = sc.service_at_location_id
              where sc.tenant_id = s.tenant_id and (sc.service_id = s.id or x.service_id = s.id)), '[]') as schedules,
            coalesce((select json_agg(json_build_object('name', c.name, 'title', c.title, 'email', c.email) order by c.name)
               from directory_contacts c where c.tenant_id = s.tenant_id and c.service_id = s.id), '[]') as contacts,
            coalesce((select json_agg(json_build_object('number', ph.number, 'type', ph.type, 'description', ph.description) order by ph.id)
               from phones ph where ph.tenant_id = s.tenant_id and ph.service_id = s.id), '[]') as phones,
            coalesce((select json_agg(json_build_object('code', lg.code, 'name', lg.name) order by lg.code)
               from languages lg where lg.tenant_id = s.tenant_id and lg.service_id = s.id), '[]') as languages,
            coalesce((select json_agg(json_build_object('option', co.option, 'amount', co.amount, 'currency', co.currency, 'amountDescription', co.amount_description) order by co.id)
               from cost_options co where co.tenant_id = s.tenant_id and co.service_id = s.id), '[]') as cost_options,
            coalesce((select json_agg(json_build_object('id', d.id, 'name', d.name) order by d.name)
               from service_districts sd join districts d on d.tenant_id = sd.tenant_id and d.id = sd.district_id
              where sd.tenant_id = s.tenant_id and sd.service_id = s.id), '[]') as districts,
            exists (select 1 from organization_members m where m.tenant_id = s.tenant_id and m.organization_id = s.organization_id and m.user_id = $2::uuid) as organization_member
       from services s where s.tenant_id = app_tenant_id() and s.id = $1`,
    [id, userId],
  );
  return rows[0] ?? null;
}

export async function serviceWithSummary(sql: Sql, id: string, userId: string | null, now: Date): Promise<{ detail: DetailRow; summary: SummaryRow } | null> {
  const detail = await serviceDetailRow(sql, id, userId);
  const summary = detail ? (await serviceSummaries(sql, [id], now, null))[0] : undefined;
  return detail && summary ? { detail, summary } : null;
}
