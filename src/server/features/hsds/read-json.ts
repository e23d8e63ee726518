import { JsonRecords } from './json-records';
import type { ImportStaging, Origin } from './staging';
import { tableByKey } from './tables';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Nested arrays (`phones`) and objects (`organization`) HSDS allows inside each object, and the link they imply. */
type Child = { object: string; link?: string; up?: string };
const CHILDREN: Record<string, Record<string, Child>> = {
  service: {
    phones: { object: 'phone', link: 'service_id' }, schedules: { object: 'schedule', link: 'service_id' }, service_at_locations: { object: 'service_at_location', link: 'service_id' },
    languages: { object: 'language', link: 'service_id' }, organization: { object: 'organization', up: 'organization_id' }, cost_options: { object: 'cost_option', link: 'service_id' },
    contacts: { object: 'contact', link: 'service_id' },
  },
  service_at_location: {
    contacts: { object: 'contact', link: 'service_at_location_id' }, phones: { object: 'phone', link: 'service_at_location_id' },
    schedules: { object: 'schedule', link: 'service_at_location_id' }, location: { object: 'location', up: 'location_id' },
  },
  location: {
    languages: { object: 'language', link: 'location_id' }, addresses: { object: 'address', link: 'location_id' }, contacts: { object: 'contact', link: 'location_id' },
    accessibility: { object: 'accessibility', link: 'location_id' }, phones: { object: 'phone', link: 'location_id' }, schedules: { object: 'schedule', link: 'location_id' },
  },
  organization: {
    contacts: { object: 'contact', link: 'organization_id' }, phones: { object: 'phone', link: 'organization_id' }, locations: { object: 'location', link: 'organization_id' },
    services: { object: 'service', link: 'organization_id' },
  },
  contact: { phones: { object: 'phone', link: 'contact_id' } },
  phone: { languages: { object: 'language', link: 'phone_id' } },
  attribute: { taxonomy_term: { object: 'taxonomy_term', up: 'taxonomy_term_id' } },
  taxonomy_term: { taxonomy_detail: { object: 'taxonomy', up: 'taxonomy_id' } },
};

/** Adds one (possibly nested) HSDS record and everything nested in it. */
export function addRecord(set: ImportStaging, object: string, record: unknown, origin: Origin, links: Json = {}): string | null {
  if (!isObject(record)) {
    set.problem({ ...origin, code: 'schema', object, message: `Expected a ${object} object` });
    return null;
  }
  const own: Json = { ...links, ...record };
  const children = CHILDREN[object] ?? {};
  for (const [key, child] of Object.entries(children)) {
    if (!child.up || !isObject(record[key])) continue;
    const id = addRecord(set, child.object, record[key], { ...origin, pointer: `${origin.pointer}/${key}` });
    if (id && own[child.up] == null) own[child.up] = id;
  }
  const id = set.add(object, own, origin);
  if (!id) return null;
  const nested: Record<string, Child> = { ...children, ...(object === 'attribute' ? {} : { attributes: { object: 'attribute', link: 'link_id' } }) };
  for (const [key, child] of Object.entries(nested)) {
    const value = record[key];
    if (child.up || value === undefined || value === null) continue;
    if (!Array.isArray(value)) {
      set.problem({ ...origin, code: 'schema', object, field: key, message: `${key} must be an array` });
      continue;
    }
    const extra: Json = child.link ? { [child.link]: id } : {};
    if (key === 'attributes') extra.link_entity = object;
    value.forEach((item, i) => addRecord(set, child.object, item, { ...origin, pointer: `${origin.pointer}/${key}/${i}` }, extra));
  }
  for (const key of Object.keys(record)) if (Array.isArray(record[key]) && !(key in nested)) set.ignored.add(`${object}.${key}`);
  return id;
}

/** Arrays a full service record nests under the same keys as a data set's per-object arrays. */
const SERVICE_ARRAYS = new Set([...Object.keys(CHILDREN.service!), 'attributes']);

/**
 * Reads one JSON document record by record (json-records.ts), holding one record at a time: a
 * full service record, a list of them (`[...]` or a page with `contents`), or a data set of
 * per-object arrays (`{ "services": [...], "organizations": [...] }`, as Wijkwijs exports it; their
 * items may be nested too). A top-level object is a single service once it shows a `status`, a
 * data set once it shows a key only a data set has (`services`, `organizations`, …); array items
 * seen before that (`phones` first) wait in memory until it is clear.
 */
export async function readHsdsJson(set: ImportStaging, file: string, text: AsyncIterable<string>): Promise<void> {
  const at = (pointer: string): Origin => ({ file, pointer });
  let shape: 'list' | 'object' | null = null;
  let kind: 'service' | 'dataset' | null = null;
  let page = false;
  const rest: Json = {};
  const waiting: [string, unknown, number][] = [];

  const record = (arrayKey: string, item: unknown, i: number) => {
    if (arrayKey === '' || arrayKey === 'contents') addRecord(set, 'service', item, at(arrayKey ? `/contents/${i}` : `/${i}`));
    else addRecord(set, tableByKey.get(arrayKey)!.object, item, at(`/${arrayKey}/${i}`));
  };
  const keep = (arrayKey: string, item: unknown) => ((rest[arrayKey] ??= []) as unknown[]).push(item);
  const decide = (next: 'service' | 'dataset') => {
    kind = next;
    for (const [arrayKey, item, i] of waiting.splice(0)) {
      if (next === 'dataset') record(arrayKey, item, i);
      else keep(arrayKey, item);
    }
  };

  const reader = new JsonRecords({
    top(found) {
      if (found !== 'other') shape = found === 'array' ? 'list' : 'object';
    },
    member(key, isArray) {
      const records = key === 'contents' || tableByKey.has(key);
      if (isArray && records) {
        if (key === 'contents') page = true;
        if (kind === null && !SERVICE_ARRAYS.has(key)) decide('dataset');
        return 'items';
      }
      if (kind === 'dataset' && !records) {
        if (!page) set.ignored.add(key);
        return 'skip';
      }
      return 'value';
    },
    value(key, value) {
      rest[key] = value;
      if (key === 'status' && typeof value === 'string' && kind === null) decide('service');
    },
    item(key, value, i) {
      if (shape === 'list') record('', value, i);
      else if (kind === 'dataset') record(key, value, i);
      else if (kind === 'service') keep(key, value);
      else waiting.push([key, value, i]);
    },
  });
  // Records are handled synchronously within a chunk (an await per record would cost more than the
  // parsing); the staged lines go to disk between chunks.
  for await (const chunk of text) {
    reader.write(chunk);
    if (reader.stopped) break;
    await set.drain();
  }
  reader.end();

  if (shape === 'list') return;
  if (shape === 'object' && (kind === 'service' || (kind === null && !waiting.length && typeof rest.status === 'string'))) {
    addRecord(set, 'service', rest, at(''));
  } else if (shape === 'object' && (kind === 'dataset' || waiting.length)) {
    decide('dataset');
    for (const [restKey] of Object.entries(rest)) {
      if (page) continue;
      if (tableByKey.has(restKey)) set.problem({ ...at(`/${restKey}`), code: 'schema', message: `${restKey} must be an array` });
      else set.ignored.add(restKey);
    }
  } else set.problem({ ...at(''), code: 'unreadable', message: 'Expected an HSDS service record, a list of them, or a data set of per-object arrays' });
  await set.drain();
}
