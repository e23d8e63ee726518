import type { Config } from './config';
import type { Database } from './db/database';
import { migrate } from './db/migrate';
import { openDatabase } from './db/open';
import { createPostcodePoints } from './features/directory/geocode';
import type { AppServices } from './platform/http/context';
import { createMailer } from './platform/mail';
import { loadAppSecret, secretBox, type SecretBox } from './platform/secrets';
import { SessionCache } from './platform/session-cache';
import { createTenantResolver } from './platform/tenancy';

/** Opens the database, applies migrations and builds the services every route receives. */
export async function createServices(config: Config): Promise<AppServices> {
  const db = await openDatabase(config);
  await migrate(db);
  const key = await loadAppSecret({ appSecret: config.APP_SECRET, dataDir: config.DATA_DIR, production: config.NODE_ENV === 'production' });
  return assembleServices(config, db, secretBox(key));
}

/** The services of a server on an open, migrated database (also for tests and scripts that open their own). */
export function assembleServices(config: Config, db: Database, box: SecretBox): AppServices {
  return {
    config,
    db,
    mailer: createMailer({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM }),
    secretBox: box,
    tenants: createTenantResolver(db, config.DEFAULT_TENANT),
    postcodes: createPostcodePoints(db, config),
    sessions: new SessionCache(),
  };
}
