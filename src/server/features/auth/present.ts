import type { Me, SessionView } from '../../../contracts/auth';
import type { MeRow, SessionRow } from './queries';

export function toMe(row: MeRow, extra: { totpSetupRequired: boolean; demoMode: boolean }): Me {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    roles: row.roles,
    locale: row.locale,
    teams: row.teams,
    tenant: { id: row.tenant_id, slug: row.tenant_slug, name: row.tenant_name },
    totpEnabled: row.totp_enabled,
    totpSetupRequired: extra.totpSetupRequired,
    demoMode: extra.demoMode,
    features: { signalMatching: row.signal_matching },
  };
}

export function toSessionView(row: SessionRow, currentSessionId: string): SessionView {
  return {
    id: row.id,
    createdAt: new Date(row.created_at).toISOString(),
    lastSeenAt: new Date(row.last_seen_at).toISOString(),
    expiresAt: new Date(row.expires_at).toISOString(),
    userAgent: row.user_agent,
    ip: row.ip,
    current: row.id === currentSessionId,
  };
}
