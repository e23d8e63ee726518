import { signalBody } from '../../features/signals/signal-kit';
import { ok } from '../api-fixtures';
import { only, type Expected, type MatrixRules } from '../authorization-kit';

/**
 * Outreach log: outreach workers and coaches write; team leads also read (their team's). The
 * fixture entry is the Team Noord coach's: the team lead reads it, the outreach worker (a partner,
 * no team) gets the 404 of an entry that does not exist, roles without an outreach log 403.
 * Turning an entry into a signal is the outreach worker's, on their own entry: every other role
 * is refused (403) and tenant B's outreach worker gets the 404 of an entry that does not exist.
 */
const READERS = ['outreach', 'coach', 'team_lead'] as const;
const LOGGERS = ['outreach', 'coach'] as const;
const ownEntryOfCoach = (ok2xx: number): Expected => ({ ...only(['coach'], ok2xx, 403, 404), team_lead: 403, outreach: 404 });

export const matrixRules: MatrixRules = (env) => {
  const api = (path: string) => `/api/v1${path}`;
  const entry = () => ({
    neighbourhoodId: env.w().district.neighbourhoodId, startedAt: '2026-10-02T19:00:00+02:00', durationMinutes: 60, youngPeopleMet: 4, themes: ['school'],
  });
  const outreachEntry = () => ok<{ id: string }>(env.t(), { method: 'POST', url: api('/outreach-logs'), cookie: env.w().cookies.outreach, body: entry() });
  const coachEntry = () => ok<{ id: string }>(env.t(), { method: 'POST', url: api('/outreach-logs'), cookie: env.w().cookies.coach, body: entry() });

  return {
    listOutreachLogs: { expect: only(READERS, 200, 403, 200), call: async () => ({ method: 'GET', url: api('/outreach-logs') }) },
    getOutreachLogOptions: { expect: only(READERS, 200, 403, 200), call: async () => ({ method: 'GET', url: api('/outreach-log-options') }) },
    createOutreachLog: {
      // Tenant B's outreach worker naming A's neighbourhood: refused as a neighbourhood that does not exist.
      expect: only(LOGGERS, 201, 403, 400),
      call: async () => ({ method: 'POST', url: api('/outreach-logs'), body: entry() }),
    },
    getOutreachLog: {
      expect: { ...only(['coach', 'team_lead'], 200, 403, 404), outreach: 404 },
      otherAs: 'coach',
      call: async () => ({ method: 'GET', url: api(`/outreach-logs/${(await coachEntry()).id}`) }),
    },
    updateOutreachLog: {
      expect: ownEntryOfCoach(200),
      otherAs: 'coach',
      call: async () => ({ method: 'PUT', url: api(`/outreach-logs/${(await coachEntry()).id}`), headers: { 'if-match': 'W/"1"' }, body: { ...entry(), youngPeopleMet: 5 } }),
    },
    deleteOutreachLog: {
      expect: ownEntryOfCoach(204),
      otherAs: 'coach',
      call: async () => ({ method: 'DELETE', url: api(`/outreach-logs/${(await coachEntry()).id}`) }),
    },
    sendSignalFromOutreachLog: {
      expect: only(['outreach'], 201, 403, 404),
      otherAs: 'outreach',
      call: async () => ({ method: 'POST', url: api(`/outreach-logs/${(await outreachEntry()).id}/signals`), body: signalBody() }),
    },
  };
};

