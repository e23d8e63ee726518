import { Navigate, Outlet, useLocation } from 'react-router';
import type { Role } from '../../contracts/common';
import { QueryStatus } from '../ui/QueryStatus';
import { ForbiddenPage } from './ForbiddenPage';
import { TOTP_SETUP_PATH } from './navigation';
import { hasRole, useMe } from './session';

/** Screens behind sign-in. Without a session: to /inloggen, keeping where the user wanted to go. */
export function RequireSession() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending || me.error) return <QueryStatus isPending={me.isPending} error={me.error} />;
  if (!me.data) return <Navigate to="/inloggen" replace state={{ from: `${location.pathname}${location.search}` }} />;
  if (me.data.totpSetupRequired && location.pathname !== TOTP_SETUP_PATH) return <Navigate to={TOTP_SETUP_PATH} replace />;
  return <Outlet />;
}

/** Screens for some roles only (and some only in demo mode). */
export function RequireRole({ roles, demoOnly = false }: { roles: readonly Role[]; demoOnly?: boolean }) {
  const me = useMe();
  if (!hasRole(me.data, roles) || (demoOnly && !me.data?.demoMode)) return <ForbiddenPage />;
  return <Outlet />;
}
