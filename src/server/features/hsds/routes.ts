import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DirectoryImportInput, DirectoryImportView, ImportIdParams } from '../../../contracts/hsds';
import type { Actor } from '../../platform/actor';
import { withActor } from '../../platform/http/context';
import { exportDataset } from './export-dataset';
import { getImport } from './get-import';
import { hsdsApiRoutes } from './routes-hsds-api';
import { runImport } from './run-import';
import { startImport } from './start-import';
import { UploadStore } from './upload-store';
import { uploadRoutes } from './upload-routes';

const tags = ['Directory import and export'];

/** HSDS import (uploads, background jobs) and the full export under /api/v1, and the HSDS 3 API under /hsds/v3. */
export async function hsdsRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const store = await UploadStore.open(fastify.services.config.DATA_DIR);
  // Names this app instance on the imports it runs (their heartbeat, see fail-stale-imports.ts).
  const instanceId = randomUUID();
  app.addHook('onClose', () => store.close());
  await app.register(uploadRoutes, { store, tags });

  app.post('/api/v1/directory-imports', {
    schema: {
      operationId: 'startDirectoryImport', tags, body: DirectoryImportInput, response: { 202: DirectoryImportView },
      description: 'Starts an HSDS 3 import of uploaded files (one JSON file or the tabular CSV files) in the background. preview: checks and counts what would be created, updated or unchanged; apply: writes it all or nothing. Poll the import for progress and problems.',
    },
  }, async (req, reply) => {
    let actor: Actor | undefined;
    const { view, uploads } = await withActor(req, (sql, who) => {
      actor = who;
      return startImport(sql, who, req.body, store, instanceId);
    });
    setImmediate(() => void runImport(req.server.services.db, actor!, view.id, req.body.mode, uploads, store, instanceId));
    return reply.code(202).header('Location', `/api/v1/directory-imports/${view.id}`).send(view);
  });

  app.get('/api/v1/directory-imports/:importId', {
    schema: { operationId: 'getDirectoryImport', tags, params: ImportIdParams, response: { 200: DirectoryImportView }, description: 'An import: its progress while it runs, then the counts per HSDS object and every problem (file, row or record, field).' },
  }, async (req) => withActor(req, (sql, actor) => getImport(sql, actor, req.params.importId)));

  app.get('/api/v1/directory-exports', {
    schema: {
      operationId: 'exportDirectory', tags, response: { 200: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))) },
      description: 'The whole directory as HSDS 3 per-object arrays (services, organizations, locations, …), non-public and pending entries included; importable as is.',
    },
  }, async (req, reply) => {
    const dataset = await withActor(req, (sql, actor) => exportDataset(sql, actor));
    return reply.header('Content-Disposition', 'attachment; filename="sociale-kaart-hsds.json"').send(dataset);
  });

  await app.register(hsdsApiRoutes);
}
