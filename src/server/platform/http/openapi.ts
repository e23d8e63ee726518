import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { errorStatus } from '../errors';

export const API_PREFIX = '/api/v1';
export const API_VERSION = '1.0.0';

type OpenApiDoc = {
  paths?: Record<string, Record<string, { tags?: string[]; responses?: Record<string, Record<string, unknown>> }>>;
  components?: { schemas?: Record<string, unknown>; headers?: Record<string, unknown> };
  [key: string]: unknown;
};

const problemStatuses = [...new Set(Object.values(errorStatus))].sort();

/** What each group of operations is about; the document lists every tag its operations use. */
const tagDescriptions: Record<string, string> = {
  'Sessions and account': 'Signing in and out, own sessions, the signed-in user\'s account, two-factor set-up and password resets.',
  Administration: 'Users, teams, districts, neighbourhoods, postcode areas, the municipality\'s theme and the demo outbox (administrators).',
  Audit: 'Search and CSV export of the NEN 7513 audit log.',
  'Case access': 'Break-the-glass access to a household file, and the notifications it sends.',
  Households: 'Household files: intake, duplicate checks, members, case team and coordinator, lists and the timeline.',
  'Story and exploration': 'The family\'s story, told once and kept as versions, and a young person\'s exploration through the context lenses.',
  Contacts: 'The contact log of a household.',
  Plans: 'One plan per household: goals in the family\'s own words, ratings, actions, plan meetings and closing the case.',
  Network: 'The ecomap: meaningful adults and other ties of a household.',
  Zelfredzaamheidsmatrix: 'The ZRM domains and scale, and assessments of adult members.',
  Safety: 'Signs of Safety maps, kept as versions over time.',
  'Care decisions': 'Care decisions (beschikkingen): stepping up to specialist care and back down on the same plan.',
};

function globalTags(paths: NonNullable<OpenApiDoc['paths']>): { name: string; description?: string }[] {
  const used = new Set(Object.values(paths).flatMap((operations) => Object.values(operations).flatMap((operation) => operation.tags ?? [])));
  return [...used].sort().map((name) => (tagDescriptions[name] ? { name, description: tagDescriptions[name] } : { name }));
}

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
    tags: globalTags(paths),
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
