import type { z } from 'zod';
import type { ReferralFiguresView } from '../../../contracts/referrals';
import type { Sql } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { canReadFigures } from './policy';
import * as services from './service-queries';

/**
 * How referrals to a service turn out: acceptance rate, median days to acceptance, what runs now
 * (accepted or in progress), next to the capacity its provider keeps. Figures about the service,
 * never about a person. The places available stay the provider's own figure (see the README).
 */
export async function getReferralFigures(sql: Sql, actor: Actor, serviceId: string): Promise<z.infer<typeof ReferralFiguresView>> {
  if (!canReadFigures(actor)) throw new AppError('forbidden');
  const service = await services.serviceById(sql, serviceId);
  if (!service) throw new AppError('not_found');
  const f = await services.referralFigures(sql, serviceId);
  return {
    serviceId, answered: f.answered, accepted: f.accepted, acceptanceRate: f.answered ? f.accepted / f.answered : null,
    medianDaysToAcceptance: f.median_days === null ? null : Math.round(Number(f.median_days) * 10) / 10,
    active: f.active, completed: f.completed, notCompleted: f.not_completed, placesAvailable: service.places_available, waitingWeeks: service.waiting_weeks,
  };
}
