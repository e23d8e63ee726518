import type { Faker } from '@faker-js/faker';
import type { Sql } from '../../src/server/db/database';
import { addWorkingDays } from '../../src/server/platform/working-days';
import { insertColumns } from '../../src/server/seed/seed-households';
import { idMaker } from './ids';

const TODAY = Date.UTC(2026, 10, 1);
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const CONCERNS = ['school_attendance', 'behaviour', 'emotional_wellbeing', 'home_situation', 'safety', 'money', 'health'];

/** A reference from the number itself (base 31), so generated references never repeat. */
function referenceOf(n: number): string {
  let code = '';
  for (let rest = n, i = 0; i < 6; i++, rest = Math.floor(rest / ALPHABET.length)) code = ALPHABET[rest % ALPHABET.length] + code;
  return `SIG-2026-${code}`;
}

/**
 * Open signals (waiting for first contact) for one team, as in a busy triage queue: received over
 * the 60 days before 1 Nov 2026, a quarter urgent, each with its `received` event. Deterministic by
 * seed (ids included); numbers `from` … `to - 1`, so a run can top up an earlier one.
 */
export async function generateOpenSignals(sql: Sql, f: Faker, ctx: { tenantId: string; seed: number; teamId: string; senderId: string; from: number; to: number }): Promise<number> {
  const signalId = idMaker(ctx.seed, 'signal');
  const eventId = idMaker(ctx.seed, 'signal-event');
  const signals: unknown[][] = [];
  const events: unknown[][] = [];
  for (let n = ctx.from; n < ctx.to; n++) {
    const receivedAt = new Date(TODAY - f.number.int({ min: 0, max: 60 * 24 }) * 3600_000);
    const urgency = n % 4 === 0 ? 'urgent' : 'normal';
    const due = addWorkingDays(receivedAt.toISOString().slice(0, 10), urgency === 'urgent' ? 1 : 5);
    signals.push([signalId(n), referenceOf(1_000_000 + n), ctx.teamId, urgency, `{${f.helpers.arrayElements(CONCERNS, { min: 1, max: 3 }).join(',')}}`,
      'Signaal uit de generator voor de benchmark.', f.person.firstName(), f.person.lastName(), ctx.senderId, receivedAt.toISOString(), due]);
    events.push([eventId(n), signalId(n), receivedAt.toISOString(), ctx.senderId]);
  }
  const column = (c: number) => signals.map((r) => r[c]);
  await sql.query(
    `insert into signals (tenant_id, id, reference, team_id, urgency, concerns, description, subject_given_name, subject_family_name, sender_user_id, received_at, first_contact_due, source)
     select $1, id, reference, team_id, urgency, concerns::text[], description, given, family, sender, received_at, due, 'signaller'
       from unnest($2::uuid[], $3::text[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::uuid[], $11::timestamptz[], $12::date[])
         as s(id, reference, team_id, urgency, concerns, description, given, family, sender, received_at, due)`,
    [ctx.tenantId, ...Array.from({ length: 11 }, (_, c) => column(c))],
  );
  await insertColumns(sql, ctx.tenantId, 'signal_events (tenant_id, id, signal_id, occurred_at, user_id, event_type)', ['uuid', 'uuid', 'timestamptz', 'uuid', 'text'], events.map((r) => [...r, 'received']));
  return signals.length;
}
