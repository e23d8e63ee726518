import type { MeldcodeSettingsInput, MeldcodeSettingsView } from '../../../contracts/meldcode';
import type { Sql } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { canChangeMeldcodeSettings, canReadMeldcodeSettings } from './policy';
import * as q from './settings-queries';

/** The official wording of the afwegingskader (Meldcode, 2019), used until a tenant sets its own. */
export const DEFAULT_QUESTIONS = [
  'Is er een vermoeden van (dreiging van) huiselijk geweld of kindermishandeling?',
  'Is er sprake van acute onveiligheid en/of structurele onveiligheid?',
  'Ben ik, in samenspraak met de betrokkenen en met mijn eventuele netwerk, in staat effectieve hulp te bieden of te organiseren om de risico op onveiligheid af te wenden?',
  'Aanvaarden de betrokkenen de hulp zoals bedoeld in vraag 3 en zijn zij bereid zich in te zetten?',
  'Leidt de hulp binnen de gewenste termijn tot de noodzakelijke resultaten ten aanzien van de veiligheid en het welzijn van alle betrokkenen?',
];
/** Working days a step may stay open before the coordinator and safety officer are reminded. */
export const DEFAULT_OVERDUE_DAYS = [5, 5, 5, 5, 5];

/** The tenant's current settings (version 0: the defaults, nobody changed them yet). */
export async function currentMeldcodeSettings(sql: Sql): Promise<MeldcodeSettingsView> {
  const row = await q.latestSettings(sql);
  if (!row) return { version: 0, questions: DEFAULT_QUESTIONS, overdueWorkingDays: DEFAULT_OVERDUE_DAYS, updatedAt: null, updatedByName: null };
  return { version: row.version, questions: row.questions, overdueWorkingDays: row.overdue_working_days.map(Number), updatedAt: new Date(row.created_at).toISOString(), updatedByName: row.created_by_name };
}

export async function getMeldcodeSettings(sql: Sql, actor: Actor): Promise<MeldcodeSettingsView> {
  if (!canReadMeldcodeSettings(actor)) throw new AppError('forbidden');
  return currentMeldcodeSettings(sql);
}

/** Saves a new version of the settings; weighings already done keep the words they were answered with. */
export async function updateMeldcodeSettings(sql: Sql, actor: Actor, input: MeldcodeSettingsInput): Promise<MeldcodeSettingsView> {
  if (!canChangeMeldcodeSettings(actor)) throw new AppError('forbidden');
  const current = await currentMeldcodeSettings(sql);
  const version = current.version + 1;
  await q.insertSettings(sql, { tenantId: actor.tenantId, version, questions: input.questions, overdueWorkingDays: input.overdueWorkingDays, createdBy: actor.userId });
  audit(sql, actor, { eventType: 'meldcode_settings.updated', action: 'update', objectType: 'meldcode_settings', objectId: null, details: { version } });
  return currentMeldcodeSettings(sql);
}
