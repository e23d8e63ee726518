import type { z } from 'zod';
import { ZRM_DEFAULT_DOMAINS, ZRM_SCALE, ZRM_SCALE_LABELS, type ZrmDomainList } from '../../../contracts/plans';
import type { Sql } from '../../db/database';
import type { Actor } from '../../platform/actor';
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
