import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { errorStatus } from '../errors';

export const API_PREFIX = '/api/v1';
export const API_VERSION = '1.0.0';

type OpenApiDoc = {
  paths?: Record<string, Record<string, { responses?: Record<string, Record<string, unknown>> }>>;
  components?: { schemas?: Record<string, unknown>; headers?: Record<string, unknown> };
  [key: string]: unknown;
};

const problemStatuses = [...new Set(Object.values(errorStatus))].sort();

/**
 * Finishes the generated document for the Dutch API Design Rules: paths relative to the versioned
 * server URL, API-Version on every success response, and every error as problem+json composed from
 * the RFC 9457 Problem schema.
 */
export function finishApiDocument(doc: OpenApiDoc): OpenApiDoc {
  const paths: NonNullable<OpenApiDoc['paths']> = {};
  for (const [path, operations] of Object.entries(doc.paths ?? {})) {
    for (const operation of Object.values(operations)) {
      const responses = (operation.responses ??= {});
      for (const [status, response] of Object.entries(responses)) {
        if (/^[23]\d\d$/.test(status)) response.headers = { ...(response.headers as object), 'API-Version': { $ref: '#/components/headers/API-Version' } };
      }
      for (const status of problemStatuses) {
        responses[String(status)] ??= {
          description: 'Problem',
          content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/WijkwijsProblem' } } },
        };
      }
    }
    // @fastify/swagger already strips the server's base path (/api/v1); only /api/v1 routes are shown.
    paths[path.startsWith(API_PREFIX) ? path.slice(API_PREFIX.length) || '/' : path] = operations;
  }
  return {
    ...doc,
    paths,
    components: {
      ...doc.components,
      headers: {
        'API-Version': { description: 'The full version of the API', schema: { type: 'string', example: API_VERSION } },
      },
      schemas: {
        ...doc.components?.schemas,
        Problem: {
          type: 'object',
          description: 'RFC 9457 problem details',
          required: ['status', 'title', 'detail'],
          properties: {
            type: { type: 'string', format: 'uri-reference' },
            title: { type: 'string' },
            status: { type: 'integer', minimum: 400, maximum: 599 },
            detail: { type: 'string' },
            instance: { type: 'string', format: 'uri-reference' },
          },
        },
        WijkwijsProblem: {
          allOf: [
            { $ref: '#/components/schemas/Problem' },
            {
              type: 'object',
              properties: {
                code: { type: 'string', enum: Object.keys(errorStatus), description: 'Stable error code' },
                invalidParams: {
                  type: 'array',
                  items: { type: 'object', required: ['name', 'reason'], properties: { name: { type: 'string' }, reason: { type: 'string' } } },
                },
              },
            },
          ],
        },
      },
    },
  };
}

export async function registerOpenApi(app: FastifyInstance, publicUrl: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Wijkwijs API',
        description: 'API of Wijkwijs, the tool of neighbourhood youth and family teams.',
        version: API_VERSION,
        contact: { name: 'Wijkwijs maintainers', email: 'maintainers@wijkwijs.nl', url: 'https://wijkwijs.nl' },
        license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
      },
      servers: [{ url: `${publicUrl}${API_PREFIX}` }],
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'wijkwijs_session' } } },
    },
    transform: (input) => {
      if (!input.url.startsWith(API_PREFIX) || input.url === `${API_PREFIX}/openapi.json`) return { schema: { ...input.schema, hide: true }, url: input.url };
      return jsonSchemaTransform(input);
    },
    transformObject: (documentObject) => finishApiDocument(('openapiObject' in documentObject ? documentObject.openapiObject : documentObject.swaggerObject) as OpenApiDoc) as never,
  });
}
