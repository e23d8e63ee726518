import { signalBody } from '../../features/signals/signal-kit';
import { ok } from '../api-fixtures';
import { only, publicFor, type Expected, type MatrixEnv, type MatrixRules } from '../authorization-kit';

/**
 * Signals: senders (signaller, outreach) send and see their own status; the receiving team's
 * coach, team lead and safety officer read the queue and a signal; coach and team lead act on it.
 * Everyone else gets the 404 of a signal that does not exist.
 */
const SENDERS = ['signaller', 'outreach'] as const;
const TRIAGE = ['coach', 'team_lead', 'safety_officer'] as const;
const triageRead = (status: number): Expected => ({ ...only(TRIAGE, status, 404, 404) });
const triageAct = (status: number): Expected => ({ ...only(['coach', 'team_lead'], status, 404, 404), safety_officer: 403 });

/** A fresh Team Noord signal from the demo signaller, for calls that change it for good. */
async function freshSignal(env: MatrixEnv): Promise<string> {
  const sent = await ok<{ id: string }>(env.t(), { method: 'POST', url: '/api/v1/signals', cookie: env.w().cookies.signaller, body: signalBody() });
  return sent.id;
}

export const matrixRules: MatrixRules = (env) => {
  let shared: string | null = null;
  const sharedSignal = async () => (shared ??= await freshSignal(env));
  const api = (path: string) => `/api/v1${path}`;
  return {
    submitPublicSignal: { expect: publicFor(202), call: async () => ({ method: 'POST', url: api('/public/signals'), body: { kind: 'question', message: 'Waar kan ik terecht met opvoedvragen?', anonymous: true } }) },
    sendSignal: { expect: only(SENDERS, 201, 403, 201), call: async () => ({ method: 'POST', url: api('/signals'), body: signalBody() }) },
    listSentSignals: { expect: only(SENDERS, 200, 403, 200), call: async () => ({ method: 'GET', url: api('/sent-signals') }) },
    listTriageQueue: { expect: only(TRIAGE, 200, 403, 404), call: async () => ({ method: 'GET', url: api(`/signals?teamId=${env.w().teams.noord}`) }) },
    getSignal: { expect: triageRead(200), call: async () => ({ method: 'GET', url: api(`/signals/${await sharedSignal()}`) }) },
    pickUpSignal: { expect: triageAct(201), call: async () => ({ method: 'POST', url: api(`/signals/${await freshSignal(env)}/pick-ups`), body: { note: '' } }) },
    linkSignalToHousehold: {
      expect: triageAct(201),
      call: async () => ({ method: 'POST', url: api(`/signals/${await freshSignal(env)}/household-links`), body: { householdId: env.w().household.householdId } }),
    },
    closeSignal: { expect: triageAct(201), call: async () => ({ method: 'POST', url: api(`/signals/${await freshSignal(env)}/closures`), body: { outcome: 'advised', reason: 'Advies gegeven aan school' } }) },
  };
};
