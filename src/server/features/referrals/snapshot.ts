import { ageOn } from '../../../contracts/bsn';
import type { InformationCategory } from '../../../contracts/consents';
import type { SharedInformation } from '../../../contracts/referrals';
import type { Sql } from '../../db/database';
import * as q from './snapshot-queries';

/**
 * The information a referral shares, taken once at send time: only the categories the coach chose
 * (a subset of the consent). Later changes to the file are not passed on.
 */
export async function takeSnapshot(sql: Sql, householdId: string, personId: string, share: readonly InformationCategory[], today: string): Promise<SharedInformation> {
  const shared: SharedInformation = {};
  const has = (c: InformationCategory) => share.includes(c);
  const person = await q.personFacts(sql, personId);
  if (!person) return shared;
  if (has('name_and_contact')) {
    shared.name = `${person.given_name} ${person.family_name}`;
    shared.contact = { phone: person.phone ?? person.household_phone, email: person.email ?? person.household_email, address: person.address };
  }
  if (has('birth_date') && person.birth_date) {
    shared.birthDate = person.birth_date;
    shared.age = ageOn(person.birth_date, today);
  }
  if (has('household_composition'))
    shared.household = (await q.householdMembers(sql, householdId)).map((m) => ({ givenName: m.given_name, role: m.role, age: m.birth_date ? ageOn(m.birth_date, today) : null }));
  if (has('story')) shared.story = (await q.latestStory(sql, householdId)) ?? '';
  if (has('goals')) shared.goals = await q.openGoalsOf(sql, personId);
  if (has('safety_information')) {
    const map = await q.latestSafetyMap(sql, householdId);
    shared.safety = map ? { dangerStatements: map.danger_statements, safetyGoals: map.safety_goals } : null;
  }
  return shared;
}
