import type { z } from 'zod';
import type { ReferralServiceQuery, ReferralServiceView } from '../../../contracts/referrals';
import type { Sql } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { canLookUpServices } from './policy';
import * as services from './service-queries';

/** A quick look-up by name for the referral form (the directory's full search lives in the directory feature). */
export async function findReferralServices(sql: Sql, actor: Actor, query: z.infer<typeof ReferralServiceQuery>): Promise<{ items: z.infer<typeof ReferralServiceView>[] }> {
  if (!canLookUpServices(actor)) throw new AppError('forbidden');
  const rows = await services.servicesNamed(sql, query.q, query.limit);
  return { items: rows.map((s) => ({ id: s.id, name: s.name, organizationName: s.organization_name, kind: s.kind, email: s.email ?? s.owner_email })) };
}
