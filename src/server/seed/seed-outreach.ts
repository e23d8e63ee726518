import type { OutreachTheme } from '../../contracts/outreach';
import type { Sql } from '../db/database';
import { newId } from '../platform/ids';

const SEED_TODAY = Date.parse('2026-11-01T00:00:00Z');
const DAY = 86_400_000;
const THEMES: OutreachTheme[] = ['school', 'leisure', 'home', 'substances', 'safety', 'money', 'work', 'health', 'friends', 'online'];
const NOTES = [
  'Groep jongeren bij het trapveld, goede sfeer.', 'Kort gesprek bij de snackbar over stage en werk.', 'Rustige avond; twee jongeren vroegen naar de sportclub.',
  'Zorgen over overlast bij het winkelcentrum besproken met de wijkagent.', 'Samen met de buurtsportcoach een potje voetbal georganiseerd.', 'Jongeren vroegen naar een plek om te chillen in de winter.',
];
const FOLLOW_UPS: [string, string][] = [['none', ''], ['none', 'Volgende week weer langs'], ['activity', 'Voetbaltoernooi in de vakantie opzetten'], ['intake', 'Gezin aangemeld bij het wijkteam']];

/** A small deterministic random source (mulberry32), so the demo is the same on every start. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** Outreach log entries across all neighbourhoods over the last six months, by the outreach worker and the coaches. */
export async function seedOutreachLogs(sql: Sql, input: { tenantId: string; userIds: Map<string, string>; teamIds: Map<string, string>; seed: number }): Promise<number> {
  const next = random(input.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const neighbourhoods = await sql.query<{ id: string }>('select id from neighbourhoods where tenant_id = app_tenant_id() order by cbs_code');
  const authors = [
    { id: input.userIds.get('outreach@voorbeeld.nl')!, teamId: null },
    { id: input.userIds.get('coach@voorbeeld.nl')!, teamId: input.teamIds.get('Team Noord')! },
    { id: input.userIds.get('coach.zuid@voorbeeld.nl')!, teamId: input.teamIds.get('Team Zuid')! },
  ];
  const rows: unknown[][] = [];
  neighbourhoods.forEach((neighbourhood, n) => {
    for (let i = 0; i < 8; i++) {
      const author = authors[(n + i) % authors.length]!;
      const startedAt = new Date(SEED_TODAY - Math.floor(next() * 180) * DAY + (15 + Math.floor(next() * 6)) * 3_600_000);
      const themes = [...new Set([pick(THEMES), pick(THEMES)])];
      const [kind, followUp] = pick(FOLLOW_UPS);
      rows.push([newId(), author.id, author.teamId, neighbourhood.id, startedAt, 30 + Math.floor(next() * 8) * 15, next() < 0.2 ? 'collective' : 'outreach', Math.floor(next() * 15), themes, pick(NOTES), followUp, kind]);
    }
  });
  for (const row of rows) {
    await sql.query(
      `insert into outreach_logs (tenant_id, id, author_id, team_id, neighbourhood_id, started_at, duration_minutes, activity_kind, young_people_met, themes, notes, follow_up, follow_up_kind)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [input.tenantId, ...row],
    );
  }
  return rows.length;
}
