import type { Sql } from '../../db/database';
import * as q from './queries';
import type { RowSet } from './row-set';
import { tableByObject } from './tables';

/** References the database enforces: [object, column, target object, required]. */
const REFERENCES: [string, string, string, boolean][] = [
  ['service', 'organization_id', 'organization', false],
  ['service_at_location', 'service_id', 'service', true],
  ['service_at_location', 'location_id', 'location', true],
  ['address', 'location_id', 'location', true],
  ['schedule', 'service_id', 'service', false],
  ['schedule', 'location_id', 'location', false],
  ['schedule', 'service_at_location_id', 'service_at_location', false],
  ['attribute', 'taxonomy_term_id', 'taxonomy_term', true],
  ['attribute', 'link_id', '', true],
  ['cost_option', 'service_id', 'service', true],
];

/**
 * Every reference must point at a record in the import or in the directory already; an attribute's
 * taxonomy term that is in neither is an unknown term.
 */
export async function checkReferences(sql: Sql, set: RowSet): Promise<void> {
  const wanted = new Map<string, Set<string>>();
  for (const [object, column, target] of REFERENCES) {
    if (!target) continue;
    for (const row of set.of(object)) {
      const id = row.values[column];
      if (typeof id === 'string' && !set.has(target, id)) (wanted.get(target) ?? wanted.set(target, new Set()).get(target)!).add(id.toLowerCase());
    }
  }
  const known = new Map<string, Set<string>>();
  for (const [target, ids] of wanted) known.set(target, await q.existingIds(sql, tableByObject.get(target)!.table, [...ids].filter((id) => /^[0-9a-f-]{36}$/.test(id))));
  for (const [object, column, target, required] of REFERENCES) {
    for (const row of set.of(object)) {
      const id = row.values[column];
      const problem = (code: 'schema' | 'unknown_reference' | 'unknown_term', message: string) => set.problem({ ...row.origin, code, object, field: column, message });
      if (id === undefined) {
        if (required) problem('schema', `${column} is required`);
        continue;
      }
      if (!target || typeof id !== 'string' || set.has(target, id) || known.get(target)?.has(id.toLowerCase())) continue;
      if (target === 'taxonomy_term') problem('unknown_term', `Taxonomy term ${id} is not in the import nor in the directory`);
      else problem('unknown_reference', `${column} ${id} points to a ${target} that is not in the import nor in the directory`);
    }
  }
  for (const row of set.of('schedule')) {
    const v = row.values;
    if (v.service_id === undefined && v.location_id === undefined && v.service_at_location_id === undefined)
      set.problem({ ...row.origin, code: 'schema', object: 'schedule', field: 'service_id', message: 'A schedule belongs to a service, a location or a service at a location' });
  }
  for (const row of set.of('attribute')) if (row.values.link_entity === undefined) set.problem({ ...row.origin, code: 'schema', object: 'attribute', field: 'link_entity', message: 'link_entity is required' });
}
