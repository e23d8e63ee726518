import type { Sql } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import * as q from './export-queries';
import { toHsdsRecord, type HsdsRecord } from './hsds-record';
import { requireDirectoryExporter } from './policy';
import { TABLES } from './tables';

/**
 * The whole directory of this tenant as HSDS 3 per-object arrays (`{ "services": [...], ... }`),
 * everything included (non-public and pending entries too) — the shape the import reads back.
 */
export async function exportDataset(sql: Sql, actor: Actor): Promise<Record<string, HsdsRecord[]>> {
  requireDirectoryExporter(actor);
  const dataset: Record<string, HsdsRecord[]> = {};
  for (const spec of TABLES) dataset[spec.key] = (await q.allRows(sql, spec.table)).map((row) => toHsdsRecord(spec.object, row));
  audit(sql, actor, { eventType: 'directory.exported', action: 'read', objectType: 'directory', details: { services: dataset.services?.length ?? 0 } });
  return dataset;
}
