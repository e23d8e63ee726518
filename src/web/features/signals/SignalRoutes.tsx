import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { RequireRole } from '../../app/guards';
import { NotFoundPage } from '../../app/NotFoundPage';
import { SIGNAL_SENDERS, TRIAGE_ROLES } from './roles';

const SendSignalPage = lazy(() => import('./SendSignalPage').then((m) => ({ default: m.SendSignalPage })));
const MySignalsPage = lazy(() => import('./MySignalsPage').then((m) => ({ default: m.MySignalsPage })));
const TriagePage = lazy(() => import('./TriagePage').then((m) => ({ default: m.TriagePage })));
const SignalDetailPage = lazy(() => import('./SignalDetailPage').then((m) => ({ default: m.SignalDetailPage })));

/** Everything under /signalen: sending and "my signals" for senders, the queue and a signal for the team. */
export function SignalRoutes() {
  return (
    <Routes>
      <Route element={<RequireRole roles={SIGNAL_SENDERS} />}>
        <Route path="doorgeven" element={<SendSignalPage />} />
        <Route path="mijn" element={<MySignalsPage />} />
      </Route>
      <Route element={<RequireRole roles={TRIAGE_ROLES} />}>
        <Route index element={<TriagePage />} />
        <Route path=":signalId" element={<SignalDetailPage />} />
      </Route>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
