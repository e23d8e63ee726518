import type { Sql } from '../../db/database';

export type ConfirmationStep = 'flag_reminder' | 'flag' | 'hide_reminder' | 'hide';

/** When each step is due, counted from the last confirmation (or creation): reminders two weeks before. */
const due: Record<ConfirmationStep, { after: string; unset: string; column: string }> = {
  flag_reminder: { after: `interval '6 months' - interval '14 days'`, unset: 'flag_reminder_sent_at is null and flagged_at is null', column: 'flag_reminder_sent_at' },
  flag: { after: `interval '6 months'`, unset: 'flagged_at is null', column: 'flagged_at' },
  hide_reminder: { after: `interval '9 months' - interval '14 days'`, unset: 'hide_reminder_sent_at is null and hidden_at is null', column: 'hide_reminder_sent_at' },
  hide: { after: `interval '9 months'`, unset: 'hidden_at is null', column: 'hidden_at' },
};

export interface DueEntry {
  id: string;
  name: string;
  emails: string[];
}

/**
 * Marks the informal, approved, active entries for which `step` is due at `now`, and returns them
 * with whom to write: the host, else the proposer, else the organisation's providers.
 */
export async function markDue(sql: Sql, step: ConfirmationStep, now: Date): Promise<DueEntry[]> {
  const d = due[step];
  return sql.query<DueEntry>(
    `update services s set ${d.column} = $1
      where s.tenant_id = app_tenant_id() and s.kind = 'informal' and s.moderation_state = 'approved' and s.status = 'active'
        and ${d.unset} and coalesce(s.last_confirmed_at, s.created_at) <= $1::timestamptz - (${d.after})
      returning s.id, s.name, array_remove(array[
        (select u.email::text from users u where u.tenant_id = s.tenant_id and u.id = s.owner_user_id),
        s.proposer_email::text] || coalesce((select array_agg(u.email::text) from organization_members m join users u on u.tenant_id = m.tenant_id and u.id = m.user_id
          where m.tenant_id = s.tenant_id and m.organization_id = s.organization_id and s.owner_user_id is null and s.proposer_email is null), '{}'), null) as emails`,
    [now.toISOString()],
  );
}
