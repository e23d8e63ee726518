import { ok } from '../api-fixtures';
import { adminOnly, anySignedIn, only, uniqueSuffix, type MatrixRules } from '../authorization-kit';

/**
 * Signal matching: professionals who work with young people register and see only their own
 * registrations and matches; the young person (client) sees the registrations about them; the
 * admin switches it on or off. A registration is its registrant's alone: other registrants get 404.
 */
const REGISTRANTS = ['signaller', 'outreach', 'coach', 'specialist', 'safety_officer', 'team_lead'] as const;

export const matrixRules: MatrixRules = (env) => {
  const api = (path: string) => `/api/v1${path}`;
  const registration = () => ({ givenName: `Matrix${uniqueSuffix()}`, familyName: 'Jansen', birthDate: '2012-02-02', organisationName: 'Matrix College', contactPhone: '010-1234567' });

  return {
    registerSignalMatch: { expect: only(REGISTRANTS, 201, 403, 201), call: async () => ({ method: 'POST', url: api('/signal-match-registrations'), body: registration() }) },
    listSignalMatchRegistrations: { expect: only(REGISTRANTS, 200, 403, 200), call: async () => ({ method: 'GET', url: api('/signal-match-registrations') }) },
    listSignalMatches: { expect: only(REGISTRANTS, 200, 403, 200), call: async () => ({ method: 'GET', url: api('/signal-matches') }) },
    withdrawSignalMatchRegistration: {
      expect: { ...only(REGISTRANTS, 404, 403, 404), signaller: 204 },
      otherAs: 'signaller',
      call: async () => {
        const own = await ok<{ id: string }>(env.t(), { method: 'POST', url: api('/signal-match-registrations'), cookie: env.w().cookies.signaller, body: registration() });
        return { method: 'DELETE', url: api(`/signal-match-registrations/${own.id}`) };
      },
    },
    listSignalMatchRegistrationsAboutMe: { expect: only(['client'], 200, 403, 200), call: async () => ({ method: 'GET', url: api('/me/signal-match-registrations') }) },
    getSignalMatchingSettings: { expect: anySignedIn(200), call: async () => ({ method: 'GET', url: api('/signal-matching-settings') }) },
    updateSignalMatchingSettings: { expect: adminOnly(200, 200), call: async () => ({ method: 'PUT', url: api('/signal-matching-settings'), body: { enabled: true } }) },
  };
};
