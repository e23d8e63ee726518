import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PostcodeImportResult } from '../../../contracts/households';
import { withActor } from '../../platform/http/context';
import { importPostcodes } from './import-postcodes';

export async function postcodeRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.post('/api/v1/postcode-areas', {
    schema: {
      operationId: 'importPostcodeAreas', tags: ['Administration'], description: 'Imports postcode → CBS neighbourhood code rows from a UTF-8 CSV (header postcode,neighbourhood_code); all or nothing.',
      consumes: ['text/csv'], body: z.string().max(5_000_000), response: { 201: PostcodeImportResult },
    },
    bodyLimit: 5 * 1024 * 1024,
  }, async (req, reply) => {
    const result = await withActor(req, (sql, actor) => importPostcodes(sql, actor, req.body));
    return reply.code(201).send(result);
  });
}
