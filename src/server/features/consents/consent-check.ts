import type { Sql } from '../../db/database';
import { NL_TODAY_SQL } from '../../platform/nl-date';

/** What another feature needs to know about a consent before it shares on it. */
export interface UsableConsent {
  id: string;
  personId: string;
  scope: string[];
  organizationId: string | null;
  serviceId: string | null;
  active: boolean;
}

/**
 * The consents of `personId` for `purpose` that cover `recipient` (the service's organisation, or
 * the service itself when it has none), active ones first. Sharing calls this at runtime.
 */
export async function consentsCovering(sql: Sql, personId: string, purpose: string, recipient: { organizationId: string | null; serviceId: string }): Promise<UsableConsent[]> {
  return sql.query<UsableConsent>(
    `select id, person_id as "personId", scope, recipient_organization_id as "organizationId", recipient_service_id as "serviceId",
            (withdrawn_at is null and ${NL_TODAY_SQL} between valid_from and valid_until) as active
       from consents
      where tenant_id = app_tenant_id() and person_id = $1 and purpose = $2
        and (recipient_organization_id = $3 or recipient_service_id = $4)
      order by (withdrawn_at is null and ${NL_TODAY_SQL} between valid_from and valid_until) desc, recorded_at desc`,
    [personId, purpose, recipient.organizationId, recipient.serviceId],
  );
}

/** Whether a consent is valid right now (not withdrawn, today within from..until). */
export async function isConsentActive(sql: Sql, consentId: string): Promise<boolean> {
  const rows = await sql.query<{ active: boolean }>(
    `select (withdrawn_at is null and ${NL_TODAY_SQL} between valid_from and valid_until) as active from consents where tenant_id = app_tenant_id() and id = $1`,
    [consentId],
  );
  return rows[0]?.active ?? false;
}
