import type { ReferralStatus } from '../../contracts/referrals';
import type { Sql } from '../db/database';
import { takeSnapshot } from '../features/referrals/snapshot';
import { newId } from '../platform/ids';
import { demoFamilies, ensureProviderOrganisation, referralTargets, userIdOf } from './seed-referral-queries';

const DAY = 86_400_000;
/** The walk to each final status, with who took each step and the reason where one is needed. */
const WALKS: { path: ReferralStatus[]; reason?: string }[] = [
  { path: ['draft'] },
  { path: ['draft', 'sent'] },
  { path: ['draft', 'sent', 'accepted'] },
  { path: ['draft', 'sent', 'declined'], reason: 'Geen plek voor deze leeftijd; probeer het buurthuis.' },
  { path: ['draft', 'sent', 'accepted', 'in_progress'] },
  { path: ['draft', 'sent', 'accepted', 'in_progress', 'completed'] },
  { path: ['draft', 'sent', 'accepted', 'in_progress', 'not_completed'], reason: 'Na drie afspraken niet meer gekomen.' },
  { path: ['draft', 'sent', 'cancelled'], reason: 'Het gezin koos voor hulp uit het eigen netwerk.' },
  { path: ['draft', 'sent', 'expired'] },
];
const BY_PROVIDER: ReferralStatus[] = ['accepted', 'declined', 'in_progress', 'completed', 'not_completed'];

/**
 * Demo referrals in every status, with the consent each rests on, mostly to the services of the
 * demo provider's organisation (its inbox shows them), a few to other services.
 */
export async function seedDemoReferrals(sql: Sql, tenantId: string): Promise<number> {
  await ensureProviderOrganisation(sql, tenantId);
  const targets = await referralTargets(sql);
  const families = await demoFamilies(sql, WALKS.length + 3);
  const coach = await userIdOf(sql, 'coach@voorbeeld.nl');
  const provider = await userIdOf(sql, 'provider@voorbeeld.nl');
  if (!targets.own.length || !families.length || !coach || !provider) return 0;
  const walks = [...WALKS, WALKS[5]!, WALKS[3]!, WALKS[2]!];
  let made = 0;
  for (const [i, walk] of walks.entries()) {
    const family = families[i % families.length]!;
    const service = i >= WALKS.length && targets.other.length ? targets.other[i % targets.other.length]! : targets.own[i % targets.own.length]!;
    const consentId = newId();
    const share = ['name_and_contact', 'goals'];
    await sql.query(
      `insert into consents (tenant_id, id, household_id, person_id, purpose, scope, recipient_organization_id, recipient_service_id, valid_from, valid_until, recorded_by, recorded_at)
       values ($1, $2, $3, $4, 'referral', $5, $6, $7, current_date - 30, current_date + 335, $8, now() - interval '30 days')`,
      [tenantId, consentId, family.household_id, family.person_id, [...share, 'birth_date'], service.organization_id, service.organization_id ? null : service.id, coach],
    );
    await sql.query('insert into consent_givers (tenant_id, consent_id, person_id) values ($1, $2, $3)', [tenantId, consentId, family.person_id]);
    const id = newId();
    const days = walk.path.length === 1 ? 1 : walk.path.at(-1) === 'expired' ? 20 : 2 + walk.path.length * 3;
    const start = Date.now() - days * DAY;
    // An expired referral was sent 19 days ago and expired 14 days after that; the others move every 2.5 days.
    const at = (step: number) => new Date(start + (walk.path.at(-1) === 'expired' ? [0, 1, 15][step]! : step * 2.5) * DAY);
    const final = walk.path.at(-1)!;
    const snapshot = walk.path.length > 1 ? await takeSnapshot(sql, family.household_id, family.person_id, share as never, new Date().toISOString().slice(0, 10)) : null;
    await sql.query(
      `insert into referrals (tenant_id, id, household_id, person_id, service_id, organization_id, consent_id, status, shared_scope, shared_snapshot, message,
         recipient_email, status_reason, created_by, created_at, sent_at, accepted_at, closed_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, null, $12, $13, $14, $15, $16, $17, now())`,
      [tenantId, id, family.household_id, family.person_id, service.id, service.organization_id, consentId, final, share, snapshot ? JSON.stringify(snapshot) : null,
        'Moeder wil graag hulp bij de opvoeding; zij is het best bereikbaar na 15.00 uur.', walk.reason ?? null, coach, at(0),
        walk.path.length > 1 ? at(1) : null, walk.path.includes('accepted') ? at(2) : null, ['declined', 'completed', 'not_completed', 'cancelled', 'expired'].includes(final) ? at(walk.path.length - 1) : null],
    );
    for (const [step, to] of walk.path.entries()) {
      const byProvider = BY_PROVIDER.includes(to);
      await sql.query(
        `insert into referral_events (tenant_id, id, referral_id, from_status, to_status, reason, by_user_id, by_label, occurred_at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [tenantId, newId(), id, step ? walk.path[step - 1] : null, to, step === walk.path.length - 1 ? (walk.reason ?? null) : null,
          to === 'expired' ? null : byProvider ? provider : coach, to === 'expired' ? 'Wijkwijs' : byProvider ? 'provider' : 'coach', at(step)],
      );
    }
    made++;
  }
  return made;
}
