import type { Sql } from '../../db/database';
import type { Job } from '../../platform/jobs';
import type { Mailer } from '../../platform/mail';
import { markDue, type ConfirmationStep } from './confirmation-queries';

const letters: Record<ConfirmationStep, ((name: string) => { subject: string; text: string }) | null> = {
  flag_reminder: (name) => ({
    subject: `Klopt "${name}" nog? Bevestig het binnen twee weken`,
    text: `Uw activiteit "${name}" staat bijna een half jaar onbevestigd op de sociale kaart.\nLog in en kies "Klopt nog" om te laten zien dat de activiteit doorgaat. Anders krijgt zij over twee weken een markering.`,
  }),
  flag: null,
  hide_reminder: (name) => ({
    subject: `"${name}" verdwijnt over twee weken van de sociale kaart`,
    text: `Uw activiteit "${name}" is al bijna negen maanden niet bevestigd.\nLog in en kies "Klopt nog", anders halen we haar over twee weken van de openbare sociale kaart.`,
  }),
  hide: null,
};

/** Runs the four steps for one tenant at `now`: remind, flag (6 months), remind, hide (9 months). */
export async function runConfirmationSteps(sql: Sql, tenantId: string, mailer: Mailer, now: Date): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const step of ['flag_reminder', 'flag', 'hide_reminder', 'hide'] as const) {
    const entries = await markDue(sql, step, now);
    result[step] = entries.length;
    const letter = letters[step];
    if (!letter) continue;
    for (const entry of entries) for (const to of entry.emails) await mailer.send(sql, tenantId, { to, ...letter(entry.name) });
  }
  return result;
}

/** Daily: informal entries not confirmed for 6 months are flagged, after 9 hidden, with reminders two weeks before each. */
export function directoryConfirmationsJob(mailer: Mailer, clock: () => Date = () => new Date()): Job {
  return {
    name: 'directory_confirmations',
    async runForTenant(sql) {
      const [tenant] = await sql.query<{ id: string }>('select app_tenant_id() as id');
      return runConfirmationSteps(sql, tenant!.id, mailer, clock());
    },
  };
}
