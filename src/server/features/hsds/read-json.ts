import type { Origin, RowSet } from './row-set';
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
export function addRecord(set: RowSet, object: string, record: unknown, origin: Origin, links: Json = {}): string | null {
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
  const row = set.add(object, own, origin);
  if (!row) return null;
  const id = row.values.id as string;
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

/**
 * Reads one JSON document: a full service record, a list of them (`[...]` or a page with
 * `contents`), or a data set of per-object arrays (`{ "services": [...], "organizations": [...] }`,
 * as Wijkwijs exports it; their items may be nested too).
 */
export function readHsdsJson(set: RowSet, file: string, document: unknown): void {
  const at = (pointer: string): Origin => ({ file, pointer });
  if (Array.isArray(document)) document.forEach((item, i) => addRecord(set, 'service', item, at(`/${i}`)));
  else if (isObject(document) && Array.isArray(document.contents)) document.contents.forEach((item, i) => addRecord(set, 'service', item, at(`/contents/${i}`)));
  else if (isObject(document) && typeof document.status === 'string') addRecord(set, 'service', document, at(''));
  else if (isObject(document) && Object.keys(document).some((key) => tableByKey.has(key))) {
    for (const [key, items] of Object.entries(document)) {
      const spec = tableByKey.get(key);
      if (!spec) {
        set.ignored.add(key);
        continue;
      }
      if (!Array.isArray(items)) set.problem({ ...at(`/${key}`), code: 'schema', message: `${key} must be an array` });
      else items.forEach((item, i) => addRecord(set, spec.object, item, at(`/${key}/${i}`)));
    }
  } else set.problem({ ...at(''), code: 'unreadable', message: 'Expected an HSDS service record, a list of them, or a data set of per-object arrays' });
}
