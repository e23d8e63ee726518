import { lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { RequireRole, RequireSession } from './guards';
import { Layout } from './Layout';
import { CASE_WORKERS, OUTREACH_READERS, SIGNAL_MATCH_REGISTRANTS } from './navigation';
import { DIRECTORY_STAFF } from '../features/directory/roles';
import { NotFoundPage } from './NotFoundPage';

// Every screen is its own chunk, so the first load carries only the shell.
const SignInPage = lazy(() => import('../features/auth/SignInPage').then((m) => ({ default: m.SignInPage })));
const ForgotPasswordPage = lazy(() => import('../features/auth/ForgotPasswordPage').then((m) => ({ default: m.ForgotPasswordPage })));
const SetPasswordPage = lazy(() => import('../features/auth/SetPasswordPage').then((m) => ({ default: m.SetPasswordPage })));
const HomePage = lazy(() => import('../features/home/HomePage').then((m) => ({ default: m.HomePage })));
const AccountPage = lazy(() => import('../features/account/AccountPage').then((m) => ({ default: m.AccountPage })));
const TotpSetupPage = lazy(() => import('../features/account/TotpSetupPage').then((m) => ({ default: m.TotpSetupPage })));
const UsersPage = lazy(() => import('../features/admin/users/UsersPage').then((m) => ({ default: m.UsersPage })));
const TeamsPage = lazy(() => import('../features/admin/teams/TeamsPage').then((m) => ({ default: m.TeamsPage })));
const DistrictsPage = lazy(() => import('../features/admin/districts/DistrictsPage').then((m) => ({ default: m.DistrictsPage })));
const ThemePage = lazy(() => import('../features/admin/theme/ThemePage').then((m) => ({ default: m.ThemePage })));
const AuditPage = lazy(() => import('../features/admin/audit/AuditPage').then((m) => ({ default: m.AuditPage })));
const OutboxPage = lazy(() => import('../features/admin/outbox/OutboxPage').then((m) => ({ default: m.OutboxPage })));
const SignalRoutes = lazy(() => import('../features/signals/SignalRoutes').then((m) => ({ default: m.SignalRoutes })));
const PublicSignalPage = lazy(() => import('../features/signals/PublicSignalPage').then((m) => ({ default: m.PublicSignalPage })));
const OutreachPage = lazy(() => import('../features/outreach/OutreachPage').then((m) => ({ default: m.OutreachPage })));
const SignalMatchingPage = lazy(() => import('../features/signal-matching/SignalMatchingPage').then((m) => ({ default: m.SignalMatchingPage })));
const AboutMePage = lazy(() => import('../features/signal-matching/AboutMePage').then((m) => ({ default: m.AboutMePage })));
const SignalMatchingSettingsPage = lazy(() => import('../features/signal-matching/SettingsPage').then((m) => ({ default: m.SignalMatchingSettingsPage })));
const PublicDirectoryRoutes = lazy(() => import('../features/public-directory/PublicDirectoryRoutes').then((m) => ({ default: m.PublicDirectoryRoutes })));
const DirectoryRoutes = lazy(() => import('../features/directory/DirectoryRoutes').then((m) => ({ default: m.DirectoryRoutes })));
const ReferralInboxPage = lazy(() => import('../features/referrals/InboxPage').then((m) => ({ default: m.InboxPage })));
const ReferralLinkPage = lazy(() => import('../features/referrals/LinkPage').then((m) => ({ default: m.LinkPage })));
const DirectoryImportPage = lazy(() => import('../features/hsds-import/DirectoryImportPage').then((m) => ({ default: m.DirectoryImportPage })));
const HouseholdRoutes = lazy(() => import('../features/households/HouseholdRoutes').then((m) => ({ default: m.HouseholdRoutes })));
const MeldcodeRoutes = lazy(() => import('../features/meldcode/MeldcodeRoutes').then((m) => ({ default: m.MeldcodeRoutes })));

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path="inloggen" element={<SignInPage />} />
        <Route path="wachtwoord-vergeten" element={<ForgotPasswordPage />} />
        <Route path="wachtwoord-instellen" element={<SetPasswordPage />} />
        <Route path="zorg-melden" element={<PublicSignalPage />} />
        <Route path="sociale-kaart/*" element={<PublicDirectoryRoutes />} />
        <Route path="verwijzing" element={<ReferralLinkPage />} />
        <Route element={<RequireSession />}>
          <Route index element={<HomePage />} />
          <Route path="account" element={<AccountPage />} />
          <Route path="account/tweestapsverificatie" element={<TotpSetupPage />} />
          <Route element={<RequireRole roles={DIRECTORY_STAFF} />}>
            <Route path="aanbod/*" element={<DirectoryRoutes />} />
          </Route>
          <Route element={<RequireRole roles={['provider', 'initiative_host']} />}>
            <Route path="verwijzingen" element={<ReferralInboxPage />} />
          </Route>
          <Route element={<RequireRole roles={CASE_WORKERS} />}>
            <Route path="huishoudens/*" element={<HouseholdRoutes />} />
          </Route>
          <Route path="signalen/*" element={<SignalRoutes />} />
          <Route element={<RequireRole roles={['coach', 'team_lead', 'safety_officer', 'admin']} />}>
            <Route path="meldcode/*" element={<MeldcodeRoutes />} />
          </Route>
          <Route element={<RequireRole roles={OUTREACH_READERS} />}>
            <Route path="outreach" element={<OutreachPage />} />
          </Route>
          <Route element={<RequireRole roles={SIGNAL_MATCH_REGISTRANTS} />}>
            <Route path="signaalmatching" element={<SignalMatchingPage />} />
          </Route>
          <Route element={<RequireRole roles={['client']} />}>
            <Route path="wie-is-bij-mij-betrokken" element={<AboutMePage />} />
          </Route>
          <Route path="beheer" element={<RequireRole roles={['admin']} />}>
            <Route index element={<Navigate to="gebruikers" replace />} />
            <Route path="gebruikers" element={<UsersPage />} />
            <Route path="teams" element={<TeamsPage />} />
            <Route path="wijken" element={<DistrictsPage />} />
            <Route path="huisstijl" element={<ThemePage />} />
            <Route path="audit" element={<AuditPage />} />
            <Route path="signaalmatching" element={<SignalMatchingSettingsPage />} />
            <Route path="sociale-kaart-import" element={<DirectoryImportPage />} />
            <Route element={<RequireRole roles={['admin']} demoOnly />}>
              <Route path="outbox" element={<OutboxPage />} />
            </Route>
          </Route>
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
