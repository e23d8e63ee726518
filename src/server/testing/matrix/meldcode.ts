import { sampleSteps } from '../../features/meldcode/sample-steps';
import { ok } from '../api-fixtures';
import { adminOnly, createFreshCase, only, ROLES, type Expected, type MatrixRules, type Role } from '../authorization-kit';

/**
 * Meldcode: only the household's coordinator (coach), the safety officer of its team and the team
 * lead see a case; the team lead only reads along (403 on a change). Everyone else — including
 * the specialist on the case team — gets the 404 of a case that does not exist.
 */
const MELDCODE_READERS: readonly Role[] = ['coach', 'safety_officer', 'team_lead'];
const meldcode = (ok: number, teamLead: number): Expected => ({
  ...(Object.fromEntries(ROLES.map((r) => [r, MELDCODE_READERS.includes(r) ? ok : 404])) as Record<Role, number>),
  team_lead: teamLead, anonymous: 401, other_tenant: 404,
});

export const matrixRules: MatrixRules = (env) => {
  const api = (path: string) => `/api/v1${path}`;
  const asCoach = () => env.w().cookies.coach;
  let shared: string | null = null;

  /** The matrix household's case, started once by its coordinator. */
  const sharedCase = async () => {
    shared ??= (await ok<{ id: string }>(env.t(), { method: 'POST', url: api('/meldcode-cases'), cookie: asCoach(), body: { householdId: env.w().household.householdId } })).id;
    return shared;
  };
  /** A new case on a household of its own, with the first `done` steps completed by the coordinator. */
  const freshMeldcode = async (done: number) => {
    const { householdId } = await createFreshCase(env.w());
    const { id } = await ok<{ id: string }>(env.t(), { method: 'POST', url: api('/meldcode-cases'), cookie: asCoach(), body: { householdId } });
    for (const body of sampleSteps().slice(0, done)) await ok(env.t(), { method: 'POST', url: api(`/meldcode-cases/${id}/step-records`), cookie: asCoach(), body });
    return { householdId, id };
  };

  return {
    listMeldcodeCases: { expect: meldcode(200, 200), call: async () => ({ method: 'GET', url: api(`/meldcode-cases?householdId=${env.w().household.householdId}`) }) },
    startMeldcodeCase: {
      expect: meldcode(201, 403),
      call: async () => ({ method: 'POST', url: api('/meldcode-cases'), body: { householdId: (await createFreshCase(env.w())).householdId } }),
    },
    getMeldcodeCase: { expect: meldcode(200, 200), call: async () => ({ method: 'GET', url: api(`/meldcode-cases/${await sharedCase()}`) }) },
    getMeldcodeReportDocument: { expect: meldcode(200, 200), call: async () => ({ method: 'GET', url: api(`/meldcode-cases/${await sharedCase()}/report-document`) }) },
    recordMeldcodeStep: {
      expect: meldcode(201, 403),
      call: async () => ({ method: 'POST', url: api(`/meldcode-cases/${(await freshMeldcode(0)).id}/step-records`), body: sampleSteps()[0] }),
    },
    reopenMeldcodeStep: {
      expect: meldcode(201, 403),
      call: async () => ({ method: 'POST', url: api(`/meldcode-cases/${(await freshMeldcode(1)).id}/reopenings`), body: { step: 1, reason: 'Nieuwe signalen van school' } }),
    },
    closeMeldcodeCase: {
      expect: meldcode(200, 403),
      call: async () => ({ method: 'PATCH', url: api(`/meldcode-cases/${(await freshMeldcode(5)).id}`), body: { status: 'closed', closeReason: 'Gemeld bij Veilig Thuis' } }),
    },
    getMeldcodeSettings: {
      expect: only(['coach', 'team_lead', 'safety_officer', 'admin'], 200, 403, 200),
      call: async () => ({ method: 'GET', url: api('/meldcode-settings') }),
    },
    updateMeldcodeSettings: {
      expect: adminOnly(200, 200),
      call: async () => {
        const current = await ok<{ questions: string[] }>(env.t(), { method: 'GET', url: api('/meldcode-settings'), cookie: env.w().cookies.admin });
        return { method: 'PUT', url: api('/meldcode-settings'), body: { questions: current.questions, overdueWorkingDays: [5, 5, 5, 5, 5] } };
      },
    },
  };
};
