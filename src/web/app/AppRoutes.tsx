import { Navigate, Route, Routes } from 'react-router';
import { RequireRole, RequireSession } from './guards';
import { Layout } from './Layout';
import type { ComponentType } from 'react';
import { loadStaffTexts } from './i18n';
import { lazyPage, type LazyPage } from './lazy-page';
import { CASE_WORKERS, OUTREACH_READERS, SIGNAL_MATCH_REGISTRANTS } from './navigation';
import { DIRECTORY_STAFF } from '../features/directory/roles';
import { NotFoundPage } from './NotFoundPage';

// Every screen is its own chunk, so the first load carries only the shell (see lazy-page.ts).
// A signed-in screen comes with the Dutch texts of the signed-in screens, which the shell leaves
// out (i18n-parts.ts); the public screens (sign-in, passwords, zorg melden, sociale kaart,
// verwijzing) need the shell's texts only.
const staffPage = (load: () => Promise<ComponentType>) => lazyPage(() => Promise.all([load(), loadStaffTexts()]).then(([screen]) => screen));
const SignInPage = lazyPage(() => import('../features/auth/SignInPage').then((m) => m.SignInPage));
const ForgotPasswordPage = lazyPage(() => import('../features/auth/ForgotPasswordPage').then((m) => m.ForgotPasswordPage));
const SetPasswordPage = lazyPage(() => import('../features/auth/SetPasswordPage').then((m) => m.SetPasswordPage));
const HomePage = staffPage(() => import('../features/home/HomePage').then((m) => m.HomePage));
const AccountPage = staffPage(() => import('../features/account/AccountPage').then((m) => m.AccountPage));
const TotpSetupPage = staffPage(() => import('../features/account/TotpSetupPage').then((m) => m.TotpSetupPage));
const UsersPage = staffPage(() => import('../features/admin/users/UsersPage').then((m) => m.UsersPage));
const TeamsPage = staffPage(() => import('../features/admin/teams/TeamsPage').then((m) => m.TeamsPage));
const DistrictsPage = staffPage(() => import('../features/admin/districts/DistrictsPage').then((m) => m.DistrictsPage));
const ThemePage = staffPage(() => import('../features/admin/theme/ThemePage').then((m) => m.ThemePage));
const AuditPage = staffPage(() => import('../features/admin/audit/AuditPage').then((m) => m.AuditPage));
const OutboxPage = staffPage(() => import('../features/admin/outbox/OutboxPage').then((m) => m.OutboxPage));
const SignalRoutes = staffPage(() => import('../features/signals/SignalRoutes').then((m) => m.SignalRoutes));
const PublicSignalPage = lazyPage(() => import('../features/signals/PublicSignalPage').then((m) => m.PublicSignalPage));
const OutreachPage = staffPage(() => import('../features/outreach/OutreachPage').then((m) => m.OutreachPage));
const SignalMatchingPage = staffPage(() => import('../features/signal-matching/SignalMatchingPage').then((m) => m.SignalMatchingPage));
const AboutMePage = staffPage(() => import('../features/signal-matching/AboutMePage').then((m) => m.AboutMePage));
const SignalMatchingSettingsPage = staffPage(() => import('../features/signal-matching/SettingsPage').then((m) => m.SignalMatchingSettingsPage));
// The sociale kaart's own screens are lazy too (sub-screens.ts): one opened by a shared link
// (/sociale-kaart/aanbod/…) comes with the routes, so its first paint is the page, not a loading message.
const PublicDirectoryRoutes = lazyPage(() =>
  import('../features/public-directory/PublicDirectoryRoutes').then(async (m) => {
    await m.preloadSubScreen(window.location.pathname);
    return m.PublicDirectoryRoutes;
  }),
);
const DirectoryRoutes = staffPage(() => import('../features/directory/DirectoryRoutes').then((m) => m.DirectoryRoutes));
const ReferralInboxPage = staffPage(() => import('../features/referrals/InboxPage').then((m) => m.InboxPage));
const ReferralLinkPage = lazyPage(() => import('../features/referrals/LinkPage').then((m) => m.LinkPage));
const DirectoryImportPage = staffPage(() => import('../features/hsds-import/DirectoryImportPage').then((m) => m.DirectoryImportPage));
const HouseholdRoutes = staffPage(() => import('../features/households/HouseholdRoutes').then((m) => m.HouseholdRoutes));
const MeldcodeRoutes = staffPage(() => import('../features/meldcode/MeldcodeRoutes').then((m) => m.MeldcodeRoutes));

/**
 * The screen for the address a visit starts at, so main.tsx can load it before the first render
 * (for the first pages the server already sends it as a modulepreload beside the shell).
 * Only top-level paths: a screen with routes of its own loads its sub-screens itself (the public
 * directory's loader brings the one of the opened address along).
 */
const FIRST_SCREENS: [RegExp, LazyPage][] = [
  [/^\/$/, HomePage],
  [/^\/inloggen\/?$/, SignInPage],
  [/^\/wachtwoord-vergeten\/?$/, ForgotPasswordPage],
  [/^\/wachtwoord-instellen\/?$/, SetPasswordPage],
  [/^\/zorg-melden\/?$/, PublicSignalPage],
  [/^\/sociale-kaart(\/|$)/, PublicDirectoryRoutes],
  [/^\/verwijzing\/?$/, ReferralLinkPage],
  [/^\/aanbod(\/|$)/, DirectoryRoutes],
  [/^\/huishoudens(\/|$)/, HouseholdRoutes],
  [/^\/signalen(\/|$)/, SignalRoutes],
];

/** Loads the screen of `pathname` if it is one of the first screens; resolves either way. */
export function preloadFirstScreen(pathname: string): Promise<void> {
  const screen = FIRST_SCREENS.find(([path]) => path.test(pathname))?.[1];
  return screen ? screen.preload().catch(() => undefined) : Promise.resolve();
}

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
