import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const folder = resolve(dirname(fileURLToPath(import.meta.url)), 'schema');
const BASE = 'https://schemas.wijkwijs.nl/hsds/3.0/';

let ajv: Ajv2020 | null = null;

/**
 * The HSDS 3.0 JSON Schemas (schema/, copied unmodified) compiled with ajv: every file is added
 * under its own file name, so the relative `$ref`s ("phone.json") resolve among them.
 */
function compiler(): Ajv2020 {
  if (ajv) return ajv;
  ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const file of readdirSync(folder)) {
    if (!file.endsWith('.json') || file === 'openapi.json') continue;
    ajv.addSchema(JSON.parse(readFileSync(resolve(folder, file), 'utf8')), `${BASE}${file}`);
  }
  return ajv;
}

/** The validator of one HSDS object, e.g. `service`. */
export function hsdsValidator(object: string): ValidateFunction {
  const validate = compiler().getSchema(`${BASE}${object}.json`);
  if (!validate) throw new Error(`No HSDS schema for ${object}`);
  return validate;
}

/** The HSDS API's OpenAPI document as published with the schemas. */
export function hsdsOpenApi(): Record<string, unknown> {
  return JSON.parse(readFileSync(resolve(folder, 'openapi.json'), 'utf8')) as Record<string, unknown>;
}
