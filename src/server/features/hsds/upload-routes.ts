import type { FastifyInstance } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Readable } from 'node:stream';
import { z } from 'zod';
import { ImportFileQuery, ImportFileView, MAX_IMPORT_FILE_BYTES } from '../../../contracts/hsds';
import { AppError } from '../../platform/errors';
import { withActor } from '../../platform/http/context';
import { requireDirectoryImporter } from './policy';
import type { UploadStore } from './upload-store';

const TYPES = ['application/json', 'text/csv'];

/**
 * `POST /api/v1/directory-import-files`: one import file as the raw request body, streamed to disk
 * as it arrives (never held in memory, never parsed here: the import job reads it). In a plugin of
 * its own, because its body parsers hand over the stream instead of parsing it.
 */
export async function uploadRoutes(fastify: FastifyInstance, { store, tags }: { store: UploadStore; tags: string[] }): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(TYPES, (_req, payload, done) => done(null, payload));

  app.post('/api/v1/directory-import-files', {
    schema: {
      operationId: 'uploadDirectoryImportFile', tags, querystring: ImportFileQuery, consumes: TYPES,
      body: z.string().describe('The file itself: HSDS JSON (application/json) or one HSDS tabular CSV file (text/csv), UTF-8 with or without BOM.'),
      response: { 201: ImportFileView },
      description: 'Uploads one file for an HSDS import (up to 512 MB; kept for two hours, or until an import applies it). Start the import with the ids of its files.',
    },
    // The body stays a stream: only the query string is validated here.
    validatorCompiler: (route) => (route.httpPart === 'body' ? (data: unknown) => ({ value: data }) : validatorCompiler(route as unknown as Parameters<typeof validatorCompiler>[0])),
  }, async (req, reply) => {
    const actor = await withActor(req, async (_sql, who) => {
      requireDirectoryImporter(who);
      return who;
    });
    if (Number(req.headers['content-length'] ?? 0) > MAX_IMPORT_FILE_BYTES)
      throw new AppError('payload_too_large', { field: 'body', detail: 'The file is larger than 512 MB.' });
    const upload = await store.save(actor, req.query.name, req.body as unknown as Readable, MAX_IMPORT_FILE_BYTES);
    return reply.code(201).send({ id: upload.id, name: upload.name, bytes: upload.bytes, createdAt: upload.createdAt.toISOString() });
  });
}
