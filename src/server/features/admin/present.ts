import type { z } from 'zod';
import type { DistrictView, TeamView, UserView } from '../../../contracts/admin';
import type { DistrictRow, TeamRow, UserRow } from './queries';

export const toUserView = (r: UserRow): UserView => ({
  id: r.id, email: r.email, displayName: r.display_name, roles: r.roles, status: r.status,
  teamIds: r.team_ids, totpEnabled: r.totp_enabled, createdAt: new Date(r.created_at).toISOString(),
});

export const toTeamView = (r: TeamRow): z.infer<typeof TeamView> => ({ id: r.id, name: r.name, districtId: r.district_id, memberCount: r.member_count });

export const toDistrictView = (r: DistrictRow): z.infer<typeof DistrictView> => ({ id: r.id, name: r.name, cbsCode: r.cbs_code, neighbourhoods: r.neighbourhoods });
