import type { z } from 'zod';
import type { DuplicateCheckInput, DuplicateCheckResult } from '../../../contracts/households';
import type { Sql } from '../../db/database';
import { canReadCase, loadCaseRelation } from '../../platform/access';
import { hasRole, type Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import type { SecretBox } from '../../platform/secrets';
import * as q from './queries';

export const BSN_DIGEST = 'bsn';

/**
 * Looks for households that may be this family. Inside the coach's access a match is shown;
 * outside it, only that one exists, in which team, and whom to ask — never its content.
 * Both outcomes are audited.
 */
export async function checkDuplicates(sql: Sql, actor: Actor, box: SecretBox, input: z.infer<typeof DuplicateCheckInput>): Promise<z.infer<typeof DuplicateCheckResult>> {
  if (!hasRole(actor, 'coach', 'team_lead')) throw new AppError('forbidden');
  const candidates = await q.findDuplicateCandidates(sql, {
    bsnDigests: input.members.flatMap((m) => (m.bsn ? [box.digest(BSN_DIGEST, m.bsn)] : [])),
    people: input.members,
    postcode: input.address?.postcode ?? null,
    houseNumber: input.address?.houseNumber ?? null,
  });
  const matches = [];
  for (const candidate of candidates) {
    const rel = await loadCaseRelation(sql, actor, candidate.household_id);
    const visible = rel !== null && canReadCase(actor, rel);
    const lead = visible ? null : await q.teamLeadOf(sql, candidate.team_id);
    matches.push({
      visible,
      householdId: visible ? candidate.household_id : null,
      householdName: visible ? candidate.household_name : null,
      reasons: candidate.reasons,
      teamName: candidate.team_name,
      contactName: lead?.name ?? null,
      contactEmail: lead?.email ?? null,
    });
    audit(sql, actor, {
      eventType: 'household.duplicate_match', action: 'read', outcome: visible ? 'success' : 'denied', objectType: 'household', objectId: candidate.household_id,
      details: { reasons: candidate.reasons, shown: visible },
    });
  }
  audit(sql, actor, { eventType: 'household.duplicate_check', action: 'execute', details: { members: input.members.length, matches: matches.length } });
  return { matches };
}
