import { latestLinkTokenFor } from '../../features/referrals/referral-kit';
import { ok } from '../api-fixtures';
import { caseRead, caseWrite, CASE_TEAM, only, publicFor, type Expected, type MatrixEnv, type MatrixRules } from '../authorization-kit';
import { parentConsent, referralWorldOf } from './consents';

const RECIPIENT = 'aanmelden@jeugdhulp.example';

/** A fresh referral of the matrix household's parent to organisation A's service, sent by its coach. */
async function sentReferral(env: MatrixEnv): Promise<{ id: string; links: { id: string }[] }> {
  const { householdId, parentId } = env.w().household;
  const consent = await parentConsent(env);
  return ok(env.t(), {
    method: 'POST', url: '/api/v1/referrals', cookie: env.w().cookies.coach,
    body: { householdId, personId: parentId, serviceId: (await referralWorldOf(env)).serviceA, consentId: consent.id, share: ['goals'], message: 'Matrix' },
  });
}

const freshToken = async (env: MatrixEnv) => {
  await sentReferral(env);
  return encodeURIComponent(await latestLinkTokenFor(env.t(), RECIPIENT));
};

/** The case team reads it whole; the provider of the organisation reads what was shared. */
const caseOrProvider = (ok: number): Expected => ({ ...caseRead(ok), provider: ok });

export const matrixRules: MatrixRules = (env) => ({
  listReferrals: { expect: only(['provider', 'initiative_host'], 200, 403, 200), call: async () => ({ method: 'GET', url: '/api/v1/referrals' }) },
  createReferral: {
    expect: caseWrite(201),
    call: async () => {
      const { householdId, parentId } = env.w().household;
      await parentConsent(env);
      return { method: 'POST', url: '/api/v1/referrals', body: { householdId, personId: parentId, serviceId: (await referralWorldOf(env)).serviceA, share: ['goals'], message: 'Matrix', send: false } };
    },
  },
  getReferral: { expect: caseOrProvider(200), otherAs: 'coach', call: async () => ({ method: 'GET', url: `/api/v1/referrals/${(await sentReferral(env)).id}` }) },
  stepReferral: {
    // The case team cancels; the provider accepts.
    expect: caseOrProvider(201),
    otherAs: 'coach',
    call: async (ctx) => ({ method: 'POST', url: `/api/v1/referrals/${(await sentReferral(env)).id}/events`, body: { status: ctx.role === 'provider' ? 'accepted' : 'cancelled' } }),
  },
  revokeReferralLink: {
    expect: caseWrite(204),
    call: async () => ({ method: 'DELETE', url: `/api/v1/referral-links/${(await sentReferral(env)).links[0]!.id}` }),
  },
  findReferralServices: { expect: only(CASE_TEAM, 200, 403, 200), call: async () => ({ method: 'GET', url: '/api/v1/referral-services?q=opvoed' }) },
  getReferralFigures: {
    expect: only([...CASE_TEAM, 'provider', 'admin', 'analyst'], 200, 403, 404),
    call: async () => ({ method: 'GET', url: `/api/v1/services/${(await referralWorldOf(env)).serviceA}/referral-figures` }),
  },
  readReferralLink: { expect: publicFor(200, 404), call: async () => ({ method: 'GET', url: `/api/v1/public/referral-links/${await freshToken(env)}` }) },
  answerReferralLink: {
    expect: publicFor(201, 404),
    call: async () => ({ method: 'POST', url: `/api/v1/public/referral-links/${await freshToken(env)}/answers`, body: { status: 'accepted' } }),
  },
});
