import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Role } from '../../contracts/common';
import { canAssignCoordinator, canBreakGlass, canReadCase, canWriteCase, type CaseRelation } from './access';
import type { Actor } from './actor';

const now = new Date('2026-11-23T12:00:00Z');
const actor = (roles: Role[]): Actor => ({ tenantId: 't', userId: 'u', sessionId: 's', totpSetupRequired: false, roles, teamIds: [], ip: '127.0.0.1', userAgent: null });
const relation = (overrides: Partial<CaseRelation> = {}): CaseRelation => ({ householdId: 'h', teamId: 'team', caseRole: null, isTeamLeadOfCase: false, breakGlassUntil: null, ...overrides });

describe('case access policies', () => {
  it('lets the coordinator, case members and specialists on the case read and write', () => {
    for (const caseRole of ['coordinator', 'member', 'specialist'] as const) {
      expect(canReadCase(actor(['coach']), relation({ caseRole }), now)).toBe(true);
      expect(canWriteCase(actor(['coach']), relation({ caseRole }), now)).toBe(true);
    }
  });

  it('lets the team lead of the case\'s team read, and assign a coordinator', () => {
    expect(canReadCase(actor(['team_lead']), relation({ isTeamLeadOfCase: true }), now)).toBe(true);
    expect(canAssignCoordinator(actor(['team_lead']), relation({ isTeamLeadOfCase: true }))).toBe(true);
    expect(canAssignCoordinator(actor(['coach']), relation({ caseRole: 'coordinator' }))).toBe(false);
  });

  it('gives break-the-glass access only until it expires', () => {
    const before = relation({ breakGlassUntil: new Date(now.getTime() + 1000) });
    const after = relation({ breakGlassUntil: new Date(now.getTime() - 1000) });
    expect(canReadCase(actor(['coach']), before, now)).toBe(true);
    expect(canReadCase(actor(['coach']), after, now)).toBe(false);
  });

  it('never lets a role without case work read a case, whatever the relation says', () => {
    const noCaseWork = Role.options.filter((r) => !['coach', 'specialist', 'team_lead', 'safety_officer'].includes(r));
    fc.assert(
      fc.property(
        fc.subarray(noCaseWork, { minLength: 1 }),
        fc.constantFrom<CaseRelation['caseRole']>(null, 'coordinator', 'member', 'specialist'),
        fc.boolean(),
        fc.option(fc.integer({ min: -7200, max: 7200 }), { nil: null }),
        (roles, caseRole, lead, offset) => {
          const rel = relation({ caseRole, isTeamLeadOfCase: lead, breakGlassUntil: offset === null ? null : new Date(now.getTime() + offset * 1000) });
          return !canReadCase(actor(roles), rel, now) && !canWriteCase(actor(roles), rel, now) && !canBreakGlass(actor(roles), rel, now);
        },
      ),
    );
  });

  it('offers break-the-glass only to case workers who cannot read the case yet', () => {
    fc.assert(
      fc.property(fc.constantFrom<Role>('coach', 'specialist', 'team_lead', 'safety_officer'), fc.boolean(), (role, related) => {
        const rel = relation({ caseRole: related ? 'member' : null });
        return canBreakGlass(actor([role]), rel, now) === !canReadCase(actor([role]), rel, now);
      }),
    );
  });
});
