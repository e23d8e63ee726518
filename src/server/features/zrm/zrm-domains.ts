import type { z } from 'zod';
import { ZRM_DEFAULT_DOMAINS, ZRM_SCALE, ZRM_SCALE_LABELS, type ZrmDomainList, type ZrmDomainsInput } from '../../../contracts/plans';
import type { Sql } from '../../db/database';
import { hasRole, type Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import * as q from './queries';

/** The tenant's ZRM domains (the 13 standard ones unless the tenant changed them). */
export async function tenantDomains(sql: Sql, tenantId: string): Promise<q.DomainRow[]> {
  await q.ensureDomains(sql, tenantId, ZRM_DEFAULT_DOMAINS);
  return q.domains(sql);
}

/** The matrix itself: domains and scale labels. Configuration, no person data. */
export async function listZrmDomains(sql: Sql, actor: Actor): Promise<z.infer<typeof ZrmDomainList>> {
  return {
    domains: await tenantDomains(sql, actor.tenantId),
    scale: ZRM_SCALE.map((score) => ({ score, label: ZRM_SCALE_LABELS[score] })),
  };
}

/**
 * The admin sets the municipality's own domain list (renamed, reordered, added or left out). Past
 * assessments keep their scores; new ones can score only the domains on the list.
 */
export async function replaceZrmDomains(sql: Sql, actor: Actor, input: z.infer<typeof ZrmDomainsInput>): Promise<z.infer<typeof ZrmDomainList>> {
  if (!hasRole(actor, 'admin')) throw new AppError('forbidden', { detail: 'Only the administrator sets the ZRM domains.' });
  const repeated = input.domains.findIndex((d, i) => input.domains.findIndex((o) => o.key === d.key) !== i);
  if (repeated >= 0) throw new AppError('validation_failed', { field: `body.domains.${repeated}.key`, detail: 'Each domain once.' });
  await q.replaceDomains(sql, actor.tenantId, input.domains);
  audit(sql, actor, { eventType: 'zrm.domains_changed', action: 'update', objectType: 'tenant', objectId: actor.tenantId, details: { keys: input.domains.map((d) => d.key) } });
  return listZrmDomains(sql, actor);
}
