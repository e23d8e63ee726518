import type { TestApp } from './test-app';

/** The subset of JSON Schema that the zod-generated OpenAPI document uses. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  pattern?: string;
  format?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
  $ref?: string;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: JsonSchema;
}

/** One operation of the document, with its path relative to the server (`/households/{householdId}`). */
export interface Operation {
  operationId: string;
  method: string;
  path: string;
  parameters: Parameter[];
  body: { contentType: string; schema: JsonSchema; required: boolean } | null;
}

interface RawOperation {
  operationId?: string;
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: JsonSchema }> };
}

export const API_BASE = '/api/v1';

/** Reads the served OpenAPI document and lists its operations in document order. */
export async function loadOperations(t: TestApp): Promise<Operation[]> {
  const response = await t.request('GET', `${API_BASE}/openapi.json`);
  if (response.statusCode !== 200) throw new Error(`GET openapi.json answered ${response.statusCode}`);
  const doc = response.json() as { paths: Record<string, Record<string, RawOperation>> };
  const operations: Operation[] = [];
  for (const [path, byMethod] of Object.entries(doc.paths)) {
    for (const [method, raw] of Object.entries(byMethod)) {
      if (!raw.operationId) throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
      const [contentType, media] = Object.entries(raw.requestBody?.content ?? {})[0] ?? [];
      operations.push({
        operationId: raw.operationId,
        method: method.toUpperCase(),
        path,
        parameters: raw.parameters ?? [],
        body: contentType ? { contentType, schema: media?.schema ?? {}, required: raw.requestBody?.required ?? false } : null,
      });
    }
  }
  return operations;
}

/** Fills `{name}` placeholders of a document path and prefixes the server path. */
export function urlOf(path: string, params: Record<string, string>, query?: URLSearchParams): string {
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`No value for path parameter ${name} of ${path}`);
    return params[name]!;
  });
  const search = query?.toString();
  return `${API_BASE}${filled}${search ? `?${search}` : ''}`;
}
