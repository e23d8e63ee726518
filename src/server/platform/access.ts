import { prepared, type Sql } from '../db/database';
import { hasRole, type Actor } from './actor';
import { AppError } from './errors';

/** How an actor stands to one household's case. Loaded once per request, judged by pure policies. */
export interface CaseRelation {
  householdId: string;
  teamId: string | null;
  caseRole: 'coordinator' | 'member' | 'specialist' | null;
  isTeamLeadOfCase: boolean;
  breakGlassUntil: Date | null;
}

export const BREAK_GLASS_MINUTES = 60;

// Policies: small pure functions, one rule each.
export const isOnCase = (rel: CaseRelation): boolean => rel.caseRole !== null;
export const hasActiveBreakGlass = (rel: CaseRelation, now: Date): boolean => rel.breakGlassUntil !== null && rel.breakGlassUntil > now;

export function canReadCase(actor: Actor, rel: CaseRelation, now = new Date()): boolean {
  if (!hasRole(actor, 'coach', 'specialist', 'team_lead', 'safety_officer')) return false;
  return isOnCase(rel) || rel.isTeamLeadOfCase || hasActiveBreakGlass(rel, now);
}

export function canWriteCase(actor: Actor, rel: CaseRelation, now = new Date()): boolean {
  if (!hasRole(actor, 'coach', 'specialist', 'team_lead')) return false;
  return isOnCase(rel) || rel.isTeamLeadOfCase || hasActiveBreakGlass(rel, now);
}

export const canAssignCoordinator = (actor: Actor, rel: CaseRelation): boolean => hasRole(actor, 'team_lead') && rel.isTeamLeadOfCase;

export const BREAK_GLASS_ROLES = ['coach', 'specialist', 'team_lead', 'safety_officer'] as const;

/** Break-the-glass is for case workers who have no relationship with this household yet. */
export function canBreakGlass(actor: Actor, rel: CaseRelation, now = new Date()): boolean {
  return hasRole(actor, ...BREAK_GLASS_ROLES) && !canReadCase(actor, rel, now);
}

/**
 * The actor's relation to household `h`, as columns: `$2` the user id, `$3` the roles. For
 * statements that load something together with the relation (the household file, one round trip).
 */
export const CASE_RELATION_COLUMNS = `h.team_id,
            (select cm.role from case_members cm where cm.tenant_id = h.tenant_id and cm.household_id = h.id and cm.user_id = $2) as case_role,
            (h.team_id is not null and 'team_lead' = any($3::text[]) and exists (
               select 1 from team_members tm where tm.tenant_id = h.tenant_id and tm.team_id = h.team_id and tm.user_id = $2)) as team_lead,
            (select max(g.expires_at) from break_glass_grants g
              where g.tenant_id = h.tenant_id and g.household_id = h.id and g.user_id = $2 and g.expires_at > now()) as break_glass_until`;

export interface CaseRelationRow {
  team_id: string | null;
  case_role: CaseRelation['caseRole'];
  team_lead: boolean;
  break_glass_until: Date | null;
}

export const caseRelationOf = (householdId: string, row: CaseRelationRow): CaseRelation => ({
  householdId, teamId: row.team_id, caseRole: row.case_role, isTeamLeadOfCase: row.team_lead, breakGlassUntil: row.break_glass_until ? new Date(row.break_glass_until) : null,
});

/** Loads the actor's relation to a household, or null when the household does not exist in this tenant. */
export async function loadCaseRelation(sql: Sql, actor: Actor, householdId: string): Promise<CaseRelation | null> {
  const rows = await sql.query<CaseRelationRow>(
    prepared('case_relation', `select ${CASE_RELATION_COLUMNS}
       from households h where h.tenant_id = app_tenant_id() and h.id = $1`),
    [householdId, actor.userId, actor.roles],
  );
  const row = rows[0];
  return row ? caseRelationOf(householdId, row) : null;
}

/** No access looks exactly like a household that does not exist (404); the refused attempt is audited after the rollback. */
export function caseAccessRefused(householdId: string, mode: 'read' | 'write', eventType = 'household.read'): AppError {
  return new AppError('not_found', {
    audit: { eventType, action: mode === 'read' ? 'read' : 'update', outcome: 'denied', objectType: 'household', objectId: householdId },
  });
}

/**
 * Loads the relation and checks read or write access in one step. No access looks exactly like a
 * household that does not exist (404), and the refused attempt is audited after the rollback.
 */
export async function requireCaseAccess(sql: Sql, actor: Actor, householdId: string, mode: 'read' | 'write', eventType = 'household.read'): Promise<CaseRelation> {
  const rel = await loadCaseRelation(sql, actor, householdId);
  const allowed = rel !== null && (mode === 'read' ? canReadCase(actor, rel) : canWriteCase(actor, rel));
  if (!allowed || !rel) throw caseAccessRefused(householdId, mode, eventType);
  return rel;
}

/** How the actor reached this case, for audit details and the file's `access` field. */
export function accessKind(rel: CaseRelation): 'coordinator' | 'member' | 'specialist' | 'team_lead' | 'break_the_glass' {
  if (rel.caseRole) return rel.caseRole;
  if (rel.isTeamLeadOfCase) return 'team_lead';
  return 'break_the_glass';
}
