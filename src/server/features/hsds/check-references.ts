import type { Sql } from '../../db/database';
import { scheduleOverlaps, weeklySlot, type WeeklySlot } from './check-schedules';
import * as q from './queries';
import type { ImportProblem, ImportStaging, Origin } from './staging';
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
const OBJECTS = [...new Set(REFERENCES.map(([object]) => object))];
const LOOKUP_BATCH = 5000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Runs database work in a short transaction of its own (so other requests get a turn on PGlite). */
export type Lookup = <T>(work: (sql: Sql) => Promise<T>) => Promise<T>;

async function inBatches<T>(items: readonly T[], work: (batch: T[]) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += LOOKUP_BATCH) await work(items.slice(i, i + LOOKUP_BATCH));
}

/**
 * Reads the staged records once more for what connects them: every reference must point at a
 * record in the import or in the directory already (an attribute's taxonomy term in neither is an
 * unknown term); a service is at a location once (a new service_at_location id for a pair that is
 * in the import or the directory already is refused by name); weekly opening hours must not
 * overlap, among themselves or with stored ones the import leaves in place. Memory holds the
 * references that leave the import, the pairs and the weekly slots — not the records.
 */
export async function checkReferences(lookup: Lookup, set: ImportStaging): Promise<void> {
  const found: ImportProblem[] = [];
  const outside: { origin: Origin; object: string; column: string; target: string; id: string }[] = [];
  const wanted = new Map<string, Set<string>>();
  const pairs = new Map<string, { id: string; origin: Origin }>();
  const slots: WeeklySlot[] = [];

  for (const object of OBJECTS) {
    for await (const { values, origin } of set.rows(object)) {
      for (const [, column, target, required] of REFERENCES.filter(([o]) => o === object)) {
        const id = values[column];
        if (id === undefined) {
          if (required) found.push({ ...origin, code: 'schema', object, field: column, message: `${column} is required` });
          continue;
        }
        if (!target || typeof id !== 'string' || set.has(target, id)) continue;
        outside.push({ origin, object, column, target, id: id.toLowerCase() });
        if (UUID.test(id.toLowerCase())) (wanted.get(target) ?? wanted.set(target, new Set()).get(target)!).add(id.toLowerCase());
      }
      if (object === 'schedule') {
        if (values.service_id === undefined && values.location_id === undefined && values.service_at_location_id === undefined)
          found.push({ ...origin, code: 'schema', object, field: 'service_id', message: 'A schedule belongs to a service, a location or a service at a location' });
        const slot = weeklySlot(values, origin);
        if (slot) slots.push(slot);
      }
      if (object === 'attribute' && values.link_entity === undefined) found.push({ ...origin, code: 'schema', object, field: 'link_entity', message: 'link_entity is required' });
      if (object === 'service_at_location' && typeof values.service_id === 'string' && typeof values.location_id === 'string' && UUID.test(values.service_id.toLowerCase()) && UUID.test(values.location_id.toLowerCase())) {
        const pair = `${values.service_id.toLowerCase()}|${values.location_id.toLowerCase()}`;
        const first = pairs.get(pair);
        if (first) found.push({ ...origin, code: 'duplicate_place', object, field: 'location_id', message: `This service is at this location already, as service_at_location ${first.id} in the import` });
        else pairs.set(pair, { id: values.id as string, origin });
      }
    }
  }

  const known = new Map<string, Set<string>>();
  for (const [target, ids] of wanted) {
    const stored = new Set<string>();
    await inBatches([...ids], async (batch) => {
      for (const id of await lookup((sql) => q.existingIds(sql, tableByObject.get(target)!.table, batch))) stored.add(id);
    });
    known.set(target, stored);
  }
  for (const { origin, object, column, target, id } of outside) {
    if (known.get(target)?.has(id)) continue;
    if (target === 'taxonomy_term') found.push({ ...origin, code: 'unknown_term', object, field: column, message: `Taxonomy term ${id} is not in the import nor in the directory` });
    else found.push({ ...origin, code: 'unknown_reference', object, field: column, message: `${column} ${id} points to a ${target} that is not in the import nor in the directory` });
  }

  await inBatches([...pairs.entries()], async (batch) => {
    const stored = await lookup((sql) => q.placesOfPairs(sql, batch.map(([pair]) => pair.split('|') as [string, string])));
    for (const row of stored) {
      const mine = pairs.get(`${row.service_id}|${row.location_id}`);
      if (mine && mine.id !== row.id && !set.has('service_at_location', row.id))
        found.push({ ...mine.origin, code: 'duplicate_place', object: 'service_at_location', field: 'location_id', message: `This service is at this location already, as service_at_location ${row.id} in the directory` });
    }
  });

  const owners = { service: new Set<string>(), location: new Set<string>(), service_at_location: new Set<string>() };
  for (const slot of slots) {
    const [kind, ownerId] = slot.owner.split(':') as [keyof typeof owners, string];
    owners[kind]?.add(ownerId);
  }
  const stored: WeeklySlot[] = [];
  const seen = new Set<string>();
  for (const [column, ids] of [['service_id', owners.service], ['location_id', owners.location], ['service_at_location_id', owners.service_at_location]] as const) {
    await inBatches([...ids].filter((id) => UUID.test(id)), async (batch) => {
      for (const row of await lookup((sql) => q.schedulesOf(sql, column, batch))) {
        const slot = set.has('schedule', String(row.id)) ? null : weeklySlot(row);
        if (slot && !seen.has(slot.id)) stored.push(slot);
        if (slot) seen.add(slot.id);
      }
    });
  }
  for (const problem of [...scheduleOverlaps(slots, stored), ...found]) set.problem(problem);
}
