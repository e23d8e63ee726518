// `tsx scripts/write-openapi.ts <file>`: writes the API's OpenAPI document (as served at
// /api/v1/openapi.json) to <file>, for `npm run lint:api`. Builds the app on an empty in-memory
// PGlite database, so it needs no data directory and no server. The server URL comes from
// PUBLIC_URL when set.
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { migrate } from '../src/server/db/migrate';
import { openPglite } from '../src/server/db/pglite';
import { secretBox } from '../src/server/platform/secrets';
import { assembleServices } from '../src/server/services';

const target = process.argv[2];
if (!target) {
  console.error('Usage: tsx scripts/write-openapi.ts <output.json>');
  process.exit(1);
}

const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: tmpdir(), LOG_LEVEL: 'silent', JOBS_ENABLED: 'false', PUBLIC_URL: process.env.PUBLIC_URL ?? 'https://wijkwijs.example.nl' });
const db = await openPglite({ appRole: config.DATABASE_APP_ROLE });
try {
  await migrate(db);
  const services = assembleServices(config, db, secretBox(randomBytes(32)));
  const app = await buildApp(services, { logger: false });
  await app.ready();
  const file = resolve(target);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(app.swagger(), null, 2)}\n`);
  await app.close();
  console.log(`OpenAPI document written to ${file}`);
} finally {
  await db.close();
}
