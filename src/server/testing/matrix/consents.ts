import { createReferralWorld, inAYear, type ReferralWorld } from '../../features/referrals/referral-kit';
import { ok } from '../api-fixtures';
import { caseRead, caseWrite, type MatrixEnv, type MatrixRules } from '../authorization-kit';

let world: Promise<ReferralWorld> | null = null;
/** Organisation A (provider@voorbeeld.nl is a member) and its service, made once per run. */
export const referralWorldOf = (env: MatrixEnv): Promise<ReferralWorld> => (world ??= createReferralWorld(env.t(), ' (matrix)'));

/** A consent of the matrix household's parent to organisation A, recorded by its coach. */
export async function parentConsent(env: MatrixEnv, scope: string[] = ['name_and_contact', 'goals']): Promise<{ id: string }> {
  const { householdId, parentId } = env.w().household;
  const { serviceA } = await referralWorldOf(env);
  return ok(env.t(), { method: 'POST', url: '/api/v1/consents', cookie: env.w().cookies.coach, body: { householdId, personId: parentId, givenByPersonIds: [parentId], scope, serviceId: serviceA, validUntil: inAYear() } });
}

export const matrixRules: MatrixRules = (env) => ({
  listConsents: { expect: caseRead(200), call: async () => ({ method: 'GET', url: `/api/v1/consents?householdId=${env.w().household.householdId}` }) },
  recordConsent: {
    expect: caseWrite(201),
    call: async () => {
      const { householdId, parentId } = env.w().household;
      return { method: 'POST', url: '/api/v1/consents', body: { householdId, personId: parentId, givenByPersonIds: [parentId], scope: ['goals'], serviceId: (await referralWorldOf(env)).serviceA, validUntil: inAYear() } };
    },
  },
  withdrawConsent: {
    expect: caseWrite(201),
    call: async () => ({ method: 'POST', url: `/api/v1/consents/${(await parentConsent(env)).id}/withdrawals`, body: { reason: 'Matrix' } }),
  },
});
