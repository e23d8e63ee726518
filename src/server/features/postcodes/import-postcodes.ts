import type { Sql } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { AppError, type InvalidParam } from '../../platform/errors';
import { requireAdmin } from '../admin/policy';
import { parsePostcodeCsv } from './parse-postcode-csv';
import * as q from './queries';

const MAX_ROWS = 100_000;

/** Imports the postcode table: all rows or none, and every wrong row named. */
export async function importPostcodes(sql: Sql, actor: Actor, csv: string) {
  requireAdmin(actor);
  const { rows, problems } = parsePostcodeCsv(csv);
  if (rows.length > MAX_ROWS) throw new AppError('payload_too_large', { field: 'body.rows', detail: `At most ${MAX_ROWS} rows per import.` });
  const neighbourhoods = await q.neighbourhoodIdsByCode(sql);
  const unknown: InvalidParam[] = rows.flatMap((r) => (neighbourhoods.has(r.neighbourhoodCode) ? [] : [{ name: `body.rows.${r.row}.neighbourhood_code`, reason: `Row ${r.row}: neighbourhood ${r.neighbourhoodCode} does not exist` }]));
  const all = [...problems, ...unknown];
  if (all.length) throw new AppError('validation_failed', { detail: `Nothing was imported: ${all.length} problem(s). ${all[0]!.reason}.`, invalidParams: all.slice(0, 100) });
  const replaced = await q.upsertPostcodes(sql, actor.tenantId, rows.map((r) => r.postcode), rows.map((r) => neighbourhoods.get(r.neighbourhoodCode)!));
  await q.placeHouseholds(sql);
  audit(sql, actor, { eventType: 'postcodes.imported', action: 'update', details: { rows: rows.length, replaced } });
  return { imported: rows.length, replaced };
}
