import { faker } from '@faker-js/faker/locale/nl';
import type { Sql } from '../db/database';
import { todayInNl } from '../platform/nl-date';
import { addWorkingDays } from '../platform/working-days';
import { newId } from '../platform/ids';

const DAY = 86_400_000;
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const CONCERNS = ['school_attendance', 'learning', 'behaviour', 'emotional_wellbeing', 'home_situation', 'safety', 'substance_use', 'money', 'health', 'social_isolation'];
const SENDERS = [['OBS De Regenboog', 'zorgcoördinator'], ['Huisartsenpraktijk De Linde', 'praktijkondersteuner'], ['VV Voorbeeld', 'trainer'], ['Jongerenwerk Voorbeeld', 'jongerenwerker']] as const;
const WORRIES = ['Is sinds de herfstvakantie vaak afwezig en trekt zich terug.', 'Komt zonder ontbijt en met te dunne kleren naar school.', 'Vertelt over ruzies thuis en slaapt slecht.',
  'Hangt laat op straat met oudere jongens.', 'Is erg somber en zegt dat niemand hem begrijpt.', 'Moeder vertelde dat ze de huur niet meer kan betalen.'];
const PUBLIC_MESSAGES = ['Ik maak me zorgen over de kinderen van de buren; ik hoor vaak geschreeuw.', 'Waar kan ik terecht met vragen over de puberteit van mijn dochter?',
  'Een jongen uit de straat zit elke avond alleen buiten.', 'Hoe vind ik huiswerkbegeleiding in de buurt?'];
const CLOSINGS: [string, string][] = [['advised', 'School geadviseerd over een gesprek met ouders en de schoolarts.'], ['referred_elsewhere', 'Doorverwezen naar de huisarts en de POH-jeugd.'],
  ['no_action', 'Na contact met de melder: geen zorgen meer, school pakt het zelf op.'], ['household_support', 'Het gezin krijgt ondersteuning van het team.']];

interface Ctx { tenantId: string; teams: { id: string; coaches: string[]; postcodes: string[]; households: string[] }[]; signaller: string; outreach: string }

async function load(sql: Sql, tenantId: string): Promise<Ctx> {
  const teams = await sql.query<{ id: string; district_id: string | null }>('select id, district_id from teams where tenant_id = app_tenant_id() order by name');
  const user = async (email: string) => (await sql.query<{ id: string }>('select id from users where tenant_id = app_tenant_id() and email = $1', [email]))[0]!.id;
  const out: Ctx['teams'] = [];
  for (const team of teams) {
    const coaches = await sql.query<{ user_id: string }>("select tm.user_id from team_members tm join users u on u.tenant_id = tm.tenant_id and u.id = tm.user_id where tm.tenant_id = app_tenant_id() and tm.team_id = $1 and 'coach' = any(u.roles) order by u.email", [team.id]);
    const postcodes = await sql.query<{ postcode: string }>('select pa.postcode from postcode_areas pa join neighbourhoods n on n.tenant_id = pa.tenant_id and n.id = pa.neighbourhood_id where pa.tenant_id = app_tenant_id() and n.district_id = $1 order by pa.postcode', [team.district_id]);
    const households = await sql.query<{ id: string }>("select id from households where tenant_id = app_tenant_id() and team_id = $1 and status = 'active' order by id limit 20", [team.id]);
    out.push({ id: team.id, coaches: coaches.map((c) => c.user_id), postcodes: postcodes.map((p) => p.postcode), households: households.map((h) => h.id) });
  }
  return { tenantId, teams: out, signaller: await user('signaller@voorbeeld.nl'), outreach: await user('outreach@voorbeeld.nl') };
}

/**
 * Demo signals in every state across both teams, deterministic by seed (times relative to the moment
 * of seeding, so some are overdue): waiting (a few overdue), picked up, linked to a household,
 * closed with each outcome, and some from the public form.
 */
export async function seedDemoSignals(sql: Sql, options: { tenantId: string; seed: number; perTeam?: number }): Promise<number> {
  faker.seed(options.seed + 6);
  const ctx = await load(sql, options.tenantId);
  const now = Date.now();
  let count = 0;
  for (const team of ctx.teams) {
    for (let i = 0; i < (options.perTeam ?? 16); i++) {
      const state = (['received', 'received', 'received', 'picked_up', 'linked', 'closed'] as const)[i % 6]!;
      const isPublic = i % 5 === 4;
      const urgency = i % 4 === 0 ? 'urgent' : 'normal';
      const receivedAt = new Date(now - faker.number.int({ min: 1, max: state === 'received' ? 9 : 30 }) * DAY - faker.number.int({ min: 0, max: 8 * 3600_000 }));
      const due = addWorkingDays(todayInNl(receivedAt), urgency === 'urgent' ? 1 : 5);
      const coach = faker.helpers.arrayElement(team.coaches.length ? team.coaches : [ctx.signaller]);
      const pickedAt = state === 'received' ? null : new Date(receivedAt.getTime() + faker.number.int({ min: 2, max: 96 }) * 3600_000);
      const household = state === 'linked' || (state === 'closed' && i % 12 === 5) ? (team.households[i % Math.max(1, team.households.length)] ?? null) : null;
      const closing = state === 'closed' ? CLOSINGS[household ? 3 : i % 3]! : null;
      const closedAt = closing && pickedAt ? new Date(pickedAt.getTime() + 2 * DAY) : null;
      const [org] = faker.helpers.arrayElement(SENDERS);
      const sender = i % 7 === 3 ? ctx.outreach : ctx.signaller;
      const id = newId();
      const anonymous = isPublic && i % 2 === 0;
      await sql.query(
        `insert into signals (tenant_id, id, reference, source, kind, team_id, status, urgency, concerns, description, actions_taken, subject_given_name, subject_family_name,
           subject_birth_date, subject_school, subject_postcode, parents_informed, young_person_informed, not_informed_reason, sender_user_id, sender_name, sender_organisation,
           sender_phone, received_at, first_contact_due, picked_up_at, picked_up_by, household_id, closed_at, outcome, close_reason)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31)`,
        [ctx.tenantId, id, `SIG-${receivedAt.getUTCFullYear()}-${faker.string.fromCharacters(ALPHABET, 6)}`, isPublic ? 'public' : 'signaller', isPublic && i % 3 === 0 ? 'question' : 'worry',
          team.id, state === 'linked' ? 'picked_up' : state, urgency, isPublic ? [] : faker.helpers.arrayElements(CONCERNS, { min: 1, max: 3 }),
          isPublic ? faker.helpers.arrayElement(PUBLIC_MESSAGES) : faker.helpers.arrayElement(WORRIES), isPublic ? '' : 'Gesprek met ouders en mentor gehad.',
          faker.person.firstName(), isPublic ? null : faker.person.lastName(), isPublic ? null : faker.date.birthdate({ min: 4, max: 17, mode: 'age', refDate: '2026-11-01' }).toISOString().slice(0, 10),
          isPublic ? null : org, faker.helpers.arrayElement(team.postcodes.length ? team.postcodes : [null]), isPublic ? null : true, isPublic ? null : i % 3 !== 0,
          isPublic || i % 3 !== 0 ? null : 'De jongere weet het nog niet; we willen eerst met de ouders praten.', isPublic ? null : sender,
          anonymous ? null : isPublic ? faker.person.fullName() : 'Ahmed Yilmaz', isPublic ? null : org, anonymous ? null : '06 1234 5678',
          receivedAt, due, pickedAt, pickedAt ? coach : null, household, closedAt, closing?.[0] ?? null, closing?.[1] ?? null],
      );
      const events: [string, Date, string | null, string, string | null][] = [['received', receivedAt, isPublic ? null : sender, '', null]];
      if (pickedAt) events.push(['picked_up', pickedAt, coach, 'Melder gebeld.', null]);
      if (household && pickedAt) events.push(['household_linked', new Date(pickedAt.getTime() + 3600_000), coach, '', household]);
      if (closedAt && closing) events.push(['closed', closedAt, coach, closing[1], null]);
      for (const [type, at, by, note, hh] of events)
        await sql.query('insert into signal_events (tenant_id, id, signal_id, event_type, occurred_at, user_id, note, household_id) values ($1, $2, $3, $4, $5, $6, $7, $8)', [ctx.tenantId, newId(), id, type, at, by, note, hh]);
      count++;
    }
  }
  return count;
}
