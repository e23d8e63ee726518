import type { z } from 'zod';
import type { HouseholdFile, MemberView } from '../../../contracts/households';
import type { CaseRelation } from '../../platform/access';
import { accessKind } from '../../platform/access';
import type { HouseholdRow, MemberRow } from './queries';

export const toMemberView = (m: MemberRow): z.infer<typeof MemberView> => ({
  id: m.id, givenName: m.given_name, familyName: m.family_name, birthDate: m.birth_date, age: m.age, role: m.role,
  hasBsn: m.has_bsn, phone: m.phone, email: m.email, version: m.version,
});

export function toHouseholdFile(h: HouseholdRow, members: MemberRow[], rel: CaseRelation): HouseholdFile {
  const coordinator = h.case_team.find((c) => c.role === 'coordinator') ?? null;
  return {
    id: h.id, name: h.name, status: h.status, priority: h.priority, version: h.version, teamId: h.team_id, teamName: h.team_name,
    coordinatorId: coordinator?.userId ?? null, coordinatorName: coordinator?.name ?? null, caseTeam: h.case_team,
    address: { street: h.street, houseNumber: h.house_number, postcode: h.postcode, city: h.city, neighbourhoodName: h.neighbourhood_name, districtName: h.district_name },
    phone: h.phone, email: h.email, registeredAt: new Date(h.registered_at).toISOString(),
    closedAt: h.closed_at ? new Date(h.closed_at).toISOString() : null, closeReason: h.close_reason,
    members: members.map(toMemberView), access: accessKind(rel),
  };
}
